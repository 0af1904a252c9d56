"""A count an English question asks of a thing as it was made, and a passage telling of its
remaking.

Two paragraphs of one history often count the same kind of thing: the silver raised to found a
mill (集資約1800兩，購地建坊) and the silver spent to rebuild it after a fire (同治三年重建，耗銀約
2900兩). Translated words find both alike, and the later one, holding more of them, may rank
first. A question that names no redoing ("how many taels did the founder raise to set up the
mill") asks of the making: :func:`made_first` puts first, among candidates of the same document
about as good, one whose figure's sentence tells of no rebuilding, when the best one's does (重建,
重修, 改建, 扩建 -- 重/复/改/翻/扩 "again, over, wider" before a verb of building).
A question that names one ("rebuilt", "restoration", "expanded", "later") is left as it is."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.first.close import close_first
from bot.answer.english.basics import wholly_english
from bot.answer.english.rates import candidate_text
from bot.answer.reading import Reading
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: How a text says a thing was built again (on normalised text): 重/复/改/翻/扩/再 before a verb of
#: building -- not a mending (修缮, 修复: the upkeep a school's land pays for, a hall's state after
#: it, are not a remaking of what the question counts).
_REMADE_WRITTEN = re.compile(r"[重复改翻扩再](?:建|修|铸)")
#: An English question naming a redoing, or a later time than the making.
_REMADE_ASKED = re.compile(
    r"\b(?:re(?:build|built|construct|stor|pair|novat|furbish|cast|model|open|do)\w*|expan\w*|enlarg\w*"
    r"|extend\w*|extension|overhaul\w*|upgrad\w*|later|after|again|second|now|today"
    r"|peak|height|heyday|most|maximum)\b",  # (at its peak: a later time than the making)
    re.IGNORECASE,
)
#: (the same, as other modules read them: :mod:`~bot.answer.english.founded`)
REMADE_WRITTEN, REMADE_ASKED = _REMADE_WRITTEN, _REMADE_ASKED
#: Where a figure's sentence ends.
_SENTENCE_END_RE = re.compile(r"[。；;！？!?]")
#: How far below the first a candidate not telling of a remaking may rank and still come first
#: (rank-score units), how many are read, and how well its figure must fit.
MADE_MARGIN = 3.0
MADE_REACH = 4
MADE_FIT = 0.3


def made_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a wholly English count question naming no redoing with the first of the
    best's document whose figure's sentence tells of no rebuilding put first, when the best
    one's does and it ranks within :data:`MADE_MARGIN`; others as they are."""
    if query.info.kind != "count" or len(candidates) < 2 or not wholly_english(query.question):
        return candidates
    if _REMADE_ASKED.search(query.question) or not _remade(reading, candidates[0]):
        return candidates
    if any(_REMADE_WRITTEN.search(t.term) for t in query.translations):  # asked in its translation
        return candidates
    document = reading.place(candidates[0].evidence.id)[0]
    return close_first(candidates, MADE_REACH, MADE_MARGIN, lambda c: (
        c.features.fit >= MADE_FIT and reading.place(c.evidence.id)[0] == document and not _remade(reading, c)
    ))


def _remade(reading: Reading, candidate: Candidate) -> bool:
    """Whether ``candidate``'s figure's sentence tells of a rebuilding or mending."""
    figure = candidate.figure
    if figure is None:
        return False
    text = candidate_text(reading, candidate)
    starts = [m.end() for m in _SENTENCE_END_RE.finditer(text, 0, figure.start)]
    stop = _SENTENCE_END_RE.search(text, figure.end)
    sentence = normalize(text[starts[-1] if starts else 0 : stop.start() if stop else len(text)])
    return _REMADE_WRITTEN.search(sentence) is not None
