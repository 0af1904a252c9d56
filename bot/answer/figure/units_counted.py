"""An English question asking an amount per one of something ("how many passengers can *a single*
train hold", "each of the ferry boats", "per mu"): a figure counting those things themselves is
how many there are, not what one holds.

A text giving an amount per unit names the unit after 每 (每列车额定载客1468人, 每艘…限载22人); a
count in the same sentence whose own measure word is that unit (首批配属列车26列, 渡船4艘) says how
many of them there are -- and it often stands nearer the question's words (列车, 渡船) than the
amount per one does.
"""

from __future__ import annotations

from bot.answer.sentences import sentence_of
from bot.question import QuestionInfo
from index.figures import Figure
from index.normalize import aligner_for

#: How a count of the very units an English question asks an amount per fits (as a bound of
#: another time or a sum of years does: it is no amount of the kind asked).
UNITS_COUNTED = 0.3


def units_counted(text: str, info: QuestionInfo, figure: Figure) -> float:
    """:data:`UNITS_COUNTED` for a count or bare number of an English count question asking per one
    (:attr:`QuestionInfo.per`) whose measure word (its unit, or the character right after a bare
    number: 26列) the figure's sentence also writes after 每 (每列车); else 1."""
    if not info.english or not info.per or info.kind != "count" or figure.kind not in ("count", "number"):
        return 1.0
    norm = aligner_for(text).normalized
    measure = figure.unit or norm[figure.end : figure.end + 1]
    if not measure or not all("\u4e00" <= ch <= "\u9fff" for ch in measure):
        return 1.0
    return UNITS_COUNTED if "每" + measure in sentence_of(norm, figure.start, figure.end) else 1.0
