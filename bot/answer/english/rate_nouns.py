"""A rate named by the word before "rate" ("the venue *opening rate*"): Chinese writes it as that
word's translation with 率 after it (开放率), one noun the segmenter may cut in two (开放 + 率) --
searched so, as written, and as the thing asked, not a verb ("opening")."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from bot.answer.english.glossed import written_before
from index.english import EnglishUnit
from index.search import Index

_RATE = "率"
#: "<word> rate": the word naming what the rate is of ("opening rate", "completion rate").
_RATE_RE = re.compile(r"\b([a-z]+)\s+rates?\b", re.IGNORECASE)


def rate_nouns(
    index: Index, text: str, units: Sequence[EnglishUnit], spelled: Mapping[int, tuple[str, ...]]
) -> tuple[tuple[EnglishUnit, ...], dict[int, tuple[str, ...]]]:
    """``units`` and ``spelled`` (the words found as written, by unit) with each word before
    "rate" read as the rate's noun: its first translation some passage writes right before 率
    (开放 in 开放率由51.3%提高到78.6%) is searched as that noun written whole -- a corpus term
    when the segmenter keeps it whole, else its two pieces matched as written."""
    out = list(units)
    found = dict(spelled)
    for match in _RATE_RE.finditer(text):
        word = match.group(1).lower()
        n = next((k for k, unit in enumerate(out) if unit.english.lower() == word and k not in found), None)
        if n is None:
            continue
        unit = out[n]
        for term, weight in unit.terms:
            noun = term + _RATE
            if index.doc_freq(noun) > 0:
                out[n] = dataclasses.replace(unit, terms=((noun, weight), *unit.terms), action=False, focus=True)
                break
            if written_before(index, term, _RATE):
                out[n] = dataclasses.replace(unit, action=False, focus=True)
                found[n] = (noun, term, _RATE)
                break
    return tuple(out), found
