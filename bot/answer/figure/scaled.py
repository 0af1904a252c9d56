"""An English count asked in a scale ("how much did the province put in, *in hundred millions of
yuan*?", "how many visitors, *in tens of thousands*?"): the answer is at least one of that scale.

The question's writer read the figure as written -- 1.1亿元 is asked "in hundred millions", 5.8万人次
"in tens of thousands" -- so of a passage's like amounts (省级补助1.1亿元、地方政府专项债券6600万元: both
in 元), the one below the scale is another one, however near the question's words it stands.
:mod:`~bot.answer.english.scales` puts first the passage whose chosen figure reaches the scale; this
tells apart only amounts of one unit of which some reach it, so a passage whose only figures of a unit
fall below the scale (入會店號38家, asked in tens of thousands) keeps the figure the ranking judges it by.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.question import QuestionInfo
from index.figures import Figure
from index.normalize import normalize

#: How a figure below the scale an English count is asked in fits (as a Chinese 投多少亿 weighs 236处:
#: :data:`~bot.answer.figure.fitness.NOT_COUNTING`).
BELOW_SCALE = 0.2
#: The scales Chinese writes with a word of their own (10,000: 万; 100,000,000: 亿): the figure asked
#: is written with it (5.8万人次, 1.1亿元 -- or 0.48亿元, below one of them).
_SCALE_WORDS = {1e4: "万", 1e8: "亿", 1e12: "万亿"}


def _of_scale(info: QuestionInfo, figure: Figure) -> bool | None:
    """Whether a count with a unit is of the scale asked (at or over it, or written in the scale's
    own word: 0.48亿元); None for a figure the scale does not judge (a bare number, whose scale may
    stand in a heading -- 单位：亿元 --, a date, a share)."""
    word = _SCALE_WORDS.get(info.scale) if info.scale is not None else None
    if word is None or figure.kind != "count" or not figure.unit or figure.value is None:
        return None
    return abs(figure.value) >= info.scale or word in normalize(figure.text)


def scale_reached(info: QuestionInfo, candidates: Sequence[Figure]) -> frozenset[str]:
    """The units of the candidates that are of the scale a wholly English count asks its answer in
    (:attr:`QuestionInfo.scale`); empty when none is asked."""
    if info.scale is None or not info.english or info.kind != "count":
        return frozenset()
    return frozenset(f.unit for f in candidates if _of_scale(info, f))


def below_scale(info: QuestionInfo, figure: Figure, reached: frozenset[str]) -> float:
    """:data:`BELOW_SCALE` for a count with a unit below the scale an English count asks its answer
    in (6600万元 for "in hundred millions of yuan"), when another figure of its unit in the text is of
    the scale (``reached``, :func:`scale_reached`: 1.1亿元); else 1."""
    if figure.unit not in reached:
        return 1.0
    return BELOW_SCALE if _of_scale(info, figure) is False else 1.0
