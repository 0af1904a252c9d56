"""A whole place or time an English question names: "*across the province*", "the whole city",
"nationwide" -- which Chinese writes as one word (全省, 全市, 全国).

The translator reads "province" alone (省级, 省市, 省), which a passage about the provincial,
city and county tiers (省市縣三級) matches as well as the one counting the whole province's
cadres (全省4.5萬名縣處級以上領導干部); "across" and "the whole" are grammar words it drops.
CC-CEDICT glosses the whole itself (全省 "the whole province", 全市 "whole city"):
:func:`whole_of` adds that headword to the noun's translations, first, where the question says
the whole of it and the corpus writes the headword.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache

from index.english import EnglishUnit
from index.english.cedict import load_dictionary
from index.english.glosses import gloss_index
from index.search import Index

#: "across the X", "throughout the X", "all over the X", "the whole X", "the entire X", "X-wide"
#: (a closed class of English words saying the whole of a place or a time).
_WHOLE_RE = re.compile(
    r"\b(?:(?:across|throughout|all\s+over)\s+(?:the|this|its|their)\s+|(?:the|its|their)\s+(?:whole|entire)\s+)"
    r"([a-z]+)\b(?!-)|\b([a-z]+)-wide\b",
    re.IGNORECASE,
)
_GLOSS_SPLIT_RE = re.compile(r"[/;\n]")
_CONTROL_RE = re.compile(r"[\x00-\x1f]")
_WHOLE_WORDS = ("whole", "entire")
#: How much the noun's own senses weigh beside the whole of it (城市, 市 for "across the city":
#: a part of it, or any city, is not what the question names).
WHOLE_REST = 0.5


@lru_cache(maxsize=64)
def glossed_whole(noun: str) -> tuple[str, ...]:
    """The headwords CC-CEDICT glosses exactly "(the) whole ``noun``" or "(the) entire ``noun``"
    (全省 for "province", 全市 for "city")."""
    wanted = {f"{article}{whole} {noun}" for whole in _WHOLE_WORDS for article in ("", "the ")}
    glosses = load_dictionary().glosses
    heads = [head for whole in _WHOLE_WORDS for head in gloss_index().phrase_heads([whole, noun])]
    return tuple(dict.fromkeys(
        head for head in heads
        if any(
            piece.strip().lower() in wanted
            for piece in _GLOSS_SPLIT_RE.split(_CONTROL_RE.sub("", glosses.get(head, b"").decode("utf-8", "replace")))
        )
    ))


def whole_of(index: Index, text: str, units: Sequence[EnglishUnit]) -> tuple[EnglishUnit, ...]:
    """``units`` with the noun ``text`` names the whole of ("across the *province*") searched
    first as the headword CC-CEDICT glosses the whole of it with (全省), when the corpus writes
    it, its own senses after it at :data:`WHOLE_REST` of their weight; others as they are."""
    nouns = {(found.group(1) or found.group(2)).lower() for found in _WHOLE_RE.finditer(text)}
    if not nouns:
        return tuple(units)
    out = list(units)
    for n, unit in enumerate(units):
        word = unit.english.lower()
        if word not in nouns or not unit.terms or unit.action:
            continue
        wholes = [head for head in glossed_whole(word) if index.doc_freq(head) > 0]
        if not wholes:
            continue
        top = unit.terms[0][1]
        rest = tuple((term, weight * WHOLE_REST) for term, weight in unit.terms if term not in wholes)
        out[n] = dataclasses.replace(unit, terms=(*((head, top) for head in wholes), *rest))
    return tuple(out)
