"""An amount asked *per a unit of measure* in English ("the retail price *per kilogram*", "what
does it charge *per kilometre* of cable", "the yield *per mu*"): a rate, which Chinese writes with
that unit beside the figure -- 每公斤3.86元, 3.2元/立方米, 亩均纯收益3260元, 平均亩产521公斤. A figure
whose clause writes no unit of measure at all (收取入廊费和维护费共计1.37亿元; 比种植普通水稻高出约
1400元) is a sum or a difference of something else, not the rate asked: the passage does not give
it, and nothing is shown -- as for a price of one thing no sum prices
(:mod:`~bot.answer.english.one_priced`).

What "per" is followed by is read by English grammar ("per" and the word or two after it); whether
that names a unit of measure, by CC-CEDICT (:func:`~bot.answer.english.figures.named_measure`:
"kilogram" glossing 公斤) or by the corpus term the word was translated to ("mu": 亩), whose
dimension the figure reader's unit table gives. Only a unit of measure counts: "per night", "per
school", "per visit" ask an amount for one of a thing, which a clause need not name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answer.english.basics import SEPARATOR
from bot.answer.english.figures import named_measure
from bot.answer.figure.fitness import figure_clause
from bot.answer.model import Translation
from index.figures import Figure
from index.figures.units import unit_dimension
from index.normalize import aligner_for, normalize

#: What a unit of measure measures (the figure reader's dimensions), as a rate's denominator.
MEASURED = frozenset({"length", "area", "volume", "mass", "power"})
#: "per" and the one or two words after it ("per *kilogram*", "per *square metre*", "per
#: *kilowatt-hour*").
_PER_RE = re.compile(r"\bper\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?", re.IGNORECASE)
#: The longest unit of measure read in a clause (千瓦时, 平方公里, 立方公尺).
_LONGEST_UNIT = 4


def per_measure_terms(question: str, translations: Sequence[Translation]) -> tuple[str, ...] | None:
    """The corpus terms of the unit of measure ``question`` asks an amount per ("per mu": 亩), an
    empty tuple when the unit is known by CC-CEDICT only ("per kilometre"), or None when the
    question asks nothing per a unit of measure."""
    found: tuple[str, ...] | None = None
    for match in _PER_RE.finditer(question):
        words = [w.lower() for w in match.groups() if w]
        # every term of a word translated to a unit of measure: "foot" 公尺/尺/米 (尺, a Chinese foot,
        # is in no unit table, but its clause 每尺征银0.14两 writes the rate asked)
        terms = tuple(
            term for t in translations if set(t.english.lower().replace("-", " ").split()) & set(words)
            and any(unit_dimension(normalize(term)) in MEASURED for term in t.term.split(SEPARATOR))
            for term in t.term.split(SEPARATOR)
        )
        if terms or any(named_measure(word) in MEASURED for word in words):
            found = (found or ()) + tuple(normalize(term) for term in terms)
    return found


def _writes_measure(clause: str) -> bool:
    """Whether ``clause`` writes a unit of measure anywhere (每亩, 公斤, /立方米, 亩产)."""
    return any(
        unit_dimension(clause[start : start + n]) in MEASURED
        for start in range(len(clause)) for n in range(1, _LONGEST_UNIT + 1) if start + n <= len(clause)
    )


def per_measure_unwritten(question: str, translations: Sequence[Translation], text: str, figure: Figure | None) -> bool:
    """Whether ``question`` asks an amount per a unit of measure and the chosen ``figure`` of the
    best passage's window ``text`` stands in a clause that writes no unit of measure besides the
    figure's own (nor a term of the one asked): it is no rate per that unit."""
    if figure is None:
        return False
    terms = per_measure_terms(question, translations)
    if terms is None:
        return False
    matching = aligner_for(text).normalized
    if not 0 <= figure.start < figure.end <= len(matching):
        return False
    clause = figure_clause(matching, figure)
    at = clause.find(matching[figure.start : figure.end])
    rest = clause if at < 0 else clause[:at] + "|" + clause[at + figure.end - figure.start :]
    return not any(term in rest for term in terms) and not _writes_measure(rest)
