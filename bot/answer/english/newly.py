"""A count of new things, asked in English, and a passage counting the thing without saying new.

A report on a works or a service counts its things several ways: all there are (全市有23家食堂, a
capacity 可容纳观众380人), those added this year (去年全市新建长者食堂128家), those to be added. An
English question asking how many *new* ones ("how many new canteens did Pulan open last year?")
is translated to the thing's words, found in every paragraph counting it; "new" itself is a word
the translator drops or reads loosely, so the paragraph holding more of the other words ranks
first with a count of all of them. Chinese writes the newness in the figure's own clause, as 新
before the count (新建, 新增, 新完工, 新开; 新馆 of "the new museum"): CC-CEDICT's one headword for
"new; newly". :func:`new_first` puts first, among the candidates of the best's document close to
it, one whose figure's clause writes 新 before it, when the question asks of new things and the
best's clause does not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.english.rates import candidate_text
from bot.answer.figure.fitness import CLAUSE_START_RE
from bot.answer.first.close import document_first
from bot.answer.reading import Reading
from index.normalize import aligner_for

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: An English question asking of new things ("new canteens", "newly built").
_NEW_ASKED = re.compile(r"\bnew(?:ly)?\b", re.IGNORECASE)
#: CC-CEDICT's headword for "new; newly; meso- (chemistry)": how a text says a counted thing is new.
NEW_WRITTEN = "新"
#: How many candidates are read (the best and the next three), what share of the best's score one
#: must reach, and how well its figure must fit (of the asked kind, beside the question's words).
NEW_REACH = 4
NEW_SHARE = 0.8
NEW_FIT = 0.15


def new_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a wholly English count question asking of new things with the first of
    the best's document, within :data:`NEW_SHARE` of its score, whose figure's clause writes
    :data:`NEW_WRITTEN` before it put first, when the best's does not and the question asks no
    dimension (a length, an area, money, people counted by a word of their own); others as they are."""
    if query.info.kind != "count" or len(candidates) < 2 or candidates[0].figure is None:
        return candidates
    if not wholly_english(query.question) or _NEW_ASKED.search(query.question) is None:
        return candidates
    # (a plain count: "how tall are the new lamp posts" asks a measure of new things,
    # and 新 before a measure -- 新增亮灯道路412公里 -- is the amount added, not theirs)
    if query.info.dimension is not None or NEW_WRITTEN in _before_figure(reading, candidates[0]):
        return candidates
    return document_first(reading, candidates, NEW_REACH, NEW_SHARE, lambda c: (
        c.features.fit >= NEW_FIT and NEW_WRITTEN in _before_figure(reading, c)
    ))


def _before_figure(reading: Reading, candidate: Candidate) -> str:
    """The normalised part of ``candidate``'s figure's clause before the figure ('' without one)."""
    figure = candidate.figure
    if figure is None:
        return ""
    normalized = aligner_for(candidate_text(reading, candidate)).normalized
    if not 0 <= figure.start <= len(normalized):
        return ""
    begin = max((m.end() for m in CLAUSE_START_RE.finditer(normalized, 0, figure.start)), default=0)
    return normalized[begin : figure.start]
