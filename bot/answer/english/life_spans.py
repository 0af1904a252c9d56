"""A date question asking no life's date, answered with a life span ("When was the umbrella
workshop set up?" -> 褚秉謙（1794年—1861年）).

A history gives its people a paragraph each, opening with the name and the life span in brackets
(褚秉謙（1794年—1861年），汭陂鎮人，…創辦祥蔭傘坊後主持坊務33年). Such a paragraph holds the thing's
name and the deed's words (創辦祥蔭傘坊) as well as the one dating the deed (創辦於道光八年（1828年）),
and ranks first; but a life span dates a life, not a deed: it answers a question about a birth, a
death or a life, nothing else. :func:`deed_over_life_first` puts first, among close candidates of
the best's document, the first whose date is no life span, when the best's is one and the English
question asks no life.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.english.births import LIFE_ENDS
from bot.answer.english.rates import candidate_text
from bot.answer.first.close import document_first
from bot.answer.reading import Reading
from index.figures import Figure

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: An English question asking about a life (its ends, its length, an age): a life span may answer it.
_LIFE_ASKED_RE = re.compile(rf"\b(?:{LIFE_ENDS}|lived?|lives|life|lifetime|age|aged|old)\b", re.IGNORECASE)
#: A biography's opening: a name of two to five characters opening a sentence, then the bracket
#: its life span stands in (褚秉謙（1794年—1861年）, 邵廷儀（1731年—1794年）).
_BIOGRAPHY_RE = re.compile(r"(?:^|[。！？；!?;])\s*[\u4e00-\u9fff·]{2,5}(?<![年间間代朝])[（(]$")
#: How many candidates after the best are read for one dated otherwise, and the share of the
#: best's rank score it must reach (as for a role's holder: :mod:`bot.answer.english.role_named`).
DEED_REACH = 4
DEED_SHARE = 0.5


def life_span_at(text: str, figure: Figure) -> bool:
    """Whether ``figure`` is the life span a biography opens with: a date range in brackets right
    after a name that opens its sentence."""
    return figure.kind == "date" and bool(figure.split) and _BIOGRAPHY_RE.search(text[: figure.start]) is not None


def deed_over_life_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a wholly English date question asking no life's date, with the first
    close one of the best's document dated otherwise than by a life span put first, when the
    best's date is a life span (:func:`life_span_at`); others as they are."""
    if query.info.kind != "date" or len(candidates) < 2 or not wholly_english(query.question):
        return candidates
    if _LIFE_ASKED_RE.search(query.question) is not None:
        return candidates

    def dates_a_deed(candidate: Candidate) -> bool:
        figure = candidate.figure
        if figure is None or figure.kind != "date":
            return False
        return not life_span_at(candidate_text(reading, candidate), figure)

    best = candidates[0]
    if best.figure is None or best.figure.kind != "date" or dates_a_deed(best):
        return candidates
    return document_first(reading, candidates, DEED_REACH, DEED_SHARE, dates_a_deed)
