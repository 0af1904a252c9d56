"""Mechanisms found studying questions_docs_aw (each general, each failing on the commit before): a
count followed by a verb of change names nothing after it (由2024年底的126个增加到…); 什么日期 asks a
date; a one-character verb of change after the period compared (按年升幾多) asks the change; a name
jieba makes of two words (住客中非本地旅客: 中非) that a passage writes as they stand is no absent name."""

from __future__ import annotations

from bot.answer import answer_question
from bot.question import analyse
from tests.conftest import index_of

_STATIONS = {
    "澜桥驿站": "澜桥市社区健身驿站通报\n\n本报讯 澜桥市体育局2026年1月10日发布数据，全市社区健身驿站数量由2024年底的84个"
                "增加到2025年底的157个，全年服务居民21.3万人次。\n\n"
                "市体育局副局长韩立表示，力争在2026年9月30日前实现街道全覆盖。\n\n"
                "同期全市健身步道接待市民412万人次，其中非本区居民占38.2%。",
}


def test_a_count_before_a_verb_of_change_counts_what_is_asked() -> None:
    """由2024年底的84个增加到…157个: 84个 is 2024's count of the stations, though words follow it."""
    index = index_of(_STATIONS)
    assert answer_question(index, "2024年底澜桥有几个社区健身驿站？").text == "84个"


def test_shenme_riqi_asks_a_date() -> None:
    assert analyse("计划在什么日期前实现全覆盖？").kind == "date"
    index = index_of(_STATIONS)
    assert answer_question(index, "澜桥计划在甚麼日期前實現街道全覆蓋？").text == "2026年9月30日"


def test_a_one_character_change_after_the_period_compared_asks_the_change() -> None:
    assert analyse("个案按年升多少？").change == "up"
    assert analyse("销量同比降几成").change == "down"
    assert analyse("全市增多少人").change is None  # no period compared, no 了: a count


def test_a_name_jieba_makes_across_two_words_is_no_absent_name() -> None:
    """住客中非本地旅客: jieba cuts 中非 (China-Africa), which the passage writes as 其中 / 非本区."""
    index = index_of(_STATIONS)
    assert answer_question(index, "澜桥健身步道市民中非本区居民占多少").text == "38.2%"
