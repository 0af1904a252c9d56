"""Mechanisms found studying the Chinese docs dev questions whose right passage was shown without the
figure asked, or with another (each general, each failing on the commit before):

- a date governs its whole sentence: a later clause of it that holds a character of the asked verb
  and a word the question names says the date's event (2024年6月18日，…合作，在东湖区开办…「沅澜爱宠
  诊所」, asked 沅澜爱宠诊所是哪天开张的), so the date is not withheld as another event's;
- a keyword question may type whose figure it asks after the figure's name (器官捐献 例数 沅汀): the
  name, second to last, says the kind of figure asked."""

from __future__ import annotations

from pathlib import Path

from bot.answer import answer_question
from tests.conftest import engine_with

_CLINIC = {
    "沅澜动物保护.txt": "沅澜市动物保护年报\n\n"
                   "2024年6月18日世界宠物日，沅澜市动保处与沅澜农业大学兽医学院合作，在东湖区开办全市第一所公益宠物诊所"
                   "「沅澜爱宠诊所」，配置兽医师9名，至年底已看诊5,120只次。\n\n"
                   "动保处全年收容流浪犬猫3,406只，送养率达到61.2%。",
    "沅澜公园.txt": "沅澜市公园管理报告\n\n"
                 "2023年3月，沅澜市扩建滨江公园，新增绿地12.5公顷。\n\n"
                 "全市公园全年接待游客1,860万人次。",
}


def test_a_later_clause_of_the_dates_sentence_may_say_its_event(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _CLINIC).index
    # 开张 is written nowhere; 开办…「沅澜爱宠诊所」, three clauses after the date, says it
    assert answer_question(index, "沅澜爱宠诊所是哪天开张的？").text == "2024年6月18日"
    assert answer_question(index, "沅瀾愛寵診所是哪天開張的").text == "2024年6月18日"


_DONORS = {
    "沅汀捐献年报.txt": "沅汀市2025年无偿献血与捐献年报\n\n"
                   "全年无偿献血8.6万人次，比上年增长4.2%。其中捐献血小板1,240人次。\n\n"
                   "截至年底，登记成为器官捐献志愿者的市民有3,318人，全年实现器官捐献27例。",
}


def test_a_keyword_figure_name_may_be_followed_by_whose_it_is(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _DONORS).index
    # the figure named (例数), then the place it is asked of typed after it: a count, as 器官捐献 例数 asks
    assert answer_question(index, "器官捐献 例数 沅汀").text == "27例"
    assert answer_question(index, "器官捐獻 例數 沅汀 2025").text == "27例"
