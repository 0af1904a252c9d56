"""Putting first, among the candidates ranked close to the best, the first that shows what the
question asks in a way the best does not (a date its verb follows, a figure per the asked period,
a count of the asked thing): translated words find passages about the things named nearly as well
whether or not they say what is asked."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.reading import Reading

T = TypeVar("T")


def moved_first(items: tuple[T, ...], n: int) -> tuple[T, ...]:
    """``items`` with the ``n``-th put first, the others in their order."""
    return (items[n], *items[:n], *items[n + 1 :])


def close_first(
    candidates: tuple[Candidate, ...], reach: int, margin: float, shows: Callable[[Candidate], bool]
) -> tuple[Candidate, ...]:
    """``candidates`` with the first of the next ``reach - 1`` that ranks within ``margin`` of the
    best's score and ``shows`` it put first; as they are when none does."""
    first = candidates[0].score
    for n, candidate in enumerate(candidates[1:reach], 1):
        if first - candidate.score > margin:
            break
        if shows(candidate):
            return moved_first(candidates, n)
    return candidates


def document_first(
    reading: Reading, candidates: tuple[Candidate, ...], reach: int, share: float, shows: Callable[[Candidate], bool]
) -> tuple[Candidate, ...]:
    """:func:`close_first` among the candidates of the best's document only (the best says which
    document the question is about: another one showing the thing is about another), for those
    ranking at least ``share`` of the best's score; as they are when the best ``shows`` it."""
    if len(candidates) < 2 or shows(candidates[0]):
        return candidates
    document = reading.place(candidates[0].evidence.id)[0]
    return close_first(
        candidates, reach, (1 - share) * candidates[0].score,
        lambda c: reading.place(c.evidence.id)[0] == document and shows(c),
    )

