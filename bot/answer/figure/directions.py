"""Another direction's figure: "the internal length of the east chamber" is not answered by
北窖…內長12.3米 when the text writes 東窖 too -- the parts a text sets apart by their compass
direction (東窖, 西窖, 北窖; 东门, 南门) are other things, as 第一批 and 第二批 are."""

from __future__ import annotations

from collections.abc import Iterable

from bot.question import QuestionInfo
from index.figures import Figure
from index.normalize import aligner_for

#: How a figure said of another direction's part fits (as :data:`fitness.CONTRAST`).
OTHER_DIRECTION = 0.5
#: The compass directions, as texts write them before a part's noun (東窖, 北门).
DIRECTIONS = frozenset("东西南北")
#: What ends the stretch before a figure that names what it is of: a sentence, or a part of one
#: (東窖內長18.6米，寬7.2米；…北窖較小，內長12.3米).
_PART_ENDS = "。；;！？!?"


def other_direction(text: str, info: QuestionInfo, figure: Figure, terms: Iterable[str]) -> float:
    """:data:`OTHER_DIRECTION` when a wholly English question names a direction (``terms``
    holding 东 for "east") and the figure's part of its sentence, before it, names another
    direction's part the text also names by the asked one (北窖 where 东窖 is written) and not the
    asked one's; else 1."""
    asked = {term for term in terms if term in DIRECTIONS}
    if not info.english or not asked:
        return 1.0
    normalized = aligner_for(text).normalized
    head = max(normalized.rfind(mark, 0, figure.start) for mark in _PART_ENDS) + 1
    before = normalized[head : figure.start]
    if any(ch in asked for ch in before[:-1]):
        return 1.0  # 東窖內長18.6米，寬7.2米: the asked part's own
    for k, ch in enumerate(before[:-1]):
        noun = before[k + 1]
        if ch not in DIRECTIONS or ch in asked or noun in DIRECTIONS or (k > 0 and before[k - 1] in DIRECTIONS):
            continue  # 东南, 东西: no part's name
        if "\u4e00" <= noun <= "\u9fff" and any(d + noun in normalized for d in asked):
            return OTHER_DIRECTION
    return 1.0

