"""A unique thing an English question names with its article that no document writes.

English writes a thing there is only one of with "the" and a capital: "the Earth", "the Moon",
"the Sun". CC-CEDICT glosses such a thing with its article too (地球 "the earth", 月亮 "the
moon", 太阳 "the sun"), unlike a mere common noun (土 "earth", 月 "month; moon"). When no
document writes any headword glossed so, the word's other translations -- one character each, 地
in 地面 "ground", 月 in 6月 "June" -- find passages about something else: the question is about
a thing the documents lack, and nothing is shown.

Only a capitalised word right after "the", followed by neither another capitalised word nor a
number (those make a longer name: "the Earth Summit", "the Terminal 2"): an institution named by
one capitalised noun ("the Party", "the Academy") has no gloss written with "the" and is left
alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache

from index.english.cedict import load_dictionary
from index.search import Index

#: "the Earth", "the Moon's": a capitalised word after "the", not opening a longer name.
_THE_CAPITAL_RE = re.compile(r"(?<![A-Za-z'-])[Tt]he ([A-Z][a-z]+)(?:'s)?(?![A-Za-z'-])(?!\s+[A-Z0-9])")
#: A whole gloss "/the earth/" or "/the moon (esp. in Daoism)/": one word with its article.
_THE_GLOSS_RE = re.compile(rb"(?:^[\x01\x02]|/)\s*the ([a-z]+)\s*(?:\([^()\n/]*\))?\s*(?=/|\n|$)", re.MULTILINE)


@lru_cache(maxsize=1)
def _glossed_with_article() -> Mapping[str, tuple[str, ...]]:
    """A word to the headwords CC-CEDICT glosses as "the <word>" (earth: 地球, 人间), once per process."""
    heads: dict[str, list[str]] = defaultdict(list)
    for head, raw in load_dictionary().glosses.items():
        if b"/the " not in raw and b"\x01the " not in raw and b"\x02the " not in raw:
            continue
        for word in _THE_GLOSS_RE.findall(raw):
            heads[word.decode("ascii")].append(head)
    return {word: tuple(found) for word, found in heads.items()}


def unique_thing_lacking(index: Index, text: str) -> bool:
    """Whether the question names "the <Word>", a unique thing the dictionary glosses with its
    article ("the Earth": 地球), and no document writes any headword glossed so."""
    matches = _THE_CAPITAL_RE.findall(text)
    if not matches:
        return False
    glossed = _glossed_with_article()
    for word in matches:
        heads = glossed.get(word.lower())
        if heads and not any(index.doc_freq(head) for head in heads):
            return True
    return False
