"""A count asked in a scale ("how many flight movements, *in ten-thousands*"): the passage whose
figure is of that scale comes first.

A question that names the scale of its answer says the figure is at least one of that unit:
"in ten-thousands" is answered by 10.52万架次, not by the busiest day's 296架次, which the same
translated words find as well (航班, 架次). Among the candidates ranked close to the best, the
first whose figure reaches the scale is put first when the best one's does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answer.first.close import close_first
from bot.answer.english.basics import wholly_english
from bot.answer.english.scale_asides import asked_scale
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: How far below the first a candidate whose figure reaches the scale may rank and still come
#: first (rank-score units, as a date its verb follows may: the question says the scale outright),
#: and how many are read.
SCALE_MARGIN = 3.0
SCALE_REACH = 4


def scale_first(query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a wholly English count question asked in a scale with the first whose
    figure reaches it put first, when the best one's does not; others as they are."""
    if query.info.kind != "count" or len(candidates) < 2 or not wholly_english(query.question):
        return candidates
    scale = asked_scale(query.question)
    if scale is None:
        return candidates
    if not _reaches(candidates[0], scale):
        candidates = close_first(candidates, SCALE_REACH, SCALE_MARGIN, lambda c: _reaches(c, scale))
    word = SCALE_WORDS.get(scale)
    if word is None or _written_in(candidates[0], word):
        return candidates
    # "in ten-thousand yuan": 8700万元, as the question's writer read it, not 7.9亿元 (which reaches
    # 10,000 too, but would be asked "in hundred millions")
    return close_first(candidates, SCALE_REACH, SCALE_MARGIN, lambda c: _written_in(c, word))


#: The scales Chinese writes with a word of their own, the word a figure asked in that scale is
#: written with (5.8万人次 "in ten-thousands", 1.1亿元 "in hundred millions").
SCALE_WORDS = {1e4: "万", 1e8: "亿"}


def _written_in(candidate: Candidate, word: str) -> bool:
    """Whether ``candidate``'s figure is written with the scale word ``word`` itself (万 of
    8700万元, not of 2.1万亿元; 亿 of 0.48亿元)."""
    figure = candidate.figure
    if figure is None or figure.kind != "count":
        return False
    text = normalize(figure.text)
    return word in text and (word != "万" or "亿" not in text)


def _reaches(candidate: Candidate, scale: float) -> bool:
    """Whether ``candidate``'s figure is at least one of ``scale`` (10.52万: 105,200 >= 10,000)."""
    figure = candidate.figure
    return figure is not None and figure.value is not None and figure.value >= scale
