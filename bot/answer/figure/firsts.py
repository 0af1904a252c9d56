"""When something first happened: of the dates a passage gives, the one it says was the first."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.question import QuestionInfo
from index.figures import Figure
from index.normalize import aligner_for

#: The earliest year a passage gives, when the question asks when something first happened
#: (最早的便利商店可以追溯至哪一年: 1930年, not the 60年代 of Japan's shops).
EARLIEST = 1.5
#: A date whose own sentence says the thing happened for the first time (1957年，…首次發現青岑窯遺址),
#: when the question asks when it first happened (最早是哪年发现的): the text says which time was
#: the first, so its date answers before a date of a sentence that does not (1279年以後…發現過瓷片).
FIRST_SAID = 2.0
_FIRST_WRITTEN_RE = re.compile(r"首次|第一次|首度|最早|最初")
_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")


def first_year(info: QuestionInfo, candidates: Sequence[Figure]) -> float | None:
    """The earliest year among the candidate dates, when the question asks a first time."""
    if not info.first:
        return None
    years = [f.value for f in candidates if f.kind == "date" and "y" in f.parts and f.value is not None]
    return min(years) if len(years) > 1 else None


def first_said(text: str, info: QuestionInfo, figure: Figure) -> float:
    """:data:`FIRST_SAID` for a date whose sentence writes that something happened for the first
    time, when the question asks a first time; else 1."""
    if not info.first or figure.kind != "date":
        return 1.0
    normalized = aligner_for(text).normalized
    starts = [m.end() for m in _SENTENCE_END_RE.finditer(normalized, 0, figure.start)]
    end = _SENTENCE_END_RE.search(normalized, figure.end)
    sentence = normalized[starts[-1] if starts else 0 : end.start() if end else len(normalized)]
    return FIRST_SAID if _FIRST_WRITTEN_RE.search(sentence) else 1.0
