"""A quarter or half year typed as its Latin code in a Chinese question (Q3营收, H1 出口) is read
as Chinese texts write it (第三季度, 上半年); an English question, and a code the documents write
themselves, keep it."""

from __future__ import annotations

from bot.answer import answer_question
from bot.answer.periods import periods_written
from tests.conftest import index_of


def test_codes_are_written_in_chinese() -> None:
    assert periods_written("宁岳银行 Q3营收") == "宁岳银行 第三季度营收"
    assert periods_written("2025 h1 出口额") == "2025 上半年 出口额"
    assert periods_written("revenue in Q3") == "revenue in Q3"  # English reads it itself
    assert periods_written("H1N1 疫苗 Q35 型号") == "H1N1 疫苗 Q35 型号"  # no code inside a longer word
    assert periods_written("Q3 报告", lambda term: term == "q3") == "Q3 报告"  # written as it is


def test_a_quarter_typed_as_a_code_finds_the_quarter() -> None:
    index = index_of({
        "银行": "今年前三季度该行实现营业收入412.6亿元，同比增长5.3%。\n\n"
        "单季来看，第三季度该行实现营业收入139.8亿元，环比增长2.2%。\n\n"
        "截至9月末，该行资产总额达到1.86万亿元，较上年末增长6.9%。",
    })
    answer = answer_question(index, "该行 Q3 营业收入")
    assert answer.results and "第三季度该行" in answer.results[0].text
