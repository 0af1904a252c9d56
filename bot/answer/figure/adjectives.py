"""A one-character adjective after a degree adverb is a word of its own: 短 of 射程较短 ("the
*short*-range interceptors": 64枚射程较短的拦截弹, beside 36枚射程较远的) is the adjective the
question's word translates to, not a character inside another word (短期, 缩短), which is what a
one-character word is weighed as (:data:`~bot.answer.figure.SINGLE_CHARACTER`)."""

from __future__ import annotations

from collections.abc import Sequence

#: Degree adverbs written right before an adjective of one character (较短, 更高, 最长, 很少).
DEGREE = frozenset("较較更最很")


def degree_said(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of a one-character word that a degree adverb stands right before (较短)."""
    return [span for span in spans if span[0] > 0 and text[span[0] - 1] in DEGREE]


def whole_adjective(
    text: str, term: str, entry: tuple[list[tuple[int, int]], float, float], own_share: float, single: float
) -> tuple[list[tuple[int, int]], float, float]:
    """A question word's (spans, weight, share), or, for a one-character translation standing for
    its English word (``own_share`` of it or more) where a degree adverb stands right before it
    (射程较短), those spans only, at a whole word's weight (its weight was ``single`` of one)."""
    spans, weight, share = entry
    said = degree_said(text, spans) if len(term) == 1 and share >= own_share else []
    return (said, weight / single, share) if said else entry
