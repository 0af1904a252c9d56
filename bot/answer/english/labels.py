"""A number that names a thing is no amount: 地铁*1*号线, *2*号楼.

Chinese numbers lines, buildings and the like by a number before 号 (1号线 "Line 1", 3号楼
"Building 3"): the number says which one, not how many or how much. A wholly English question
asking a measured amount (money, a length: "what did installing the metro elevators cost") is
not answered by it -- a passage holding only such a number besides figures of other things gives
no amount asked. (A count may ask the number itself: "what shirt number did he wear", 37号.)
"""

from __future__ import annotations

from bot.question import AMOUNT_DIMENSIONS
from index.figures import Figure

#: What a question may ask that a number naming a thing never gives: an amount of money or a
#: measured size (not a count of things or people, which may ask the number itself).
AMOUNTS = AMOUNT_DIMENSIONS
#: What follows a number that names a thing rather than counts or measures it (1号线, 2号楼).
_NUMBERING = "号號"


def numbering_figure(text: str, figure: Figure | None) -> bool:
    """Whether ``figure`` of ``text`` (the window it was read from) is a bare number that names
    a thing: no unit of its own, written right before 号 (地铁1号线)."""
    if figure is None or figure.unit or figure.kind != "number":
        return False
    return text[figure.end : figure.end + 1] in tuple(_NUMBERING)
