"""A change asked in English is answered by a figure written as that change.

"By how much did visits rise year on year?" asks the amount of a rise (同比增长31.5%); the
question's other words may find as well a passage whose figure is a level or a sum of another
thing (三年共完成投资23.6亿元), which follows no verb of the change. The figure fit already weighs
such a figure down (:func:`bot.answer.figure.fitness.changed`), but within a passage only: among
candidates about as good, :func:`change_first` puts first one whose figure the text writes right
after a verb of the change asked, when the best one's follows none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answer.first.close import close_first
from bot.answer.english.period import PERIOD_REACH, START_FIT, START_MARGIN
from bot.answer.english.rates import candidate_text
from bot.answer.figure.fitness import CHANGED, changed
from bot.answer.reading import Reading

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query


def change_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a question asking by how much something changed ("by how much did ...
    *rise*") with the first whose figure follows a verb of that change (同比增长31.5%) put first,
    when the best one's follows none (共完成投资23.6亿元) and it ranks within
    :data:`START_MARGIN` (the question says the change outright, as it says the start) and fits
    at least :data:`START_FIT`; others as they are."""
    if query.info.change is None or len(candidates) < 2 or _of_change(reading, query, candidates[0]):
        return candidates
    return close_first(
        candidates, PERIOD_REACH, START_MARGIN,
        lambda c: c.features.fit >= START_FIT and _of_change(reading, query, c),
    )


def _of_change(reading: Reading, query: Query, candidate: Candidate) -> bool:
    """Whether ``candidate``'s figure is written right after a verb of the change asked."""
    figure = candidate.figure
    return figure is not None and changed(candidate_text(reading, candidate), query.info, figure) == CHANGED
