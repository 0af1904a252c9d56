"""Mechanisms found studying questions_docs_ae (each general, each failing on the commit before):
a comma between digits (8,500元) is no mark between clauses."""

from __future__ import annotations

from bot.answer import answer_question
from tests.conftest import index_of


def test_a_thousands_comma_does_not_split_a_clause() -> None:
    # 每月 is the changed price's per-unit word for both figures, across the comma of 1,200元
    index = index_of({"保育费": "市教育局表示，自2026年3月1日起，全市公办幼儿园每月保育费上限由1,200元调降为980元，惠及幼儿3.1万名。"})
    assert answer_question(index, "2026年3月起公办幼儿园每月保育费最多收多少钱？").text == "980元"
