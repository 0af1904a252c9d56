"""What a count question counts may be one character (多少个省, 几座桥) when its phrase has no
longer noun: a figure that counts something else (兩個確立) is then no answer to it."""

from __future__ import annotations

from bot.answer import answer_question
from tests.conftest import index_of


def test_a_one_character_noun_is_what_is_counted_when_nothing_longer_is() -> None:
    index = index_of({"a": "浙江全省上下始終堅決做到“兩個維護”。"})
    reading = index.tokenizer
    assert reading.counted_phrase("中国有多少个省") == ("省",)
    assert reading.counted_phrase("有多少个国家") == ("国家",)
    assert reading.counted_phrase("几个邦分会组织参加") == ("分会",)  # the longer noun wins over 邦
    assert reading.counted_phrase("浙江有多少个县") == ("县",)  # jieba tags 县 and 村 zg
    assert reading.counted_phrase("有多少个村？") == ("村",)


def test_a_count_of_another_thing_does_not_answer_a_one_character_count() -> None:
    index = index_of({
        "a": "新時代新征程，浙江將繼續扛起重要萌發地的使命擔當，始終站在堅定擁護“兩個確立”、堅決做到“兩個維護”"
             "的政治高度，持續推動黨的創新理論的省域實踐，為中國特色社會主義思想的豐富發展貢獻更多浙江素材。",
        "b": "杭州一地就建成了三座橋，方便群眾出行。",
    })
    assert answer_question(index, "中国有多少个省？").figure is None  # 兩個 counts 確立, not 省
    bridges = answer_question(index, "杭州建成了幾座橋？")
    assert bridges.figure is not None and bridges.figure.text == "三座"


def test_levels_and_batches_name_what_they_count_after_them() -> None:
    """三級協同 counts levels and 二批次確定的 batches, as 2683個問題 counts problems: none counts
    the 县 the text names elsewhere, and the count that does (26縣) answers."""
    index = index_of({
        "a": "主題教育中，浙江全力推進省市縣三級協同攻堅，第二批單位市縣黨委常委牽頭整改的2683個問題，"
             "以及二批次確定的144個專項整治項目，均已完成。",
        "b": "浙江加快山區26縣高質量發展，深化黨建聯建。",
    })
    answer = answer_question(index, "浙江有多少个县")
    assert answer.figure is not None and answer.figure.text == "26縣"
    only_a = index_of({"a": "浙江全力推進省市縣三級協同攻堅，以及二批次確定的144個專項整治項目，均已完成。"})
    assert answer_question(only_a, "浙江有多少个县").figure is None
