"""A time before an event that the question writes (工程启动前全市有几个直饮水点: 启动前), written in a
figure's clause before it (而工程启动前全市只有786个): the figure of that time -- not the one of the
year since in the sentence before (一年来全市新建直饮水点1374个), which holds more of the question's
other words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.question import QuestionInfo
from index.figures import Figure
from index.normalize import aligner_for, normalize

#: How a figure whose clause writes, before it, the time before an event the question asks of fits
#: (and, inversely, every other figure of a text where one does).
BEFORE_WRITTEN = 2.0
_BEFORE = "前"
_CLAUSE_BREAK_RE = re.compile(r"[，,。；;：:！？!?\n]")


def events_before(terms: Sequence[str]) -> list[str]:
    """The question's words of two characters or more right before its word 前 (启动 of 启动前) --
    the event whose time before is asked; not 目前, 之前, 以前, which the segmenter keeps whole."""
    normalized = [normalize(term) for term in terms]
    return [word for word, after in zip(normalized, normalized[1:]) if after == _BEFORE and len(word) >= 2]


def before_factors(text: str, info: QuestionInfo, candidates: Sequence[Figure], events: Sequence[str]) -> dict[int, float]:
    """By a candidate's start, how it fits: :data:`BEFORE_WRITTEN` for an amount whose clause
    writes, before it, one of the question's ``events`` followed by 前 or 之前 (工程启动前全市只有786个,
    由工程启动前的37个), and its inverse for every other candidate of the text when one does (一年来
    全市新建直饮水点1374个: of another time). Nothing for an English question: its words are
    translations, not what the reader wrote."""
    if not events or info.english:
        return {}
    normalized = aligner_for(text).normalized
    marked = [f.start for f in candidates if f.kind in ("count", "number", "percent") and _written_before(normalized, f, events)]
    if not marked:
        return {}
    return {f.start: BEFORE_WRITTEN if f.start in marked else 1.0 / BEFORE_WRITTEN for f in candidates}


def _written_before(normalized: str, figure: Figure, events: Sequence[str]) -> bool:
    starts = [m.end() for m in _CLAUSE_BREAK_RE.finditer(normalized, 0, figure.start)]
    clause = normalized[starts[-1] if starts else 0 : figure.start]
    return any(f"{event}{_BEFORE}" in clause or f"{event}之{_BEFORE}" in clause for event in events)
