"""English nouns of persons made with -man, counted in the plural ("craftsmen", "fishermen").

English makes a noun of a person of a trade with the suffix -man (plural -men), a closed
grammatical class as -er is for doers (:mod:`~bot.answer.english.agents`). The thing such a
question counts is then people, which Chinese texts count with the measure words of persons
(工匠多達156人: 156人 counts the craftsmen) -- though the dictionary's word for it (匠, one
character) is taken as its own measure word and counted in nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.english import EnglishUnit, load_dictionary
from index.english.head_measures import english_person_glossed
from index.question_words import PERSON_MEASURES

#: The plural of a noun of a person made with -man ("craftsmen", "chairwomen").
_PERSONS_NOUN_RE = re.compile(r"[a-z]{3,}men$")

#: Measure words of persons (not of visits, 人次).
PERSONS = PERSON_MEASURES


def persons_counted(units: Sequence[EnglishUnit]) -> frozenset[str]:
    """The measure words of persons when the head of what an English count question counts is a
    noun of a person made with -man / -men ("how many *craftsmen*"); nothing otherwise."""
    focus = [unit for unit in units if unit.focus and not unit.action and unit.terms]
    if not focus:
        return frozenset()
    head = focus[-1].english.lower().split()[-1]
    if _PERSONS_NOUN_RE.search(head) is None:
        return frozenset()
    # ... whose singular in -man CC-CEDICT's glosses use ("craftsman"; not "specimen", no plural)
    return PERSONS if head[:-2] + "an" in load_dictionary().known else frozenset()


def untranslated_persons(units: Sequence[EnglishUnit]) -> frozenset[str]:
    """The measure words of persons when the head of what an English count question counts is a
    noun of persons no corpus term translates ("how many *workmen* did the driller lead",
    "how many *passengers* could each boat carry": searched as "?"): English still says persons
    are counted -- by the suffix -men, or by the dictionary's words glossed by its singular, most
    of which name persons (:func:`~index.english.head_measures.english_person_glossed`) -- so the
    text's figure in a measure word of persons (率工匠35名, 限載22人) is the likelier answer than
    one counting things (鑽頭140餘個, 渡船4艘). Nothing for a head that is translated (its
    counted term reads its measure words) or names no persons."""
    focus = [unit for unit in units if unit.focus and not unit.action]
    if not focus or focus[-1].terms:
        return frozenset()
    head = focus[-1].english.lower().split()[-1]
    if _PERSONS_NOUN_RE.search(head) is not None and head[:-2] + "an" in load_dictionary().known:
        return PERSONS
    return PERSONS if english_person_glossed(head) else frozenset()
