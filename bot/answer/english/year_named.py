"""A year a wholly English question names that the best passage's whole document never writes.

"After the *1832* expansion, how many jars did the works have?": the translated words ("jars",
"works", "expansion" -> 发展) find a passage of another document about as well as the one telling of
1832 (道光十二年（1832年）…醬缸增至460口). :func:`~bot.answer.english.period.period_first` moves a
passage dated otherwise, but one writing no year at all is not dated otherwise. A document that
writes the year named nowhere does not tell of that year's events: :func:`named_year_first` puts
first, among candidates about as good, one whose text writes the year, when the best one's
document writes none of the years named.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.first.close import close_first
from bot.answer.english.period import periods_asked
from bot.answer.english.rates import candidate_text
from bot.answer.reading import Reading

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: How far below the first a candidate writing the year may rank and still come first
#: (rank-score units: as far as for a figure of the beginning, the question names it outright), and how many are read.
YEAR_NAMED_MARGIN = 3.0
YEAR_NAMED_REACH = 4


def _year_re(years: list[int]) -> re.Pattern[str]:
    return re.compile(r"(?<![\d.])(?:" + "|".join(str(year) for year in years) + r")(?![\d.])")


def named_year_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a wholly English question naming a year (not a decade) with the first
    whose text writes that year put first, when no passage of the best one's document writes any
    year named, and it ranks within :data:`YEAR_NAMED_MARGIN`; others as they are."""
    if len(candidates) < 2:
        return candidates
    years = [low for low, high in periods_asked(query.question) if low == high]
    if not years:
        return candidates
    written = _year_re(years)
    index = reading.index
    document = index.passage_document(candidates[0].evidence.id)
    if any(written.search(index.passage_text(n)) for n in index.document_passages(document)):
        return candidates
    return close_first(
        candidates, YEAR_NAMED_REACH, YEAR_NAMED_MARGIN, lambda c: written.search(candidate_text(reading, c)) is not None
    )
