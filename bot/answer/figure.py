"""Choosing the figure of a passage that answers the question."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from bot.question import AnswerKind, QuestionInfo, unit_matches
from index.figures import Figure, passage_figures
from index.normalize import aligner_for
from index.search import Index

CLAUSE_DECAY = 0.25  # closeness kept per clause break between a word and a figure
LIST_DECAY = 0.6  # ... per enumeration comma (、)
CHAR_SCALE = 12.0  # ... and it halves about every 8 characters
_CLAUSE_BREAK_RE = re.compile(r"[，,；;。！？!?：:﹔]")
_LIST_BREAK = "、"


def choose_figure(
    text: str, matched: Sequence[str], index: Index, info: QuestionInfo
) -> tuple[Figure | None, float]:
    """The figure of ``text`` that answers the question, and how well it fits (0..1)."""
    candidates = [f for f in passage_figures(text) if _kind_fits(info.kind, f)]
    candidates = [f for f in candidates if f.number not in info.numbers]
    if not candidates:
        return None, 0.0
    aligner = aligner_for(text)
    term_spans = [
        (aligner.spans(term), index.informativeness(term) * (3.0 if term == info.counted else 1.0))
        for term in longest_first(matched)
    ]
    total = sum(w for spans, w in term_spans if spans) or 1.0
    best_score = -1.0
    best_figure = candidates[0]
    for figure in candidates:
        closeness = sum(
            w * max(_closeness(text, span, figure) for span in spans)
            for spans, w in term_spans
            if spans
        )
        score = closeness / total * _kind_factor(info, figure)
        if score > best_score:
            best_score, best_figure = score, figure
    # Having a figure of the asked kind at all is most of the fit; closeness decides the rest.
    return best_figure, 0.5 + 0.5 * min(1.0, best_score)


def _kind_fits(kind: AnswerKind | None, figure: Figure) -> bool:
    if kind == "date":
        return figure.kind == "date"
    if kind == "percent":
        return figure.kind == "percent"
    if kind == "count":
        return figure.kind in ("count", "number", "percent")
    return False


def _kind_factor(info: QuestionInfo, figure: Figure) -> float:
    factor = 1.0
    if info.kind == "count":
        factor = {"count": 1.0, "percent": 0.6, "number": 0.4}.get(figure.kind, 0.0)
    if unit_matches(info.unit, figure.unit, info.units):
        factor *= 2.0
    return factor


def _closeness(text: str, span: tuple[int, int], figure: Figure) -> float:
    """How near a matched word stands to a figure: clause breaks between them count as distance."""
    start, end = span
    if end <= figure.start:
        gap = text[end : figure.start]
    elif start >= figure.end:
        gap = text[figure.end : start]
    else:
        return 1.0
    breaks = len(_CLAUSE_BREAK_RE.findall(gap))
    lists = gap.count(_LIST_BREAK)
    return CLAUSE_DECAY**breaks * LIST_DECAY**lists * math.exp(-len(gap) / CHAR_SCALE)


def longest_first(terms: Sequence[str]) -> list[str]:
    """Terms, longest first, without those contained in a longer one (no double counting)."""
    ordered = sorted(set(terms), key=len, reverse=True)
    kept: list[str] = []
    for term in ordered:
        if not any(term in longer for longer in kept):
            kept.append(term)
    return kept

