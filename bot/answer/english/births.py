"""An English question asking when someone was born, answered by the life span after the name.

Biographies open with the person's name and life span in brackets -- 韦思衡（1928年3月14日—
2016年11月2日） -- and may never write 出生 beside the date; "born" is translated through "bear"
(负担 "to bear"), and the passage that names him with 出生 (韦思衡出生于厦门) gives no date. A
wholly English question asking a birth ("born", "birth") is answered by the first date of a life
span written right after one of the names it searches, among the candidate passages.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from bot.answer.figure.lives import life_dated
from index.figures import Figure, find_figures
from index.normalize import normalize

T = TypeVar("T")
_BIRTH_RE = re.compile(r"\b(?:born|birth|birthday)\b", re.IGNORECASE)
_OPENING = "("  # a bracket after the name, as normalised text writes it (（ -> ()


def asks_birth(question: str) -> bool:
    """Whether an English question asks about a birth ("When was he *born*")."""
    return _BIRTH_RE.search(question) is not None


def life_span_start(text: str, names: Iterable[str]) -> Figure | None:
    """The first date of a life span ``text`` writes in brackets right after one of ``names``
    (韦思衡（1928年3月14日—2016年11月2日）: 1928年3月14日), or None."""
    norm = normalize(text)
    spans = [f for f in find_figures(text) if f.kind == "date" and f.split]
    for name in names:
        for found in re.finditer(re.escape(name) + re.escape(_OPENING), norm):
            after = norm[found.end() :]
            for figure in spans:
                if after.startswith(normalize(figure.text)):
                    return figure.lower()
    return None


def born_at(candidates: Sequence[T], text_of: Callable[[T], str], names: Sequence[str]) -> tuple[int, Figure] | None:
    """Which of ``candidates`` (``text_of`` gives its text) writes a life span after one of
    ``names``, the first that does, and the span's first date; None when none does."""
    for n, candidate in enumerate(candidates):
        figure = life_span_start(text_of(candidate), names)
        if figure is not None:
            return n, figure
    return None


#: The English words asking about either end of a life ("born", "die", "death").
LIFE_ENDS = r"born|birth|birthday|die|died|dies|death|pass(?:ed)? away"
_LIFE_RE = re.compile(rf"\b(?:{LIFE_ENDS})\b", re.IGNORECASE)
#: A living person's life span, open after the birth: "（Tiago Monteiro，1976年7月24日－）".
_LIVING_SPAN_RE = re.compile(r"\s*[—－–~～-]\s*[)）]")


def life_undated(question: str, kind: str | None, text: str, figure: Figure) -> bool:
    """Whether a wholly English date ``question`` asks when someone was born or died and the
    ``figure`` chosen from ``text`` is no birth's or death's -- its sentence writes neither
    (:func:`~bot.answer.figure.lives.life_dated`, as :func:`bot.answer.events.life_not_dated`
    asks of a Chinese question): 1969年5月 when 罗保铭 began working, 1917年 when 陳誠 graduated."""
    return (
        kind == "date" and _LIFE_RE.search(question) is not None
        and not life_dated(text, figure) and _LIVING_SPAN_RE.match(text, figure.end) is None
    )
