"""When something first happened (鎮瀾海塘最早是哪一年開始修築的): of the close passages of the best's
document, the one giving the earliest year answers it (海塘始築於明萬曆十二年（1584年）), not the one
ranked first by a year of a later repair (2016年至2019年…全面修繕) that holds as many of the
question's words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answer.first.close import moved_first
from bot.answer.figure.firsts import first_said
from bot.answer.query import Query
from bot.answer.reading import Reading
from bot.answer.window import window_text

if TYPE_CHECKING:
    from bot.answer import Candidate

#: How many candidates after the best are read, and the share of the best's rank score one with
#: an earlier year must reach to come first.
EARLIEST_REACH = 4
EARLIEST_SHARE = 0.9


def _year(candidate: Candidate) -> float | None:
    figure = candidate.figure
    if figure is None or figure.kind != "date" or "y" not in figure.parts:
        return None
    return figure.value


def earliest_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a Chinese question asking when something first happened (最早, 最初,
    首次), with the close one of the best's document whose year is the earliest put first, when
    it is earlier than the best's and the best's sentence does not say its date was the first."""
    if not query.info.first or query.info.kind != "date" or query.translations or len(candidates) < 2:
        return candidates
    best = _year(candidates[0])
    if best is None or first_said(window_text(reading, candidates[0].evidence), query.info, candidates[0].figure) > 1.0:
        return candidates  # 1957年…首次發現: the best's sentence says its date was the first time
    document = reading.place(candidates[0].evidence.id)[0]
    floor = EARLIEST_SHARE * candidates[0].score
    chosen, earliest = 0, best
    for n, candidate in enumerate(candidates[1:EARLIEST_REACH], 1):
        if candidate.score < floor:
            break
        year = _year(candidate)
        if year is not None and year < earliest and reading.place(candidate.evidence.id)[0] == document:
            chosen, earliest = n, year
    if chosen == 0:
        return candidates
    return moved_first(candidates, chosen)
