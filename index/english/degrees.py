""""How <adjective>" asked of a quality the documents measure as a degree: "how *satisfied* are
residents" is 满意度 ("degree of satisfaction"), the headword of the adjective's translation
with 度 after it, as CC-CEDICT glosses it and a passage writes it (满意度达到96.3%)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from index.english.cedict import load_dictionary
from index.english.query import EnglishUnit

DEGREE = "度"
_HOW_RE = re.compile(r"\bhow\s+([a-z]+)\b", re.IGNORECASE)
_DEGREE_GLOSS = b"degree of "


def degree_asked(text: str, units: Sequence[EnglishUnit], written: Callable[[str], bool]) -> tuple[EnglishUnit, ...]:
    """``units`` with the unit "how" asks of ("how *satisfied*") searched first as the degree
    of its translation (满意 -> 满意度) when the dictionary glosses that word "degree of ..."
    and ``written(term)`` says a document writes it; the degree is a thing asked about, not a
    verb. Unchanged otherwise."""
    found = _HOW_RE.search(text)
    if found is None:
        return tuple(units)
    adjective = found.group(1).lower()
    glosses = load_dictionary().glosses
    out = []
    for unit in units:
        if unit.english.lower() == adjective and unit.terms:
            degrees = [
                (term + DEGREE, weight) for term, weight in unit.terms
                if len(term) > 1 and _degree_gloss(glosses.get(term + DEGREE)) and written(term + DEGREE)
            ]
            if degrees:
                top = unit.terms[0][1]
                unit = dataclasses.replace(
                    unit, terms=(*((term, top) for term, _ in degrees), *unit.terms), action=False, focus=True,
                )
        out.append(unit)
    return tuple(out)


def _degree_gloss(entries: bytes | None) -> bool:
    """Whether a headword's entries gloss it first as "degree of ..." (满意度, 可信度)."""
    return entries is not None and any(
        entry[1:].lstrip(b"/").lower().startswith(_DEGREE_GLOSS) for entry in entries.split(b"\n")
    )
