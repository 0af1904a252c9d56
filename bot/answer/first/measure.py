"""How many of a thing, asked in its measure word (沿線原本設有多少座涵閘): the passage whose figure
is a count in that measure word (沿塘原設排澇涵閘14座) answers it, though the best-ranked passage of
the same document, counting other things in another (民宿增至210家), holds as many of the
question's other words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answer.first.close import document_first
from bot.answer.counted_beside import GENERAL_MEASURES
from bot.answer.query import Query
from bot.answer.reading import Reading
from bot.question.units import unit_matches
from index.figures import unit_dimension

if TYPE_CHECKING:
    from bot.answer import Candidate

#: How many candidates after the best are read, and the share of the best's rank score the one
#: counting in the asked measure word must reach to come first.
MEASURE_REACH = 3
MEASURE_SHARE = 0.9


def measure_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a Chinese count question naming a specific measure word (多少座), with the close
    one of the best's document whose figure is a count in that measure word put first, when the
    best's figure is not one."""
    info = query.info
    if info.kind != "count" or not info.unit or query.translations or len(candidates) < 2:
        return candidates
    if info.unit in GENERAL_MEASURES or unit_dimension(info.unit) != "things":
        return candidates  # 多少个, 多少人: a measure word of anything says little of what is counted; 多少元 measures

    def in_asked(candidate: Candidate) -> bool:
        figure = candidate.figure
        return figure is not None and unit_matches(info.unit, figure.unit, info.units)

    return document_first(reading, candidates, MEASURE_REACH, MEASURE_SHARE, in_asked)
