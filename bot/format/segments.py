"""A passage cut into highlight pieces (plain, figure, answer, term), and its citation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.answer import PassageResult

SegmentKind = Literal["plain", "figure", "answer", "term"]


@dataclass(frozen=True)
class Segment:
    kind: SegmentKind
    text: str


def segments(result: PassageResult, answer_text: str | None = None, terms: bool = True) -> list[Segment]:
    """The passage text cut into highlight pieces; figures win over overlapping term spans."""
    text = result.text
    marks: list[SegmentKind] = ["plain"] * len(text)
    if terms:
        for start, end in result.term_spans:
            for i in range(max(0, start), min(len(text), end)):
                marks[i] = "term"
    answered = False
    for figure in result.figures:
        kind: SegmentKind = "figure"
        if not answered and answer_text is not None and figure.text == answer_text:
            kind = "answer"
            answered = True
        for i in range(figure.start, min(len(text), figure.end)):
            marks[i] = kind
    out: list[Segment] = []
    for i, ch in enumerate(text):
        if out and out[-1].kind == marks[i]:
            out[-1] = Segment(marks[i], out[-1].text + ch)
        else:
            out.append(Segment(marks[i], ch))
    return out


def citation(result: PassageResult) -> str:
    """Where a passage comes from, the one format every output uses: ``《title》 · section · ¶23``."""
    p = result.passage
    parts = [f"《{p.title}》"]
    if p.section:
        parts.append(p.section)
    parts.append(f"¶{p.paragraph}")
    return " · ".join(parts)
