"""Whether an English question asks "how much": an amount, not a count of things."""

from __future__ import annotations

import re

from bot.answer.english.basics import wholly_english

#: "how much" in a question (an amount, not a count of things).
HOW_MUCH_RE = re.compile(r"\bhow\s+much\b", re.IGNORECASE)


def asks_amount(question: str) -> bool:
    """Whether a wholly English count ``question`` asks "how much": an amount measured or a sum,
    which a count of things, people or events, or a date, never gives
    (:func:`bot.answer.english.doubt.wrong_sort` refuses them) -- so where its passage gives an amount of money or a measured one, the figure chosen
    for it is never one of those ("how much water can the pond store": 蓄洪容量約96萬立方公尺, not
    抽水站3座 beside it; :func:`bot.answer.figure.candidates.candidate_figures`)."""
    return wholly_english(question) and HOW_MUCH_RE.search(question) is not None
