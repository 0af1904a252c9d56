"""The base of a change typed last as a keyword of its own (第三季度营收 环比, 出口 同比) asks the
rate against it, as 同比增长 typed last does; written together (营收环比) it is no keyword."""

from __future__ import annotations

from bot.answer import answer_question
from bot.question import analyse
from tests.conftest import index_of


def test_a_base_typed_last_asks_the_rate() -> None:
    assert analyse("第三季度营收 环比").kind == "percent"
    assert analyse("出口 同比").kind == "percent"
    assert analyse("营收环比").kind is None


def test_the_rate_against_the_base_typed_is_the_answer() -> None:
    index = index_of({"银行": "单季来看，第三季度该行实现营业收入139.8亿元，同比增长4.6%，环比增长2.2%。"})
    assert answer_question(index, "该行 第三季度营业收入 环比").text == "2.2%"
