"""An English count asked in a scale ("how much did the province put in, *in hundred millions of
yuan*?", "how many visitors, *in tens of thousands*?"): the answer is at least one of that scale.

The question's writer read the figure as written -- 1.1亿元 is asked "in hundred millions", 5.8万人次
"in tens of thousands" -- so a figure of the passage below the scale (6600万元 beside 1.1亿元 in
省级补助1.1亿元、地方政府专项债券6600万元) is another one, however near the question's words it
stands. :mod:`~bot.answer.english.scales` puts first the passage whose figure reaches the scale;
this weighs the figures within a passage so.
"""

from __future__ import annotations

from bot.question import QuestionInfo
from index.figures import Figure

#: How a figure below the scale an English count is asked in fits (as a Chinese 投多少亿 weighs 236处:
#: :data:`~bot.answer.figure.fitness.NOT_COUNTING`).
BELOW_SCALE = 0.2


def below_scale(info: QuestionInfo, figure: Figure) -> float:
    """:data:`BELOW_SCALE` for a count or bare number whose value is less than the power of ten
    an English count asks its answer in (:attr:`QuestionInfo.scale`: 6600万元 for "in hundred
    millions of yuan"); else 1. Not a date, a share or a change's rate."""
    if info.scale is None or not info.english or info.kind != "count":
        return 1.0
    if figure.kind not in ("count", "number") or figure.value is None:
        return 1.0
    return BELOW_SCALE if abs(figure.value) < info.scale else 1.0
