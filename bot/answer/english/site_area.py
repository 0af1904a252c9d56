"""The area of a whole site an English question asks, and a passage giving a part's.

A history of a building or a works gives the whole site's area one way: 占地 ("occupying land",
佔地約3150平方公尺), and its parts' with 面积 after the part (西側宅院面積約860平方米, 每間面積約18
平方米, 版庫面積約410平方米). An English question asking "what area does X cover" or "how big is the
site" is translated to 面积 ("area") and to words the text hardly writes ("cover": 覆盖), so the
part's paragraph, holding 面积 beside the figure, ranks above the one holding 占地 -- though the
question names no part. :func:`site_area_first` puts first, among the candidates of the best's
document close to it, one whose area figure follows 占地 in its clause, when the best's area
figure's clause writes no 占地 and none of the question's words but its measure's (then it is a
part the question names: "what area does the drying yard cover" → 曬場面積)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.english.rates import candidate_text
from bot.answer.first.close import document_first
from bot.answer.reading import Reading
from index.figures.units import measured, unit_dimension
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: How a text writes the land a whole thing occupies (normalised).
_SITE_WRITTEN = "占地"
#: Where a clause starts.
_CLAUSE_MARK_RE = re.compile(r"[，,。；;：:！？!?、（）()]")
#: An English question asking another area than the site's: a floor or built area (建筑面积), or
#: one unit's of many ("each room", "per household", "on average").
_OTHER_AREA_ASKED = re.compile(
    r"\b(?:floor|built|construction|gross|each|per|every|average)\b", re.IGNORECASE
)
#: How many candidates are read, and what share of the best's score one must reach.
SITE_REACH = 4
SITE_SHARE = 0.7


def site_area_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a wholly English question asking an area with the first of the best's
    document whose area figure is written after 占地 put first, when the best's is not and its
    clause names nothing of the question but the measure; others as they are."""
    if query.info.kind != "count" or query.info.dimension != "area" or len(candidates) < 2:
        return candidates
    if not wholly_english(query.question) or _OTHER_AREA_ASKED.search(query.question):
        return candidates
    best = candidates[0]
    clause = _area_clause(reading, best)
    if clause is None or _SITE_WRITTEN in clause or _names_asked(query, clause):
        return candidates
    return document_first(reading, candidates, SITE_REACH, SITE_SHARE, lambda c: _site_written(reading, c))


def _area_clause(reading: Reading, candidate: Candidate) -> str | None:
    """The normalised clause before ``candidate``'s figure when it is an area; else None."""
    figure = candidate.figure
    if figure is None or unit_dimension(figure.unit) != "area":
        return None
    text = candidate_text(reading, candidate)
    marks = [m.end() for m in _CLAUSE_MARK_RE.finditer(text, 0, figure.start)]
    return normalize(text[marks[-1] if marks else 0 : figure.start])


def _site_written(reading: Reading, candidate: Candidate) -> bool:
    clause = _area_clause(reading, candidate)
    return clause is not None and _SITE_WRITTEN in clause


def _names_asked(query: Query, clause: str) -> bool:
    """Whether ``clause`` writes a translation of one of the question's words other than a
    measure's own (面积, 平方米): the part the question asks of."""
    return any(
        len(variant) > 1 and measured(variant) is None and unit_dimension(variant) is None and normalize(variant) in clause
        for word in query.words
        for variant in word.variants
    )
