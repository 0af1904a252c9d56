"""A unit of measure the question names ("in *square metres*") is searched as each of its names
the documents write: one unit has two names in Chinese (平方米 and 平方公尺, 米 and 公尺, 公斤 and
千克), and a text -- a Taiwanese or Traditional one above all -- may write the one the dictionary
does not give first (佔地約7176平方公尺 for "square metres", which CC-CEDICT reads 平方米)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bot.question.units import same_unit_names
from index.english import EnglishUnit
from index.search import Index


def other_unit_names(index: Index, units: Sequence[EnglishUnit]) -> tuple[EnglishUnit, ...]:
    """``units`` with each term that is a unit of measure joined by the unit's other Chinese names
    some document writes (at the same weight): 平方米 -> 平方米, 平方公尺."""
    out = []
    for unit in units:
        have = {term for term, _ in unit.terms}
        added: dict[str, float] = {}
        for term, weight in unit.terms:
            for name in same_unit_names(term)[1:]:
                if name not in have and name not in added and not name.isascii() and index.doc_freq(name) > 0:
                    added[name] = weight
        out.append(dataclasses.replace(unit, terms=(*unit.terms, *added.items())) if added else unit)
    return tuple(out)
