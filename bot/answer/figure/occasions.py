"""Occasions asked, things counted: "How many trips did the mobile library buses make?" counts
trips -- occasions, counted in 趟, 次, 车次 -- and a text may count the doers right before them
(12辆流动图书车全年下乡服务3150车次): 12辆 counts the buses the question names as the doer, not
the trips. Such a count fits little."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.question import QuestionInfo
from bot.question.units import normal_unit
from index.figures import Figure
from index.figures.units import unit_dimension
from index.normalize import aligner_for

#: How a count of things by their own measure word, right before a noun the question names
#: otherwise, fits a question counting occasions.
DOERS_COUNTED = 0.2
#: The measure word of anything (5个批次 may count occasions): never taken for a count of things.
_ANY_THING = "个"
#: At most this many characters (a modifier) between the count and the question's word it counts.
_NOUN_GAP = 2
#: What the noun after a count runs over: Chinese characters, up to a mark, a figure or 的 (三级的平台:
#: a figure describing it, no count of it).
_NOUN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")


def occasions_asked(info: QuestionInfo) -> bool:
    """Whether a wholly English count asks occasions: every measure word it is counted in that
    has a dimension counts events ("how many trips": 趟)."""
    if not info.english or info.kind != "count" or info.unit is not None:
        return False
    dimensions = {unit_dimension(unit) for unit in info.units} - {None}
    return dimensions == {"events"}


def doers_counted(text: str, info: QuestionInfo, figure: Figure, terms: Iterable[str]) -> float:
    """:data:`DOERS_COUNTED` for a count of things by their own measure word (辆, 家, 座 -- not 个)
    followed at once by a word of the question other than the thing counted (12辆*流动*图书车 for
    "how many trips did the mobile library buses make": the buses), when the question counts
    occasions (:func:`occasions_asked`); else 1."""
    if figure.kind != "count" or figure.dimension != "things" or not figure.unit:
        return 1.0
    if normal_unit(figure.unit) == _ANY_THING or not occasions_asked(info):
        return 1.0
    run = _NOUN_RUN_RE.match(aligner_for(text).normalized, figure.end)
    if run is None or run.group().startswith("的"):
        return 1.0
    noun = run.group().split("的", 1)[0]
    asked = {info.counted, *info.units}
    for term in terms:
        if len(term) < 2 or term in asked:
            continue
        at = noun.find(term)
        if 0 <= at <= _NOUN_GAP:
            return DOERS_COUNTED
    return 1.0
