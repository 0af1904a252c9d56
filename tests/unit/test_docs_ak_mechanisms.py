"""A mechanism found studying questions_docs_ak (failing on the commit before): an amount's total
(总金额) is written without 总 too."""

from __future__ import annotations

from bot.answer import answer_question
from index.question_words import written_otherwise
from tests.conftest import index_of


def test_an_amounts_total_is_written_without_zong() -> None:
    assert written_otherwise("总金额") == ("金额",) and written_otherwise("总人数") == ("人数",)
    assert written_otherwise("总书记") == () and written_otherwise("总经理") == ()  # roles, no amounts
    index = index_of({"贷款": "114年全年共受理申请1,486件，核贷1,127件，核贷率75.8%；核贷金额新台币18.64亿元，"
                      "较113年的新台币14.92亿元增加3.72亿元。"})
    assert answer_question(index, "114年青创贷款核贷总金额是多少？").text == "18.64亿元"
