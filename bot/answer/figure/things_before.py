"""A count written with the measure word of anything (个) right after the thing it counts, and
nothing after it (临时检查站396个，): it counts that thing. An English question counting people
("how many people were turned back at the checkpoints") that names the thing too is not
answered by it: people counted with 个 are named after it (3个人) or before it by a noun of
people (志愿者300个), not by the thing where they were counted."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.question import QuestionInfo
from bot.question.units import normal_unit
from index.english.cedict import GENERIC_MEASURE
from index.figures import Figure
from index.normalize import normalize
from index.question_words import PERSON_MEASURES

#: How much a count of a thing is weighed when people are asked.
THING_NOT_PEOPLE = 0.2
#: The last characters of nouns naming people (党员, 志愿者, 居民, 游客, 群众, 工人, 学生).
_PEOPLE_ENDS = frozenset("人员者民客众生士师工手友")
#: Measure words of persons asked (人, 名, 位; not 人次, which counts visits).
_PERSONS = PERSON_MEASURES
#: A figure's end followed by a noun (what its 个 counts, written after it).
_NOUN_AFTER_RE = re.compile(r"[\u4e00-\u9fff]")


def thing_before(text: str, info: QuestionInfo, figure: Figure, terms: Iterable[str]) -> float:
    """:data:`THING_NOT_PEOPLE` for a ``figure`` of 个 an English count of people is answered
    with, written right after a word of the question (``terms``) that names no people and
    followed by no noun (临时检查站396个，); 1 otherwise."""
    if not info.english or info.kind != "count" or info.unit not in _PERSONS:
        return 1.0
    if not figure.unit or normal_unit(figure.unit) != GENERIC_MEASURE:
        return 1.0
    if _NOUN_AFTER_RE.match(text, figure.end):
        return 1.0  # 3个人, 66个场馆: the noun after it says what it counts
    before = normalize(text[max(0, figure.start - 8) : figure.start])
    for term in terms:
        word = normalize(term)
        if len(word) > 1 and before.endswith(word) and word[-1] not in _PEOPLE_ENDS:
            return THING_NOT_PEOPLE
    return 1.0
