"""A degree asked "how <adjective>" ("*How satisfied* are residents with ..."): news gives it as a
figure written after the adjective's noun of degree, the translation with 度 or 率 (满意度达到96.3%).
The corpus says which such noun is written before figures, and of what kind."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from bot.answer.english.amounts import term_given_as_figure
from index.english import EnglishUnit
from index.search import Index

#: "how" and the word it asks the degree of, opening a question.
_HOW_RE = re.compile(r"^\s*how\s+([a-z]+)\b", re.IGNORECASE)
#: What turns a Chinese adjective into the noun of its degree (满意 → 满意度, 合格 → 合格率).
DEGREE_SUFFIXES = ("度", "率")


@dataclasses.dataclass(frozen=True)
class Degree:
    """The noun of the degree asked (满意度) and what the texts give it as ("percent", "money" ...)."""

    term: str
    given: str


def degree_asked(index: Index, text: str, units: Sequence[EnglishUnit]) -> tuple[tuple[EnglishUnit, ...], Degree | None]:
    """``units`` with the noun of the degree a "how <adjective>" question asks searched first
    for the adjective ("how *satisfied*": 满意度 before 满意, 满足), and that degree -- when a
    translation with 度 or 率 is a corpus term written before figures; else ``units`` and None."""
    found = _HOW_RE.match(text)
    if found is None:
        return tuple(units), None
    word = found.group(1).lower()
    for n, unit in enumerate(units):
        if unit.english.lower() != word:
            continue
        for term, _ in unit.terms:
            for suffix in DEGREE_SUFFIXES:
                noun = term + suffix
                given = term_given_as_figure(index, noun) if index.doc_freq(noun) > 0 else None
                if given is not None:
                    # weighed as the adjective's likeliest sense; the thing asked about, no verb
                    # ("satisfied" is a participle)
                    terms = ((noun, unit.terms[0][1]), *unit.terms)
                    widened = dataclasses.replace(unit, terms=terms, action=False, focus=True)
                    return (*units[:n], widened, *units[n + 1 :]), Degree(noun, given)
    return tuple(units), None
