"""A plan asked ("how many visitors is the museum *expected* to draw", "how many stations *should*
it have once this year's new ones are built"): the passage whose figure the text says is a plan
(预计年接待150万人次, 按照计划…使总数达到35个) comes first, the mirror of the plan penalty
(:mod:`~bot.answer.planned_rank`: a plan's passage below what was done when the question asks
what was done)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.figure.clauses import PLANNED, planned
from bot.answer.first.close import close_first
from bot.answer.reading import Reading
from bot.answer.window import window_text

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: How far below the first a candidate giving a plan may rank and still come first (rank-score
#: units), how many candidates are read, and how well its figure must fit.
PLAN_MARGIN = 2.0
PLAN_REACH = 4
PLAN_FIT = 0.3


def plan_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a wholly English count question asking a plan (:attr:`QuestionInfo.plan`)
    with the first whose figure its sentence says is a plan put first, when the best one's is not
    and it ranks within :data:`PLAN_MARGIN`; others as they are."""
    if len(candidates) < 2 or query.info.plan is not True or not wholly_english(query.question):
        return candidates
    if not _plan_given(reading, candidates[0]):
        return close_first(
            candidates, PLAN_REACH, PLAN_MARGIN, lambda c: c.features.fit >= PLAN_FIT and _plan_given(reading, c)
        )
    return candidates


def _plan_given(reading: Reading, candidate: Candidate) -> bool:
    """Whether ``candidate``'s figure is written as a plan or a target (计划, 预计, 将达到 before it)."""
    figure = candidate.figure
    return figure is not None and planned(window_text(reading, candidate.evidence), figure, (), False) == PLANNED
