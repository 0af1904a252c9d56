"""Where a passage's sentences end (。！？；, a line break), and the sentence holding a place in it:
the span most figure rules read ("the figure's sentence, before it")."""

from __future__ import annotations

import re

#: The end of a sentence.
SENTENCE_END_RE = re.compile(r"[。！？!?；;\n]")


def sentence_start(text: str, at: int, ends: re.Pattern[str] = SENTENCE_END_RE) -> int:
    """Where the sentence of ``text`` holding position ``at`` starts (the piece, by ``ends``)."""
    start = 0
    for found in ends.finditer(text, 0, at):
        start = found.end()
    return start


def sentence_of(text: str, start: int, end: int, ends: re.Pattern[str] = SENTENCE_END_RE) -> str:
    """The sentence of ``text`` holding the span ``start..end`` (or its piece, by ``ends``)."""
    stop = ends.search(text, end)
    return text[sentence_start(text, start, ends) : stop.start() if stop else len(text)]
