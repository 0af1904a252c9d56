"""A count of things beside the words of an English count of persons whose noun no term translates.

"How many passengers could each ferry boat carry?": "passengers" reaches no corpus term, so the
question is searched by its other words (渡船, 船) and asks only the measure words of persons
(:func:`~bot.answer.english.persons_counted.untranslated_persons`). A word of the question right
by a count in a measure word of things (义渡初设渡船4艘) is what that count counts -- the boats,
not the persons asked -- so it is not doubled as the thing counted, and the count of persons
(限载22人) is not outweighed by it.
"""

from __future__ import annotations

from bot.question import QuestionInfo
from index.figures import Figure
from index.normalize import normalize
from index.question_words import PERSON_MEASURES


def persons_only(info: QuestionInfo, figure: Figure) -> bool:
    """Whether an English count with no counted term asks only measure words of persons and
    ``figure`` counts in another measure word (not the generic 个, which counts persons too)."""
    if not info.english or info.kind != "count" or info.counted is not None or not info.units:
        return False  # cheap tests first
    if figure.kind != "count" or not figure.unit or not info.units <= PERSON_MEASURES:
        return False
    unit = normalize(figure.unit)
    return unit not in info.units and unit != "个"
