"""A change written from one figure to another (由113年的74.3%提升至82.6%): what stands between 由
and the figure reached is the starting figure's -- its date (113年) or its owner is not the
reached figure's."""

from __future__ import annotations

import re

from index.figures import Figure, passage_figures
from index.normalize import aligner_for

#: The figure a change starts from, after 由/从 and what it is of (由113年的74.3%) ...
FROM_RE = re.compile(r"(?:由|从)([^，,。；;由从]{0,10})$")
#: ... and the verb of the change and 为/到/至/成 after it, before the figure reached.
TO_RE = re.compile(
    r"[^，,。；;]{0,4}?(?:缩短|增加|提高|降低|下降|减少|增长|扩大|上升|提升|延长|压缩|调整|改善|上调|下调|回升|回落|攀升|"
    r"上涨|下跌|收窄|放宽|降|升|增|减|变|改|涨|跌)了?(?:为|到|至|成)"
)


def change_start(text: str, figure: Figure) -> int | None:
    """Where the change that ``figure`` is the end of begins (the 由 of 由113年的74.3%提升至82.6%,
    for 82.6%), or None when ``figure`` ends no change so written."""
    matching = aligner_for(text).normalized
    before = [f for f in passage_figures(text) if f.end <= figure.start]
    if not before:
        return None
    start = before[-1]
    if TO_RE.fullmatch(matching, start.end, figure.start) is None:
        return None
    reach = max(0, start.start - 12)
    opened = FROM_RE.search(matching[reach : start.start])
    return None if opened is None else reach + opened.start()


def changed_from(text: str, at: int, figure: Figure) -> bool:
    """Whether a change written from one figure to another opens at ``at`` (its 由 or 从) and
    ``figure`` is where it starts or ends (坐席由上年的48个增至64个, at the 由: 48个 and 64个) --
    what stands before the 由 is what both figures measure."""
    matching = aligner_for(text).normalized
    if not matching.startswith(("由", "从"), at) or figure.start <= at:
        return False
    if FROM_RE.fullmatch(matching, at, figure.start):  # 由上年的48个
        return True
    return change_start(text, figure) == at  # ... 增至64个
