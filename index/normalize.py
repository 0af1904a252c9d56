"""Normalising text for matching (never for display): NFKC, Traditional→Simplified, lower case.

Corpus and question go through the same function, so "黨員" in the article meets "党员" in a
question, and full-width "８８２１" meets "8821". :class:`CharAligner` maps a match in the
normalised text back to the original characters, so highlights land on the text as written.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import opencc


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """The matching form of ``text``: NFKC, OpenCC Traditional→Simplified, lower case.

    Remembered for the most recent texts: a question is read by several steps, each wanting its
    matching form (~10 µs of OpenCC and NFKC each time, in the flow of answering)."""
    if not text:
        return ""
    return _converter().convert(unicodedata.normalize("NFKC", text)).lower()


class _CharForms(dict[int, str]):
    """Each character's matching form, by code point, worked out the first time it is seen:
    a table for :meth:`str.translate`."""

    def __missing__(self, code: int) -> str:
        form = normalize(chr(code))
        self[code] = form
        return form


_CHAR_FORMS = _CharForms()


def normalize_char(ch: str) -> str:
    """The matching form of a single character (may be several characters)."""
    return _CHAR_FORMS[ord(ch)]


class CharAligner:
    """The per-character normalised form of a text, with a map back to original offsets.

    Phrase-level conversion can differ from character-level conversion in rare cases; then a
    highlight is simply not found, which is harmless.
    """

    def __init__(self, original: str) -> None:
        self.original = original
        self.normalized = original.translate(_CHAR_FORMS)
        # No character's form is empty, so the same length means one character for one:
        # offsets are the same in both (nearly every text), and no map is kept.
        self._origin: list[int] | None = None
        if len(self.normalized) != len(original):
            origin: list[int] = []
            for index, ch in enumerate(original):
                origin.extend([index] * len(_CHAR_FORMS[ord(ch)]))
            self._origin = origin

    def spans(self, needle: str) -> list[tuple[int, int]]:
        """Original-text spans of every occurrence of normalised ``needle``."""
        found: list[tuple[int, int]] = []
        if not needle:
            return found
        start = self.normalized.find(needle)
        while start != -1:
            end = start + len(needle)
            origin = self._origin
            found.append((start, end) if origin is None else (origin[start], origin[end - 1] + 1))
            start = self.normalized.find(needle, end)
        return found


@lru_cache(maxsize=8192)
def aligner_for(text: str) -> CharAligner:
    """A :class:`CharAligner` for a passage, remembered (it is immutable once built)."""
    return CharAligner(text)
