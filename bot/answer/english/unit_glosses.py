"""English names of units of measure that CC-CEDICT glosses otherwise than by one word.

:func:`~bot.answer.english.figures.named_measure` reads a unit the question names ("tonnes",
"in *metres*") from the dictionary's one-word glosses (吨 "ton"). Two kinds of unit escape it:

- a unit named in two or three words: 平方米 is glossed "square meter", 立方米 "cubic meter" -- a
  phrase gloss (:func:`index.english.glosses.glossed_as`), so "how large ..., in *square metres*"
  read the unit as an unknown thing, and vetoed the question as naming something the documents
  lack;
- a unit named by the label opening an explanation: 两 "tael, unit of weight equal to 50 grams",
  里 "li, ancient measure of length", 坪 "ping, unit of area" -- the label is the unit's English
  name, which no one-word gloss gives (so "how many *taels* were raised" was vetoed too, though
  the texts write 筹银约2300两).

Both are the dictionary's own wording of its measure entries (the label pattern "X, [...] unit /
measure of"), not a list of units.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.english.cedict import load_dictionary
from index.english.glosses import gloss_index, glossed_as
from index.english.lemmas import lemmatize

#: A gloss segment opening with a one-word label and explaining it as a unit or a measure ("tael,
#: unit of weight ...", "li, ancient measure of length", "farad, SI unit of ...").
_LABELLED_UNIT_RE = re.compile(r"(?:^|[/\n\x01\x02])\s*([a-z]+), (?:[a-z.]+ ){0,2}(?:unit|measure) of\b")

#: The most words of a unit named by a phrase gloss ("square meter", "cubic meter").
_PHRASE_WORDS = 3


@lru_cache(maxsize=1)
def labelled_units() -> dict[str, tuple[str, ...]]:
    """Each unit's label and the headwords whose gloss explains it ("tael" -> 两), from one pass
    over the dictionary (once per process)."""
    found: dict[str, dict[str, None]] = {}
    for head, raw in load_dictionary().glosses.items():
        if b" of" not in raw:
            continue
        for match in _LABELLED_UNIT_RE.finditer(raw.decode("utf-8", "replace")):
            found.setdefault(match.group(1), {})[head] = None
    return {label: tuple(heads) for label, heads in found.items()}


@lru_cache(maxsize=4096)
def unit_headwords(english: str) -> tuple[str, ...]:
    """The headwords CC-CEDICT names by the English unit ``english`` in a phrase gloss ("square
    metres": 平方米) or by the label of a unit's explanation ("taels": 两)."""
    words = english.lower().split()
    if not words or not all(word.isascii() and word.isalpha() for word in words):
        return ()
    glossed = gloss_index().glossed
    if len(words) > 1:
        if len(words) > _PHRASE_WORDS:
            return ()
        return tuple(dict.fromkeys(head for head, _ in glossed_as(tuple(lemmatize(w, glossed) for w in words))))
    labels = labelled_units()
    word = words[0]
    return labels.get(word) or labels.get(lemmatize(word, glossed), ())
