"""What a reader is shown of a passage: the passage and, around it, the sentences of its
paragraph that fit a display budget -- so an answer that runs past a passage's end (or starts
before it) is shown whole, and the words that matched stay in their context."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from corpus.passages import sentences
from index.normalize import normalize
from bot.answer.reading import Reading

if TYPE_CHECKING:
    from bot.answer.evidence import Evidence

#: About how many characters a shown passage may have (a passage is at most ~160).
DISPLAY_CHARS = 320


@dataclass(frozen=True)
class Shown:
    """The text shown for a passage, and the ids of the passages it shows whole."""

    text: str
    whole: frozenset[int]


def shown_text(reading: Reading, passage_id: int, first: int, last: int, budget: int = DISPLAY_CHARS) -> Shown:
    """The passage ``passage_id`` with sentences of its neighbours ``first..last`` added,
    alternately after and before it, while the text stays within ``budget`` characters
    (remembered by ``reading``: a figure question's candidates are shown again in its answer)."""
    key = (passage_id, first, last, budget)
    shown = reading.shown.get(key)
    if shown is None:
        shown = reading.shown[key] = _shown_text(reading, passage_id, first, last, budget)
    return shown


def _shown_text(reading: Reading, passage_id: int, first: int, last: int, budget: int) -> Shown:
    text = reading.text(passage_id)
    before = [s for j in range(first, passage_id) for s in sentences(reading.text(j))]
    after = [s for j in range(passage_id + 1, last + 1) for s in sentences(reading.text(j))]
    took_before = took_after = 0
    grew = True
    while grew:
        grew = False
        if took_after < len(after) and len(text) + len(after[took_after]) <= budget:
            text += after[took_after]
            took_after += 1
            grew = True
        if took_before < len(before) and len(text) + len(before[-1 - took_before]) <= budget:
            text = before[-1 - took_before] + text
            took_before += 1
            grew = True
    whole = {passage_id}
    if before and took_before == len(before):
        whole.update(range(first, passage_id))
    if after and took_after == len(after):
        whole.update(range(passage_id + 1, last + 1))
    return Shown(text, frozenset(whole))


def window_text(reading: Reading, ev: Evidence) -> str:
    """The text a candidate's figure is chosen from: the passage and its window's sentences."""
    return shown_text(reading, ev.id, ev.first, ev.last).text


def window_words_text(reading: Reading, ev: Evidence) -> str:
    """:func:`window_text` normalised as the index reads it (one script, one width): the text a
    step segments into words or matches the question's corpus terms in."""
    return normalize(window_text(reading, ev))
