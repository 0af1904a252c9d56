"""English nouns of persons counted in the plural ("craftsmen", "passengers").

English makes a noun of a person of a trade with the suffix -man (plural -men), a closed
grammatical class as -er is for doers (:mod:`~bot.answer.english.agents`). The thing such a
question counts is then people, which Chinese texts count with the measure words of persons
(工匠多達156人: 156人 counts the craftsmen) -- though the dictionary's word for it (匠, one
character) is taken as its own measure word and counted in nothing else.

Any other plural noun whose dictionary words name persons (:func:`~index.english.head_measures.english_person`:
"passengers" 乘客, a kind of 客 -- customer, guest, visitor) counts people too, whichever term the
question was translated to (客运, "passenger transport"): 旅客12.6萬人次 counts them, and the
word before the head ("cruise": 邮轮 94艘次) only names their kind (:func:`persons_head`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.english import EnglishUnit, load_dictionary
from index.english.head_measures import english_person
from index.question_words import PERSON_MEASURES

#: The plural of a noun of a person made with -man ("craftsmen", "chairwomen").
_PERSONS_NOUN_RE = re.compile(r"[a-z]{3,}men$")

#: Measure words of persons (not of visits, 人次).
PERSONS = PERSON_MEASURES


def persons_counted(units: Sequence[EnglishUnit]) -> frozenset[str]:
    """The measure words of persons when the head of what an English count question counts is a
    noun of persons (:func:`persons_head`); nothing otherwise."""
    return PERSONS if persons_head(units) else frozenset()


def persons_head(units: Sequence[EnglishUnit]) -> bool:
    """Whether the head of what an English count question counts is a plural noun of persons:
    made with -man / -men ("how many *craftsmen*") or one whose dictionary words name persons
    ("how many cruise *passengers*": :func:`~index.english.head_measures.english_person`)."""
    focus = [unit for unit in units if unit.focus and not unit.action and unit.terms]
    if not focus:
        return False
    head = focus[-1].english.lower().split()[-1]
    if _PERSONS_NOUN_RE.search(head) is None:
        return english_person(head)
    # ... whose singular in -man CC-CEDICT's glosses use ("craftsman"; not "specimen", no plural)
    return head[:-2] + "an" in load_dictionary().known
