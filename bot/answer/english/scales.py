"""A count asked in a scale ("how many flight movements, *in ten-thousands*"): the passage whose
figure is of that scale comes first.

A question that names the scale of its answer says the figure is at least one of that unit:
"in ten-thousands" is answered by 10.52万架次, not by the busiest day's 296架次, which the same
translated words find as well (航班, 架次). Among the candidates ranked close to the best, the
first whose figure reaches the scale is put first when the best one's does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answer.first.close import close_first
from bot.answer.english.basics import wholly_english
from bot.answer.english.scale_asides import asked_scale

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: How far below the first a candidate whose figure reaches the scale may rank and still come
#: first (rank-score units, as a date its verb follows may: the question says the scale outright),
#: and how many are read.
SCALE_MARGIN = 3.0
SCALE_REACH = 4


def scale_first(query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a wholly English count question asked in a scale with the first whose
    figure reaches it put first, when the best one's does not; others as they are."""
    if query.info.kind != "count" or len(candidates) < 2 or not wholly_english(query.question):
        return candidates
    scale = asked_scale(query.question)
    if scale is None or _reaches(candidates[0], scale):
        return candidates
    return close_first(candidates, SCALE_REACH, SCALE_MARGIN, lambda c: _reaches(c, scale))


def _reaches(candidate: Candidate, scale: float) -> bool:
    """Whether ``candidate``'s figure is at least one of ``scale`` (10.52万: 105,200 >= 10,000)."""
    figure = candidate.figure
    return figure is not None and figure.value is not None and figure.value >= scale
