"""Whether a vetoed English count of things is vouched for by two of its words beside a figure
counted with a measure word.

:mod:`~bot.answer.english.absent_vouched` lifts the veto for an absent word where the figure's
clause holds three of the question's understood words: two were too often chance (eng69v: 14
answerable against 9 negatives). But "how many" of a thing is narrower than any figure: its answer
is a number with a measure word of things (矛盾2.7万余起, 商号43家, 望柱146根), and the clause that
counts so, holding two of the question's words (化解 and 网格 for "how many disputes did cadres in
the neighbourhood grids sort out"), is the count of the thing those words stand beside -- as the
shown model's clause rule accepts two words (:data:`~bot.answer.english.clause_held.CLAUSE_WORDS`).
The negatives two words found were of another sort, each a thing the question itself says, so
it holds only where the clause cannot be of another kind of figure or another time:

- no amount is asked ("how much profit", "how many tonnes", "in yuan": the question's dimension
  or ``amount``), and the figure's measure word counts things or events (家, 根; 起), measuring
  nothing (not 吨, 元, 公里);
- people are counted (名, 人, 人次) only where the question's own measure words count people
  (4.1万人 is no count of mobile phones);
- every year the question asks within ("in 2024 alone") is written in the clause (截至2025年底累计
  is no count of 2024);
- at least half the question's words were searched: where most of it reaches no document
  ("hydrogen refuelling stations ... fuel-cell trucks": 建成, 电站), two words are chance;
- every number the question writes but a year is written in the best's passage ("480 kW or more":
  单桩功率在480千瓦及以上): "the 13,700 volunteers" names them by a number no document writes (the
  veto's reason), and two words beside another count do not vouch for it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import NOT_SEARCHED
from bot.answer.english.persons_vouched import persons_counted
from bot.answer.figure.fitness import figure_clause
from bot.answer.reading import Reading
from bot.answer.window import window_text
from index.normalize import aligner_for
from index.question_words import PEOPLE_MEASURES

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: How many understood words a count's clause must hold to vouch for an absent word (one fewer
#: than :data:`~bot.answer.english.measure_vouched.VOUCHING_WORDS`, as for a date). On the English
#: dev sets at 53acb6e0, of the vetoed counts whose best figure's clause holds two words: 13
#: answerable with the right passage first, 9 negatives; with the conditions of this module, 9 and
#: none (the negatives: an amount asked 5, a year the clause lacks 2, people for phones 1, most of
#: the question unsearched 1).
COUNT_VOUCHING_WORDS = 2

#: What a figure's measure word counts, as :func:`index.figures.units.unit_dimension` names it,
#: where it counts things or events (家, 根, 座; 起, 次) -- not an amount (吨, 元, 公里).
COUNTED_DIMENSIONS = frozenset({"things", "events"})

#: A number the question writes that is a year ("in 2024"), not a count or an amount it names:
#: four bare digits as written ("1,500" with its comma is a count).
_YEAR_RE = re.compile(r"1\d{3}|20\d{2}")
_NUMBER_RE = re.compile(r"[\d,.]+")


def counted_read(query: Query) -> bool:
    """Whether ``query`` asks how many of a thing, no amount: the cheap test, before any search,
    for :func:`counted_vouches` (a wholly English question, checked by the caller)."""
    info = query.info
    return info.kind == "count" and info.dimension is None and not info.amount and _half_searched(query)


def counted_vouches(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether ``best``'s figure is a count with a measure word of things (or of people, where
    people are asked) in a passage writing every number the question writes (years aside), in a
    clause that writes every year the question asks within: the
    clause's :data:`COUNT_VOUCHING_WORDS` understood words then vouch for ``query`` (counted by
    the caller)."""
    figure = best.figure
    if not counted_read(query) or figure is None or not figure.unit:
        return False
    if figure.dimension == "people":
        # "how many recorded *pupils*": a person noun no document writes, counted in 人 (persons_vouched)
        if not (query.info.units & PEOPLE_MEASURES or persons_counted(query, best)):
            return False
    elif figure.dimension not in COUNTED_DIMENSIONS:
        return False
    text = window_text(reading, best.evidence)
    numbers = [n for q in query.info.quoted if (n := _number(q.text)) and not _YEAR_RE.fullmatch(q.text.strip())]
    if any(number not in text for number in numbers):
        return False
    if not query.info.within:
        return True
    if not 0 <= figure.start < figure.end <= len(text):
        return False
    clause = figure_clause(aligner_for(text).normalized, figure)
    return all(str(year) in clause for year in query.info.within)


def _number(text: str) -> str:
    """The digits of a figure the question writes, without its unit or thousands commas ("480 kW":
    480; "13,700": 13700)."""
    match = _NUMBER_RE.match(text)
    return match.group().replace(",", "").rstrip(".") if match else ""


def _half_searched(query: Query) -> bool:
    """Whether at least half of the question's words were searched for."""
    unsearched = sum(1 for t in query.translations if t.term == NOT_SEARCHED)
    return 2 * unsearched <= len(query.translations)
