"""A time named relative to the present with "this": "*this year's* oranges" is 今年.

The translator reads a question's content words; "this" is a grammar word it drops, so "this
year" is searched as the senses of "year" alone (年, 今年, 上年 "last year"), and a passage about a
plan for 2027 (到2027年 ... 提高到85%) ranks as well as the one telling what happened 今年 (今年优质
果率达到78.5%). CC-CEDICT glosses the relative time itself ("今年: this year"): :func:`this_year_first`
puts first, among candidates about as good, one whose text writes a headword glossed exactly
"this year" when the best one writes none. (Searching "year" as 今年 alone, in place of its senses,
was tried: it moves too many passages that write 今年 and 上年 alike.)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.answer.first.close import close_first
from bot.answer.english.rates import candidate_text
from bot.answer.reading import Reading
from index.english.cedict import load_dictionary
from index.english.glosses import gloss_index, gloss_pieces, glossed_as
from bot.answer.english.relative_years import YEAR_BEFORE_RE

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: "this year" in a question (not "this year-end": a time within it).
_THIS_YEAR_RE = re.compile(r"\bthis\s+year(?:['’]s)?\b(?!-)", re.IGNORECASE)
#: How far below the first a candidate writing this year may rank and still come first
#: (rank-score units), how many candidates are read, and how well its figure must fit.
THIS_YEAR_MARGIN = 1.5
THIS_YEAR_REACH = 4
THIS_YEAR_FIT = 0.3
#: ... and one writing the year before ("last year": 去年), from further below: the year before is
#: named in the question as a qualifier of what is counted, and a passage counting the same thing
#: in another year holds as many of its words (measured: +1 at 3.0 and 4.0, a loss at 6.0).
LAST_YEAR_MARGIN = 3.0


@lru_cache(maxsize=8)
def glossed_this(word: str) -> tuple[str, ...]:
    """The headwords CC-CEDICT glosses exactly "this ``word``" (今年 for "year")."""
    wanted = f"this {word}"
    glosses = load_dictionary().glosses
    return tuple(dict.fromkeys(
        head for head in gloss_index().glossed.get(word, ())
        if wanted in gloss_pieces(glosses.get(head, b""))
    ))


def this_year_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a question asking about "this year" with the first whose text writes
    this year as CC-CEDICT glosses it (今年) put first, when the best one's writes it nowhere (a
    plan for 2027) and it ranks within :data:`THIS_YEAR_MARGIN` with a figure fitting at least
    :data:`THIS_YEAR_FIT`; others as they are."""
    if len(candidates) < 2 or _THIS_YEAR_RE.search(query.question) is None:
        return candidates
    forms = glossed_this("year")
    if not forms or _writes(reading, candidates[0], forms):
        return candidates
    return close_first(
        candidates, THIS_YEAR_REACH, THIS_YEAR_MARGIN,
        lambda c: c.figure is not None and c.features.fit >= THIS_YEAR_FIT and _writes(reading, c, forms),
    )


@lru_cache(maxsize=1)
def glossed_last_year() -> tuple[str, ...]:
    """The headwords CC-CEDICT glosses exactly "last year" (去年, 上年), not those whose gloss only
    holds the two words (年来 "over the last years")."""
    glosses = load_dictionary().glosses
    return tuple(dict.fromkeys(
        head for head, _sense in glossed_as(("last", "year"))
        if "last year" in gloss_pieces(glosses.get(head, b""))
    ))


def last_year_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """:func:`this_year_first` for a question asking about the year before ("last year", "the
    previous year": :data:`~bot.answer.english.relative_years.YEAR_BEFORE_RE`): the first
    candidate writing it as CC-CEDICT glosses it (去年, 上年) within :data:`LAST_YEAR_MARGIN`, when
    the best one's text writes it nowhere."""
    if len(candidates) < 2 or "year" not in query.question.lower() or YEAR_BEFORE_RE.search(query.question) is None:
        return candidates
    forms = glossed_last_year()
    if not forms or _writes(reading, candidates[0], forms):
        return candidates
    return close_first(
        candidates, THIS_YEAR_REACH, LAST_YEAR_MARGIN,
        lambda c: c.figure is not None and c.features.fit >= THIS_YEAR_FIT and _writes(reading, c, forms),
    )


def _writes(reading: Reading, candidate: Candidate, forms: tuple[str, ...]) -> bool:
    text = candidate_text(reading, candidate)
    return any(form in text for form in forms)
