"""The sentence holding a place in a passage (bot.answer.sentences), which many figure rules read."""

from __future__ import annotations

import re

from bot.answer.sentences import sentence_of, sentence_start

TEXT = "去年投入1.2亿元。今年新增3个，其中2个在城区；\n明年计划5个"


def test_the_sentence_starts_after_the_last_end_before_the_place() -> None:
    assert sentence_start(TEXT, TEXT.index("3个")) == TEXT.index("今年")
    assert sentence_start(TEXT, TEXT.index("1.2")) == 0
    assert sentence_start(TEXT, TEXT.index("5个")) == TEXT.index("明年")  # a line break ends one too


def test_the_sentence_of_a_span_and_its_clause_by_other_ends() -> None:
    at = TEXT.index("2个")
    assert sentence_of(TEXT, at, at + 2) == "今年新增3个，其中2个在城区"
    assert sentence_of(TEXT, at, at + 2, re.compile(r"[。；;，,\n]")) == "其中2个在城区"
    assert sentence_of(TEXT, TEXT.index("5个"), TEXT.index("5个") + 2) == "明年计划5个"
