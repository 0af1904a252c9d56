"""A most asked, a most written: "What was the maximum amount of ice the chambers could hold?"
is answered by the figure the text writes as a most (三窖合計最多可藏冰約1500噸), not by the one
it stores in an ordinary year (常年藏冰約900噸)."""

from __future__ import annotations

import re

from bot.question import QuestionInfo
from index.figures import Figure
from index.normalize import aligner_for

#: How much more a figure written as a most fits a wholly English question asking one.
MOST_WRITTEN = 2.0
#: English words asking an amount's most ("the maximum amount", "at most", "at its peak capacity").
_MOST_ASKED_RE = re.compile(r"\b(?:maximum|at most|at the most)\b", re.IGNORECASE)
#: A most written before a figure in its clause, with at most a few characters between
#: (最多可藏冰約1500噸, 最高可达40米, 上限为500人).
_MOST_BEFORE_RE = re.compile(r"(?:最多|最高|最大|至多|上限)[^，,。；;：:！？!?\d]{0,6}$")


def most_asked(english: str) -> bool:
    """Whether a wholly English question asks an amount's most ("the maximum amount")."""
    return _MOST_ASKED_RE.search(english) is not None


def most_written(text: str, info: QuestionInfo, figure: Figure) -> float:
    """:data:`MOST_WRITTEN` for a count or a share written as a most (最多…1500噸) when a wholly
    English question asks one (:attr:`QuestionInfo.most`); else 1."""
    if not (info.english and info.most) or figure.kind not in ("count", "percent", "number"):
        return 1.0
    before = aligner_for(text).normalized[max(0, figure.start - 10) : figure.start]
    return MOST_WRITTEN if _MOST_BEFORE_RE.search(before) else 1.0
