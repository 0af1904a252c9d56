"""A count of things beside the words of an English count of persons whose noun no term translates.

"How many passengers could each ferry boat carry?": "passengers" reaches no corpus term, so the
question is searched by its other words (渡船, 船) and asks only the measure words of persons
(:func:`~bot.answer.english.persons_counted.untranslated_persons`). A word of the question right
by a count in a measure word of things (义渡初设渡船4艘) is what that count counts -- the boats,
not the persons asked -- so it is not doubled as the thing counted, and the count of persons
(限载22人) is not outweighed by it. So too for a count in 个, the measure word of anything, when
the noun written right after it is no person's, or when it closes its clause and counts the thing
before it (耗用钻头140余个，: drill bits; persons counted with 个 are written 个人) -- as :func:`~bot.answer.english.doubt.people_counted_as_things` reads
the figure shown; such a count also fits as little as one in a measure word of things does
(:data:`THINGS_FOR_PERSONS`, the factor :func:`~bot.answer.figure.fitness.kind_factor` gives those).
"""

from __future__ import annotations

import re

from bot.question import QuestionInfo
from index.figures import Figure
from index.normalize import normalize
from index.question_words import PERSON_MEASURES

#: How a count in 个 of a thing named right after it fits an English count of persons.
THINGS_FOR_PERSONS = 0.5
_NOUN_AFTER_RE = re.compile(r"[\u4e00-\u9fff]+")
#: People counted with 个 are written 个人 (3个人).
_PEOPLE_NOUN_START = "人"


def persons_only(info: QuestionInfo, figure: Figure, text: str = "") -> bool:
    """Whether an English count with no counted term asks only measure words of persons and
    ``figure`` counts other things: in another measure word, or in 个 with a noun of two characters
    or more right after it in ``text`` that is no person's, or none, closing its clause (钻头140余个，)."""
    if not info.english or info.kind != "count" or info.counted is not None or not info.units:
        return False  # cheap tests first
    if figure.kind != "count" or not figure.unit or not info.units <= PERSON_MEASURES:
        return False
    unit = normalize(figure.unit)
    if unit != "个":
        return unit not in info.units
    return _thing_after(text, figure)


def things_for_persons(info: QuestionInfo, figure: Figure, text: str) -> float:
    """:data:`THINGS_FOR_PERSONS` for a count in 个 of a thing named right after it, when an English
    count asks only persons (:func:`persons_only`); else 1 (another measure word of things fits
    less already by its kind)."""
    if normalize(figure.unit) != "个" or not persons_only(info, figure, text):
        return 1.0
    return THINGS_FOR_PERSONS


def _thing_after(text: str, figure: Figure) -> bool:
    """Whether a count in 个 counts a thing: the noun of two characters or more right after it is
    no person's -- or none is, and the count closes its clause, counting the thing named before
    it (耗用钻头140余个，), as :func:`~bot.answer.english.counted_asked.count_closes_clause` reads it."""
    noun = _NOUN_AFTER_RE.match(normalize(text[figure.end : figure.end + 8]))
    if noun is None:
        return True
    return len(noun.group()) >= 2 and not noun.group().startswith(_PEOPLE_NOUN_START)
