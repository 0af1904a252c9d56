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

A longer name in capitals ("the Northern Lights", "the Grand Canal") is the same when CC-CEDICT
glosses the whole of it, a gloss of its own (北极光 "northern lights/aurora borealis", 大运河 "the
Grand Canal, 1800 km from Beijing to Hangzhou ..."): when no document writes any headword glossed
so, its words one by one ("Northern" -> 北朝, "Lights" -> 轻) find something else. A run of
capitalised words opening the question is left alone (its first word is capitalised as an opening).
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
#: Two or more capitalised words in a row, not opening the question: a name ("the Northern Lights").
_CAPITAL_RUN_RE = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+(?: [A-Z][a-z]+)+)(?![A-Za-z'-])")
#: One gloss of an entry: after "/" or an entry's opening, up to the next "/", "," or "(".
_GLOSS_HEAD_RE = re.compile(rb"(?:^[\x01\x02]|/)\s*(?:the )?([A-Za-z][A-Za-z' -]*[A-Za-z])\s*(?=[/,(\n]|$)", re.MULTILINE)
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


@lru_cache(maxsize=1)
def _glossed_phrases() -> Mapping[str, tuple[str, ...]]:
    """A phrase of two or more words, lower case, to the headwords CC-CEDICT glosses as it (a gloss
    of its own, or the part before its first comma: "northern lights": 北极光), once per process."""
    heads: dict[str, list[str]] = defaultdict(list)
    for head, raw in load_dictionary().glosses.items():
        for phrase in _GLOSS_HEAD_RE.findall(raw):
            if b" " in phrase:
                heads[phrase.decode("ascii", errors="replace").lower()].append(head)
    return {phrase: tuple(found) for phrase, found in heads.items()}


def named_phrase_lacking(index: Index, text: str) -> bool:
    """Whether the question names, in two or more capitalised words, a thing CC-CEDICT glosses as
    a whole ("the Northern Lights": 北极光) and no document writes any headword glossed so."""
    runs = _CAPITAL_RUN_RE.findall(text)
    if not runs:
        return False
    glossed = _glossed_phrases()
    for run in runs:
        heads = glossed.get(run.lower().removeprefix("the "))  # ("composed The Four Seasons")
        if heads and not any(index.doc_freq(head) for head in heads):
            return True
    return False
