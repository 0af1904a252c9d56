"""A thing an English question names by its kind in apposition -- "the sport of *curling*" -- that
no document writes.

English names a member of a kind after the kind and "of": "the sport of curling", "the art of
calligraphy". Where CC-CEDICT agrees -- it glosses the member's headword with that kind in
parentheses (冰壶 "curling (sport)") -- the word is that thing, not a verb's form ("curling" read as
"to curl") nor a loose sense. When no document writes any headword glossed with the word, the
question is about a thing the documents lack, and what its other words find ("sport" -> 体育 of a
games passage, "begin" -> 开始) is about something else: nothing is shown.

Tests: the apposition (the article, a lower-case noun, "of", a lower-case word); CC-CEDICT's
one-word glosses (``gloss_index().glossed``) and the raw entry for the kind in parentheses; the
corpus's document frequencies. No list.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from index.english import EnglishUnit
from index.english.cedict import load_dictionary
from index.english.glosses import gloss_index
from index.search import Index

#: "the *sport* of *curling*": a kind, "of", a member (lower case: a name in capitals is a name's matter).
_APPOSED_RE = re.compile(r"\bthe ([a-z]+) of ([a-z]+(?:-[a-z]+)*)\b")


def apposed_member_lacking(index: Index, text: str, units: Sequence[EnglishUnit], found: Container[int]) -> bool:
    """Whether ``text`` names "the <kind> of <word>" where ``word`` is a unit with no corpus term
    (not a name, not found as written: ``found``), CC-CEDICT glosses a headword as "<word>
    (<kind> ...)", and no document writes any headword glossed with ``word``."""
    matches = _APPOSED_RE.findall(text)
    if not matches:
        return False
    glossed, raw = gloss_index().glossed, load_dictionary().glosses
    for kind, word in matches:
        unit = next((n for n, u in enumerate(units) if u.english.lower() == word), None)
        if unit is None or unit in found or units[unit].terms or units[unit].name:
            continue
        heads = glossed.get(word, ())
        member = re.compile(rb"(?:^|/|[\x01\x02])\s*" + re.escape(word.encode()) + rb"\s*\(" + re.escape(kind.encode()))
        if (
            any(member.search(raw.get(head, b"")) for head in heads)
            and not any(index.doc_freq(head) for head in heads)
        ):
            return True
    return False
