"""Mechanisms found studying `questions_docs_bf` with every Chinese docs dev set (each general, each
failing on the commit before):

- 占多少钱 (防鸽设施占几多钱) asks the amount of money a part takes, not its share: 钱 after 多少 is
  what is asked, as a measure word after it would be;
- a date inside the year (or month) the question names is no other date when it ends that year
  (截至2025年12月31日 for 2025年底), or, for a level reached (提高到多少), when the change takes effect
  on a day of it (自2026年3月1日起 for 2026年): the figure it dates is not weighed down as standing
  beside or under another year's -- while a day's event (博览会于2025年10月…参展企业) still is, for a
  year's count;
- a change's verb then 为 before a figure (储值金提高为4,000元) writes the level reached, as 到/至 do:
  it answers 提高到多少."""

from __future__ import annotations

from pathlib import Path

from bot.answer import answer_question
from tests.conftest import engine_with


_PIGEONS = {
    "沅湾防鸽计划.txt": "沅湾推行「鸽不扰」计划\n\n"
                  "沅湾食环处去年投入9,600万港元推行「鸽不扰」计划，其中清洁工作占5,200万港元，防鸽网及尖刺占3,100万港元，"
                  "宣传教育占1,300万港元。\n\n处方表示计划将延续三年。",
}


def test_taking_how_much_money_asks_the_amount_not_a_share(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _PIGEONS).index
    # 占几多钱 / 占多少钱: the money the part takes (3,100万港元), not a share no figure gives
    assert answer_question(index, "鸽不扰计划防鸽网及尖刺占几多钱").text == "3,100万港元"
    assert answer_question(index, "鴿不擾計劃宣傳教育佔多少錢？").text == "1,300万港元"


_VISITS = {
    "沅岫居家药师.txt": "沅岫县居家药师访视计划扩大\n\n"
                  "〔记者许霁川／沅岫报导〕沅岫县卫生局今天表示，2026年将编列新台币1,850万元，服务3,200人，"
                  "并自2026年3月1日起将每次访视补助由600元提高至900元，鼓励药师走访偏乡。\n\n"
                  "卫生局指出，2025年共访视1.2万人次。",
}


def test_a_date_inside_the_year_asked_is_no_other_date(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _VISITS).index
    # 2026年3月1日起 dates 900元 inside 2026: the level reached, not the year's budget
    assert answer_question(index, "2026年每次访视补助提高到多少元？").text == "900元"
    assert answer_question(index, "2026年每次訪視補助提高到多少元？").text == "900元"
    # the budget itself still answers
    assert answer_question(index, "2026年卫生局编列多少钱？").text == "1,850万元"



_LICENCES = {
    "沅岫缴回驾照.txt": "沅岫县高龄驾驶人缴回驾照奖励加码\n\n"
                  "〔记者许霁川／沅岫报导〕沅岫县监理站今天表示，2026年经费将加码至新台币2,600万元，目标缴回3,500人，"
                  "并自2026年7月1日起将储值金提高为4,000元。\n\n监理站指出，2025年共有1,032人缴回驾照。",
}


def test_a_level_reached_is_written_with_wei_too(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _LICENCES).index
    # 提高为4,000元 is the level reached, as 提高至 would say: not the year's budget
    assert answer_question(index, "缴回驾照 储值金 2026年 提高到多少").text == "4,000元"
    assert answer_question(index, "繳回駕照儲值金2026年提高到多少？").text == "4,000元"


_DRONES = {
    "沅岱低空经济.txt": "沅岱低空经济发展报告\n\n"
                  "沅岱首届低空经济博览会于2025年10月16日举行，参展低空经济企业286家；截至2025年底，沅岱全市低空经济企业达到512家，"
                  "比上年末增加96家。\n\n市发改委表示，将继续培育龙头企业。",
}


def test_a_days_event_is_no_answer_to_a_year_end_count(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _DRONES).index
    # 截至2025年底 is the year's end asked (512家); the fair of 2025年10月16日 counts its exhibitors
    assert answer_question(index, "到2025年底沅岱有多少家低空经济企业？").text == "512家"
    assert answer_question(index, "沅岱2025年底有多少家低空經濟企業").text == "512家"
