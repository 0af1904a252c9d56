"""What an English count of a measure word alone searches: the word's classifiers."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from index.english.cedict import specific_classifiers
from index.english.query import EnglishUnit
from index.figures import unit_dimension


def measure_counted(units: list[EnglishUnit], df: Mapping[str, int]) -> list[EnglishUnit]:
    """A count of a measure word alone ("how many *times* did ... meet") counts what its
    classifiers count (次, 遍): they are its terms, as 多少次 asks in Chinese -- not the
    word's own senses (期间 "time"), unless one of those is a unit itself (人, 年) or its
    likeliest is a thing CC-CEDICT counts with a measure word of its own (论文, CL:篇)."""
    focus = [n for n, u in enumerate(units) if u.focus and not u.action]
    if len(focus) != 1 or not units[focus[0]].measure:
        return units
    unit = units[focus[0]]
    if any(unit_dimension(term) is not None for term, _ in unit.terms):
        return units  # "how many people", "how many years": 人, 年 count themselves
    if unit.terms and specific_classifiers(unit.terms[0][0]):
        return units  # "how many *papers*": 论文 (CL:篇) is a thing; "times": 期间 (CL:个) none
    found = [c for c in unit.classifiers if c in df]
    if found:
        terms = tuple((c, 1.0 / len(found)) for c in found)
        units[focus[0]] = dataclasses.replace(unit, terms=terms, confidence=1.0, understood=1.0)
    return units
