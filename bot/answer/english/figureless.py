"""A share asked in English, and a best passage that gives no figure at all.

A question asking "what percentage" or "what proportion" of something is translated to the
words of the thing (候车室, 月台; 充电, 泊位) and to 百分比 or 比例, which a text seldom writes
beside its share (80%的候車室位於月台上空). A paragraph telling of the thing at more length, with
no share in it, may then rank just above the one that gives the share -- and the best then
shows a passage with nothing that answers. :func:`share_first` puts first, among the candidates
of the best's document close to it, one whose figure is a share, when the best holds no figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.first.close import document_first
from bot.answer.reading import Reading

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: How many candidates are read, and what share of the best's score one must reach.
SHARE_REACH = 4
SHARE_SHARE = 0.8


def share_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a wholly English question asking a share with the first of the best's
    document whose figure is a share put first, when the best's passage has no figure; others as
    they are."""
    if query.info.kind != "percent" or len(candidates) < 2 or candidates[0].figure is not None:
        return candidates
    if not wholly_english(query.question):
        return candidates
    return document_first(reading, candidates, SHARE_REACH, SHARE_SHARE, _shared)


def _shared(candidate: Candidate) -> bool:
    """Whether ``candidate``'s figure is a share (80%, 17.5%)."""
    return candidate.figure is not None and candidate.figure.kind == "percent"
