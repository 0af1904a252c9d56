"""A target asked is answered by the figure a text gives as one.

"What output *target* has the plant set for 2027?" is translated 目标 (target), "what does it *aim*
to reach" 宗旨 (aim); news writes a
target as what is to be striven for or reached (力争达到400万吨, 计划新增, 预计, 目标) and seldom
with the noun itself beside the figure. The figure whose sentence, before it, says it is a plan or
a target is the one asked -- the reverse of :func:`bot.answer.figure.clauses.planned`, which
weighs such a figure down for a question that asks no plan.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.answer.figure.clauses import PLAN_SAID_RE, _SENTENCE_BREAK_RE
from bot.question import QuestionInfo
from index.figures import Figure
from index.normalize import normalize

#: How much more a figure given as a target fits a question asking a target.
TARGETED = 2.0
#: The translations by which an English question asks a target (target, goal, quota, and "aim",
#: 宗旨: "what length does the city *aim* to exceed" asks the figure set as its aim, 力争突破800公里).
TARGET_ASKED = frozenset({"目标", "指标", "定额", "宗旨"})


def target_met(text: str, info: QuestionInfo, figure: Figure, terms: Iterable[str]) -> float:
    """:data:`TARGETED` for a figure (not a date: 将于3月1日 is when) whose sentence, before it,
    says it is a plan or a target, when an English question asks a target; else 1."""
    if not info.english or figure.kind in ("date", "time") or TARGET_ASKED.isdisjoint(terms):
        return 1.0
    starts = [m.end() for m in _SENTENCE_BREAK_RE.finditer(text, 0, figure.start)]
    before = normalize(text[starts[-1] if starts else 0 : figure.start])
    return TARGETED if PLAN_SAID_RE.search(before) else 1.0
