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
from index.normalize import normalize

#: How a figure below the scale an English count is asked in fits (as a Chinese 投多少亿 weighs 236处:
#: :data:`~bot.answer.figure.fitness.NOT_COUNTING`).
BELOW_SCALE = 0.2
#: The scales Chinese writes with a word of their own (10,000: 万; 100,000,000: 亿): the figure asked
#: is written with it (5.8万人次, 1.1亿元 -- or 0.48亿元, below one of them).
_SCALE_WORDS = {1e4: "万", 1e8: "亿", 1e12: "万亿"}


def below_scale(info: QuestionInfo, figure: Figure) -> float:
    """:data:`BELOW_SCALE` for a count with a unit whose value is less than the power of ten
    an English count asks its answer in (:attr:`QuestionInfo.scale`: 6600万元 for "in hundred
    millions of yuan") and that is not written with the scale's own word (0.48亿元 is); else 1.
    Not a date, a share or a change's rate, nor a bare number (its scale may be written in a
    heading: 单位：亿元), nor a scale Chinese writes with no word of its own."""
    if info.scale is None or not info.english or info.kind != "count":
        return 1.0
    word = _SCALE_WORDS.get(info.scale)
    if word is None or figure.kind != "count" or not figure.unit or figure.value is None:
        return 1.0  # a bare number (1.42) may be scaled by a heading (单位：亿元)
    # 0.48亿元 is read "in 100 million yuan" as written: a figure in the scale's own word is of it
    return BELOW_SCALE if abs(figure.value) < info.scale and word not in normalize(figure.text) else 1.0
