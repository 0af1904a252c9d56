"""Mechanisms found studying questions_docs_aq (each general, each failing on the commit before):
a year the question writes in digits is given by a passage writing it in Chinese numerals
(2025年 as 二〇二五年); 由何时到何时 asks the whole range, as 从何时到何时 does; 多少钱 and 几回 ask
no noun counted by its own measure word; a figure question whose only words a passage holds are a
year (2025年全国新生儿出生人数) gets nothing."""

from __future__ import annotations

from pathlib import Path

from bot.answer import answer_question
from bot.question import analyse
from tests.conftest import engine_with, index_of

DATA = Path(__file__).resolve().parents[1] / "data"

_BEACHES = {"翠灣泳灘服務數字": "翠灣康樂事務署今日（二〇二六年一月二十日）公布二〇二五年泳灘服務數字。全年翠灣"
                                "三十二個泳灘共錄得泳客862萬人次，按年上升9.4%。\n\n"
                                "泳季方面，二〇二五年泳季由4月1日至10月31日，其中八個主要泳灘延長開放至11月30日。\n\n"
                                "救生服務方面，署方全年共聘請救生員1,046名，較上年增加72名。\n\n"
                                "水質方面，環保署於2025年每週監測各泳灘水質，評為良好的泳灘佔八成。"}


def test_a_year_written_in_chinese_numerals_is_the_year_asked() -> None:
    answer = answer_question(index_of(_BEACHES), "翠灣2025年泳灘泳客按年升幅係幾多？")
    assert answer.text == "9.4%"


def test_from_when_to_when_asks_the_whole_range() -> None:
    assert answer_question(index_of(_BEACHES), "翠灣二〇二五年泳季由幾時到幾時？").text == "4月1日至10月31日"
    assert analyse("泳季由何时到何时").since


def test_money_and_times_are_no_nouns_counted_by_their_own_measure_word() -> None:
    from index.question_words import OWN_MEASURE_ASKED_RE

    assert OWN_MEASURE_ASKED_RE.search("一共花了多少钱") is None and OWN_MEASURE_ASKED_RE.search("去了几回") is None
    assert OWN_MEASURE_ASKED_RE.search("全年设了几站").group(1) == "站"


def test_a_figure_question_whose_only_words_found_are_a_year_gets_nothing(tmp_path: Path) -> None:
    documents = {p.name: p.read_text(encoding="utf-8") for p in (DATA / "questions_docs_aq_docs").glob("*.txt")}
    engine = engine_with(tmp_path, documents)
    assert engine.ask("2025年全国汽车销量是多少？").results == ()  # the documents write 2025年 of other things
    assert engine.ask("邬陵市2025年新办犬只登记证多少张？").text == "2.86万张"  # the year and the topic
