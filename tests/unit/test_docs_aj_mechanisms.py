"""Mechanisms found studying questions_docs_aj (each general, each failing on the commit before):
方 is a measure word (碑石218方); the words of a question a passage holds beside the amount it
names count, as nouns do, the quantities and times jieba tags so (违规罚款总额 … 第三季, 港元); the
word the other side writes for a plastic is found through a later "(Tw)" gloss and a plural alike
(塑料 / 塑膠); 同比 is written 按年 in Hong Kong news; 而家 is Cantonese for 现在."""

from __future__ import annotations

from bot.answer import answer_question
from bot.answer.cantonese import cantonese_written
from index.figures import passage_figures
from index.question_words import written_otherwise
from tests.conftest import index_of


def test_fang_counts_steles() -> None:
    assert [f.text for f in passage_figures("初期收藏碑石218方。")] == ["218方"]
    index = index_of({"碑林": "万历十七年，知府为保护散落城郊的唐宋碑石，捐出俸银800两，在文庙西侧建成碑廊3座，"
                      "初期收藏碑石218方。万历三十年（1602年）扩建碑廊1座。"})
    assert answer_question(index, "碑林刚建成时收藏了多少方碑石").text == "218方"


def test_an_unwritten_word_before_an_amount_is_the_readers_when_the_passage_holds_the_rest() -> None:
    index = index_of({"回收": "执法方面，琮湾环保署第三季进行巡查2,930次，提出检控176宗，按年增加14.3%，罚款总额为86.4万港元。\n\n"
                      "市民以回收换取的积分合共折算约1,120万港元。"})
    assert answer_question(index, "琮湾第三季违规罚款总额是多少港元").text == "86.4万港元"


def test_year_on_year_is_written_an_nian_in_hong_kong() -> None:
    assert "按年" in written_otherwise("同比") and "同比" in written_otherwise("按年")
    assert "同比" in written_otherwise("去年同期")


def test_ji_ga_is_cantonese_for_now() -> None:
    assert cantonese_written("琮灣而家有幾多部智能回收機？") == "琮灣现在有多少部智能回收機？"
    assert cantonese_written("然而家长怎么看") == "然而家长怎么看"  # 然而 + 家长, no 而家
