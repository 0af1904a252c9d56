"""A figure after 其余 is the remainder of a whole once the parts named before it are taken
(中央财政…补助资金9亿元，省级配套资金2.6亿元，…，其余12.5亿元通过…社会资本合作…筹集): it is named by
no word of its own, only by what the sentence says of it after the figure -- so an English question
naming a part (its giver, its kind) that happens to stand near is not answered by it, unless it asks
the rest itself (its translations then hold 余: 其余, 剩余)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.question import QuestionInfo
from index.figures import Figure
from index.normalize import aligner_for

#: How a remainder fits a question that does not ask the rest (a part named before it outweighs it).
REMAINDER = 0.5
#: The remainder's words right before its figure (其余12.5亿元, 剩余部分约3亿元, 余下的40人).
_REST_RE = re.compile(r"(?:其余|其馀|剩余|余下|剩下)(?:的|部分|资金|约|为|共)?$")
_REACH = 8


def remainder(text: str, info: QuestionInfo, figure: Figure, terms: Sequence[str]) -> float:
    """:data:`REMAINDER` for a figure right after 其余 (:data:`_REST_RE`) when an English question
    asks no rest (none of its ``terms`` holds 余 or 剩), else 1."""
    if not info.english or figure.kind == "date" or any("余" in t or "剩" in t for t in terms):
        return 1.0
    matching = aligner_for(text).normalized
    return REMAINDER if _REST_RE.search(matching[max(0, figure.start - _REACH) : figure.start]) else 1.0
