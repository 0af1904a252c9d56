"""A total asked with "what": "what is the *total* daily treatment capacity of the county?" asks a
figure, as 总处理能力是多少 does -- a total is a sum, whatever the noun it sums ("capacity" names no
amount to the dictionary: 能力 is any ability). "Total" is the English adjective of a sum; it
asks only as the adjective of the thing the what-question asks (before the noun phrase ends),
not of a later clause's noun ("what plan was approved for the total ...")."""

from __future__ import annotations

import re

from bot.question import QuestionInfo
from index.figures import Figure
from index.figures.units import UNIT_MEASURES

#: "what/which is/was/are/were (the) [up to three words: X's, daily ...] total": the asked noun phrase's
#: adjective -- the words between may not be a verb's or a preposition's (closed classes of English
#: grammar words: a clause or a phrase of its own begins there).
_TOTAL_ASKED_RE = re.compile(
    r"^\s*(?:what|which)(?:'s|\s+(?:is|was|are|were))\s+(?:the\s+)?"
    r"(?:(?!(?:of|in|for|on|at|by|to|from|with|that|which|who|did|does|do|was|were|is|are|has|have|had)\b)[\w'-]+\s+){0,3}?"
    r"total\b",
    re.IGNORECASE,
)


def total_asked(text: str) -> bool:
    """Whether a what-question asks a total: "total" is an adjective of the noun it asks."""
    return _TOTAL_ASKED_RE.search(text) is not None


def total_uncounted(question: str, info: QuestionInfo, figure: Figure) -> bool:
    """Whether the figure is a count of things given for a total an English what-question asks of
    no counted thing (no measure word, no unit, no dimension read): "what is the park's total
    cold-storage *capacity*" sums an amount measured in a unit (吨, 立方米, 元), which 3860辆 of
    lorries or 三級 of levels is not -- no direct answer rather than a count of something else."""
    if not info.english or info.kind != "count" or info.counted or info.unit or info.dimension:
        return False
    if _TOTAL_COUNT_RE.search(question):
        return False  # "what's the total *count* of workshops": things counted (8821家)
    return figure.dimension not in UNIT_MEASURES and total_asked(question)


#: A total named as a count ("the total *number* / *count* / *tally* of ..."): the English nouns
#: of a count that :mod:`index.english.kinds` reads as asking one ("number of", "tally of", a
#: terse question's closing "count").
_TOTAL_COUNT_RE = re.compile(r"\btotal\s+(?:number|count|tally)\b", re.IGNORECASE)
