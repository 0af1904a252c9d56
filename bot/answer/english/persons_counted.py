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
