"""A figure question whose best-ranked passage offers a figure that hardly fits (52.4万, fit 0.08,
for 充电基础设施建设投了多少钱) while a passage of the same document ranked just as high gives one
that does (建设完成投资27.6亿元, fit 0.59): the rank model weighs the figure's fit beside how many of
the question's words a passage and its neighbours hold, and a tie on the words is settled by the
figure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answer.first.close import document_first
from bot.answer.query import Query
from bot.answer.reading import Reading

if TYPE_CHECKING:
    from bot.answer import Candidate

#: How many candidates after the best are read, and the share of the best's rank score the one
#: with a fitting figure must reach to come first.
FIT_REACH = 3
FIT_SHARE = 0.9
#: A best figure's fit below this hardly answers; a candidate's at this or above does.
POOR_FIT = 0.15
GOOD_FIT = 0.5


def fit_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a Chinese figure question with the close one of the best's document whose
    figure fits (:data:`GOOD_FIT`) put first, when the best's hardly does (:data:`POOR_FIT`)."""
    if not query.info.wants_figure or query.translations or len(candidates) < 2:
        return candidates
    if candidates[0].figure is None or candidates[0].features.fit >= POOR_FIT:
        return candidates
    return document_first(
        reading, candidates, FIT_REACH, FIT_SHARE, lambda c: c.figure is not None and c.features.fit >= GOOD_FIT
    )
