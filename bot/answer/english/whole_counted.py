"""A count an English question asks of a whole place or time, and a passage counting a part.

A news report gives the whole's count with a word saying so -- 全县共投入联合收割机3260台, 全年接待
读者1164万人次, 全季共出口5120吨, 累计兑付 -- and tells, around it, of one cooperative, one farmer,
one reading room or one month (社里的14台收割机, 种植大户曾福来今年收获脐橙约95吨, 开放首月就接待读者
5.2万人次). Translated words find both alike, and the anecdote, often holding more of them, may
rank first. :func:`whole_first` puts first, among the candidates of the best's document close to
it, one whose figure of the same unit follows a word of the whole in its clause, when the best's
clause writes none and names nothing of the question the other's text does not write (then it is
the part the question asks of: "how many harvesters does the *cooperative* own" → 社里)."""

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

#: How a text says a figure is a whole's (normalised): all of a place or a span of time (全县,
#: 全年, 全季), a sum (累计, 共计, 合计, 总计), the total of a thing (总数, 总量, 总产量).
_WHOLE_WRITTEN = re.compile(r"全[县市省区镇乡国年季]|累计|共计|合计|总计|总数|总量|总产")
#: Any word of all or of a total in a clause (总里程, 全面): the best's figure may be a whole's.
_WHOLE_SAID = re.compile(r"[全总]")
#: Where a clause starts.
_CLAUSE_MARK_RE = re.compile(r"[，,。；;：:！？!?、（）()]")
#: How many candidates are read, what share of the best's score one must reach, and how well
#: its figure must fit.
WHOLE_REACH = 4
WHOLE_SHARE = 0.7
WHOLE_FIT = 0.2


def whole_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a wholly English count question with the first of the best's document
    whose figure, of the best's unit, is written as a whole's (:data:`_WHOLE_WRITTEN`) put
    first, when the best's is not and names nothing of the question the other does not write;
    others as they are."""
    if query.info.kind != "count" or len(candidates) < 2 or not wholly_english(query.question):
        return candidates
    best = candidates[0]
    clause = _clause(reading, best)
    if clause is None or _WHOLE_WRITTEN.search(clause) or _WHOLE_SAID.search(clause):
        return candidates
    terms = [
        t for t in dict.fromkeys(normalize(v) for w in query.words for v in w.variants)
        if len(t) > 1 and not t.isdigit() and measured(t) is None and unit_dimension(t) is None and t in clause
    ]
    unit = best.figure.unit if best.figure is not None else ""

    def whole(c: Candidate) -> bool:
        if c.figure is None or c.figure.unit != unit or c.features.fit < WHOLE_FIT:
            return False
        own = _clause(reading, c)
        if own is None or not _WHOLE_WRITTEN.search(own):
            return False
        text = normalize(candidate_text(reading, c))
        return all(t in text for t in terms)

    return document_first(reading, candidates, WHOLE_REACH, WHOLE_SHARE, whole)


def _clause(reading: Reading, candidate: Candidate) -> str | None:
    """The normalised clause before ``candidate``'s figure (None without one)."""
    figure = candidate.figure
    if figure is None:
        return None
    text = candidate_text(reading, candidate)
    marks = [m.end() for m in _CLAUSE_MARK_RE.finditer(text, 0, figure.start)]
    return normalize(text[marks[-1] if marks else 0 : figure.start])
