"""The unit of measure a count question asks its answer in: a measure, not a thing asked about.

"How many *hours* of sleep does a teenager need", "how many *minutes* does it take to soft-boil
an egg": the counted word is a unit of measure (小时, 分钟 -- `unit_dimension` knows them as a
time, a length, a sum of money ...), which every text writes after its figures. Understood
surely as it is, it says in what the answer is given, not what it is about: a question whose
other things no word translates ("sleep", "teenager", "egg") names nothing the documents write,
like a question naming only a number or an ordinal. So is a word translated only into that
unit's own words ("each *night*" -> 小时): it adds no thing.

A unit counting people, things or events (人, 个, 次) is left alone: those are what is counted
("how many *people*", "how many *times*"), not a measure. And the measure is set aside only when
two or more other things are left, none translated: one thing no word translates beside the unit
may be a gap of the dictionary the passage fills ("how many minutes did each *player* get": the
chess report's 每方90分钟, 棋手 being no gloss of "player"); two such things are less likely both gaps.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from index.english import EnglishUnit
from index.figures.units import unit_dimension

#: How many things besides the measure, none translated, make the measure no thing asked about.
MEASURE_ONLY_THINGS = 2
#: What `unit_dimension` calls the counted kinds (a closed class of the figures reader), not measures.
_COUNTED = frozenset({"people", "things", "events"})


def _measure(unit: EnglishUnit) -> bool:
    """Whether every corpus term of ``unit`` is a unit of measure (小时, 分钟, 公里, 元)."""
    return bool(unit.terms) and all(
        (dimension := unit_dimension(term)) is not None and dimension not in _COUNTED for term, _ in unit.terms
    )


def measures_asked(units: Sequence[EnglishUnit], kind: str | None) -> frozenset[int]:
    """The positions of the units of a count question that are the measure it asks in (its focus,
    every term a unit of measure) and of the units translated only into that measure's terms."""
    if kind != "count":
        return frozenset()
    asked = {n for n, unit in enumerate(units) if unit.focus and not unit.name and _measure(unit)}
    if not asked:
        return frozenset()
    terms = {term for n in asked for term, _ in units[n].terms}
    echoes = {
        n for n, unit in enumerate(units)
        if n not in asked and not unit.name and unit.terms and {term for term, _ in unit.terms} <= terms
    }
    return frozenset(asked | echoes)


def untranslated_things(units: Sequence[EnglishUnit], measures: Container[int], spelled: Container[int]) -> int:
    """How many units besides ``measures`` are things -- no verb, no name, none found as written
    (``spelled``) -- that no word translates ("sleep", "teenager")."""
    return sum(
        1 for n, unit in enumerate(units)
        if n not in measures and n not in spelled and not (unit.terms or unit.name or unit.action)
    )
