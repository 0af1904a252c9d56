"""A unit of measure a count question asks its answer in, which the translator read as another word.

"How many *litres* of blood are in an adult body": "litres" is a unit of measure -- one of the first
headwords CC-CEDICT gives it is 升, a volume (:func:`~bot.answer.english.figures.named_measure`) --
but when no document writes 升 as a word, the translator reaches the corpus only through a
synonym's other sense ("measures": 措施, 举措). The question still asks an amount in litres, a
volume, and a figure measuring anything else (5項, items) answers none of it. So the focus of a
count question that names a unit of measure, none of whose corpus terms is a unit of that
dimension, sets what the answer measures, as an untranslated unit does ("how many *tonnes*").
"""

from __future__ import annotations

from bot.answer.english.basics import wholly_english
from bot.answer.english.doubt import unit_named
from bot.answer.english.figures import named_measure
from bot.question import COUNTED_DIMENSIONS
from index.english import EnglishUnit
from index.figures import Figure
from index.figures.units import unit_dimension


def misread_measure(unit: EnglishUnit, kind: str | None) -> str | None:
    """What ``unit`` measures when it is the focus of a count question, a unit of measure by its
    dictionary headwords, and its corpus terms name no unit of that dimension (措施 for
    "litres"); None otherwise (a name, a verb, or a unit translated as itself: 公里)."""
    if kind != "count" or not unit.focus or unit.name or unit.action or not unit.terms:
        return None
    dimension = named_measure(unit.english)
    if dimension is None or any(unit_dimension(term) == dimension for term, _ in unit.terms):
        return None
    return dimension


def measure_read_weakly(unit: EnglishUnit, kind: str | None, understood: float) -> str | None:
    """What ``unit`` measures when it is the focus of a count question, a unit of measure by its
    dictionary headwords, translated as a unit of that dimension (平方米 for "square metres") but
    understood below ``understood`` (a unit written in many passages tells little of which): it
    is still the unit the answer is asked in, no thing the documents lack (as :func:`misread_measure`)."""
    if kind != "count" or not unit.focus or unit.name or unit.action or not unit.terms or unit.understood >= understood:
        return None
    dimension = named_measure(unit.english)
    if dimension is None or not any(unit_dimension(term) == dimension for term, _ in unit.terms):
        return None
    return dimension


#: What units of measure measure (a closed class of the figures reader's dimensions): not what
#: counts things, people or events, nor money or time.
_MEASURED = frozenset({"length", "area", "volume", "mass", "power", "temperature"})


def counted_for_measure(question: str, dimension: str | None, figure: Figure | None) -> bool:
    """Whether a wholly English count question asking an amount in a unit of measure (``dimension``:
    "how many *litres*", a volume) is answered by a figure counting things, people or events
    (380次, 5項) whose measure word it does not name: a count says how many, never how much --
    the converse of :func:`~bot.answer.english.doubt.measured_not_counted`."""
    return (
        dimension in _MEASURED and figure is not None and figure.dimension in COUNTED_DIMENSIONS
        and wholly_english(question) and not unit_named(question, figure)
    )
