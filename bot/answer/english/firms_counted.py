"""A count of persons answered by a count of firms that are another thing, or by a count of
things when the English noun names persons (:func:`persons_by_english`).

People of a trade are counted as firms or households (藥商達218家: 218 merchants' businesses), so
家 is among the measure words of a noun read as persons (:func:`~index.english.head_measures.head_persons`).
But a count in 家 followed by another noun counts that noun (18家航空公司: airlines), and answers
no question of how many students there are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answer.english.basics import SEPARATOR, wholly_english
from bot.answer.english.counted_place import COUNTED_SPAN, run_after_figure
from bot.answer.reading import Reading
from index.english.head_measures import HOUSEHOLDS, PERSONS, english_person, unmeasured
from index.normalize import normalize

if TYPE_CHECKING:
    from index.figures import Figure
    from bot.answer import Candidate
    from bot.answer.query import Query


def firms_of_another_thing(reading: Reading, best: Candidate, query: Query) -> bool:
    """Whether a wholly English count of persons (the measure words of persons asked, 家 among
    them) is answered by a count in 家 of another thing named right after it (18家航空公司 for
    "how many students"), not of the persons themselves (药商达218家，; 5家药商)."""
    info, figure = query.info, best.figure
    if info.kind != "count" or figure is None or normalize(figure.unit or "") != HOUSEHOLDS:
        return False
    if info.counted is None or not info.units & PERSONS or not wholly_english(query.question):
        return False
    noun = run_after_figure(reading, best)
    return len(noun) >= 2 and info.counted not in noun[:COUNTED_SPAN]


def persons_by_english(query: Query, figure: Figure | None = None) -> bool:
    """Whether a wholly English count's counted term, which no measure word of its own says what
    it is (:func:`~index.english.head_measures.unmeasured`), translates only English plural
    nouns naming persons (:func:`~index.english.head_measures.english_person`: "soldiers" 士兵,
    "volunteers" mistranslated 税; not 规定 of "rules" and "fixes") -- a count of things then
    answers nothing; but one in 家 may (people of a trade are counted as firms: 厂商40家)."""
    info = query.info
    if info.kind != "count" or info.counted is None or not unmeasured(info.counted, info.units):
        return False
    if figure is not None and normalize(figure.unit or "") == HOUSEHOLDS:
        return False
    english = [t.english.split()[-1] for t in query.translations if info.counted in t.term.split(SEPARATOR)]
    return bool(english) and all(english_person(word) for word in english) and wholly_english(query.question)
