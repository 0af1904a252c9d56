"""The measure of a whole thing an English question asks, and a passage giving a part's.

A history of a building or a works gives the whole site's area one way: 占地 ("occupying land",
佔地約3150平方公尺), and its parts' with 面积 after the part (西側宅院面積約860平方米, 每間面積約18
平方米, 版庫面積約410平方米); so a whole's length (全长87.2公里, not 整治河道长度143.5公里) and height
(通高24.5米, not a roof ornament's 高1.1米). An English question asking "what area does X cover",
"how big is the site" or "how long is the river" is translated to 面积 or 长度 and to words the
text hardly writes ("cover": 覆盖), so the part's paragraph, holding the measure's noun beside the
figure, may rank above the whole's -- though the question names no part. :func:`site_area_first`
puts first, among the candidates of the best's document close to it, one whose figure of the
asked measure follows the whole's word in its clause, when the best's clause writes none and none
of the question's words but its measure's (then it is a part the question names: "what area does
the drying yard cover" → 曬場面積)."""

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
#: How a text writes a whole thing's length and height (normalised): all of it, through it.
_WHOLE_LENGTH = ("全长", "总长")
_WHOLE_HEIGHT = ("通高", "全高", "总高")
#: A clause saying its figure is a whole's already (全长, 总里程, 全市绿道总里程, 总面积: 全 or 总).
_WHOLE_SAID = re.compile(r"[全总]|占地")
#: An English question asking a height, or a length (the adjectives and their nouns).
_HEIGHT_ASKED = re.compile(r"\b(?:tall|high|height)\b", re.IGNORECASE)
_LENGTH_ASKED = re.compile(r"\b(?:long|length)\b", re.IGNORECASE)
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
    """The candidates of a wholly English question asking an area, a length or a height with the
    first of the best's document whose figure of it, in the best's unit, is written after the
    whole's word (占地, 全长, 通高: :func:`whole_written`) put first, when the best's is not and its clause names nothing of
    the question but the measure; others as they are."""
    if query.info.kind != "count" or len(candidates) < 2 or query.info.dimension not in ("area", "length"):
        return candidates
    if not wholly_english(query.question) or _OTHER_AREA_ASKED.search(query.question):
        return candidates
    dimension, whole = query.info.dimension, whole_written(query.info.dimension, query.question)
    if not whole:
        return candidates
    best = candidates[0]
    clause = _measure_clause(reading, best, dimension)
    if clause is None or _WHOLE_SAID.search(clause) or _names_asked(query, clause):
        return candidates
    unit = best.figure.unit if best.figure is not None else ""

    def whole_given(c: Candidate) -> bool:  # (in the best's unit: 640畝 of school land asked, not 佔地2.05萬平方米)
        clause = _measure_clause(reading, c, dimension) if c.figure is not None and c.figure.unit == unit else None
        return clause is not None and any(w in clause for w in whole)

    return document_first(reading, candidates, SITE_REACH, SITE_SHARE, whole_given)


def whole_written(dimension: str | None, question: str) -> tuple[str, ...]:
    """How a text writes the whole's measure an English ``question`` asks (占地 for an area;
    全长 for "how long"; 通高 for "how tall"): nothing when it is none of them."""
    if dimension == "area":
        return (_SITE_WRITTEN,)
    if dimension != "length":
        return ()
    height, length = bool(_HEIGHT_ASKED.search(question)), bool(_LENGTH_ASKED.search(question))
    return _WHOLE_HEIGHT if height and not length else _WHOLE_LENGTH if length and not height else ()


def _measure_clause(reading: Reading, candidate: Candidate, dimension: str) -> str | None:
    """The normalised clause before ``candidate``'s figure when it measures ``dimension``."""
    figure = candidate.figure
    if figure is None or unit_dimension(figure.unit) != dimension:
        return None
    text = candidate_text(reading, candidate)
    marks = [m.end() for m in _CLAUSE_MARK_RE.finditer(text, 0, figure.start)]
    return normalize(text[marks[-1] if marks else 0 : figure.start])


def _names_asked(query: Query, clause: str) -> bool:
    """Whether ``clause`` writes a translation of one of the question's words other than a
    measure's own (面积, 平方米): the part the question asks of."""
    return any(
        len(variant) > 1 and measured(variant) is None and unit_dimension(variant) is None and normalize(variant) in clause
        for word in query.words
        for variant in word.variants
    )
