"""What "how many A, B and other Cs" counts: the noun after "and other" (Cs), of which the words
listed before are kinds -- English lists kinds, then names what they all are ("pavilions, halls,
towers and other *buildings*": the text counts 亭、轩、楼、榭等建筑14座)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from index.english import EnglishUnit

#: "and other", "or other", "and various other" before the noun a list's kinds are of.
_AND_OTHER_RE = re.compile(r"\b(?:and|or)\s+(?:all\s+|various\s+|the\s+)?other\s+([a-z][a-z-]*)", re.IGNORECASE)


def other_kinds(units: Sequence[EnglishUnit], text: str) -> tuple[EnglishUnit, ...]:
    """``units`` with the focus of a count moved to the noun after "and other" when the focus is
    the list of kinds right before it: that noun is what is counted, the kinds are searched as
    words. Unchanged otherwise (no such list, or the noun not translated)."""
    match = _AND_OTHER_RE.search(text)
    if match is None:
        return tuple(units)
    focus = [n for n, unit in enumerate(units) if unit.focus and not unit.action]
    if len(focus) < 2:
        return tuple(units)
    word = match.group(1).lower()
    after = focus[-1] + 1
    if after >= len(units) or units[after].action or not units[after].terms:
        return tuple(units)
    if units[after].english.lower().split()[-1] != word:
        return tuple(units)
    return tuple(
        dataclasses.replace(unit, focus=n == after) if n in focus or n == after else unit for n, unit in enumerate(units)
    )
