"""A period spanned by a preposition of extent: "over the year" is not "this year" (今年).

English names the whole of a period with a preposition of extent before it and the definite
article -- "how much was invested *over the year*", "how many requests were handled *during the
year*", "*throughout the season*" -- which Chinese news writes as the period's whole (全年投入资金
1.18亿元), as its span (一年来), or not at all. The translator drops the preposition and the
article, grammar words both, and searches "year" by its senses alone, among them those CC-CEDICT
glosses as one period picked by a determiner: 今年 "this year", 每年 "every year", 同年 "the same
year". Which of them is searched the other words' passages choose (cohesion): 元, written after
every sum of money, shares passages with 今年 as often as with 全年, so that "yuan" read as 元 moved
"over the year" to 今年.

A period spanned so is no particular one of its kind: :func:`spanned_periods` finds such nouns,
and :func:`without_determined` drops the senses of the noun whose first gloss is the noun picked
by a determiner (:data:`DETERMINERS`, a closed class) -- the senses left (年, 年度, 全年) are chosen
as before. The prepositions are the closed class of those of extent in time
(:data:`EXTENT_PREPOSITIONS`). A period followed by a word that relates it to another time
("over the year before", "over the year to March") is a comparison or a span ending elsewhere, and
a possessive ("during the year's maintenance") qualifies another noun: both are left as they are.
(Raising the whole-period senses, 全年 "the whole year", was tried first: the texts write the span
as 一年来 as often, and passages writing 全年 of another figure came first.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from index.english.cedict import load_dictionary
from index.english.glosses import gloss_index, gloss_pieces
from index.english.links import Candidate
from index.english.units import Unit

#: Prepositions of extent in time (a closed grammatical class): "over / during / throughout the
#: year" spans all of it; "in the year" names a time within it, "for the year" a target or a share.
EXTENT_PREPOSITIONS = ("over", "during", "throughout")
#: Words after the period that tie it to another time (a closed class of temporal adverbs and
#: prepositions): "over the year before" compares, "over the year to March" ends elsewhere.
_RELATING = "before|earlier|ago|prior|after|since|to|until|till|ending|ended|of"
_PERIOD_RE = re.compile(
    rf"\b(?:{'|'.join(EXTENT_PREPOSITIONS)})\s+the\s+(?P<noun>[a-z]+)\b(?!['’\-])(?!\s+(?:{_RELATING})\b)",
    re.IGNORECASE,
)
#: Determiners that pick one period of a kind, or each (a closed class): "this year" 今年,
#: "every year" 每年, "the same year" 同年, "last year" 去年, "next year" 明年.
DETERMINERS = ("this", "that", "every", "each", "last", "next", "same", "previous", "coming")
_DETERMINED_RE = re.compile(rf"(?:the\s+)?(?:{'|'.join(DETERMINERS)})\s+(?P<noun>[a-z]+)")


def spanned_periods(text: str) -> frozenset[str]:
    """The nouns of ``text`` (lower case) a preposition of extent spans with the definite article
    ("over the *year*"), not related to another time nor possessive; cheap test first: " the "."""
    if " the " not in text.lower():
        return frozenset()
    return frozenset(found.group("noun").lower() for found in _PERIOD_RE.finditer(text))


@lru_cache(maxsize=64)
def determined(noun: str) -> frozenset[str]:
    """The headwords whose first gloss is ``noun`` (lower case) picked by a determiner of
    :data:`DETERMINERS` (今年 "this year", 每年 "every year", 同年 "the same year" for "year");
    not those whose first sense is another (当年 "in those days")."""
    glosses = load_dictionary().glosses
    found: set[str] = set()
    for head in gloss_index().glossed.get(noun, ()):
        pieces = gloss_pieces(glosses.get(head, b""))
        first = _DETERMINED_RE.fullmatch(pieces[0]) if pieces else None
        if first is not None and first.group("noun") == noun:
            found.add(head)
    return frozenset(found)


def without_determined(
    pools: dict[int, list[Candidate]], spanned: frozenset[str], units: Sequence[Unit], surfaces: Sequence[str],
) -> dict[int, list[Candidate]]:
    """``pools`` (a unit's index -> its candidates, as cohesion ranked them) with the candidates
    of :func:`determined` headwords left out of each one-word unit written as a ``spanned``
    period ("over the year" is searched as 年, 年度, 全年, not 今年 or 每年); a pool they would
    empty is kept. Their passages have already vouched for the other words' senses."""
    if not spanned:
        return pools
    kept = dict(pools)
    for index, pool in pools.items():
        unit = units[index]
        word = surfaces[unit.start].lower()
        if unit.end - unit.start != 1 or word not in spanned or unit.key[0] != word:
            continue  # (a plural, "over the years", is no period spanned whole)
        drop = determined(word)
        rest = [candidate for candidate in pool if candidate.term not in drop]
        if rest and len(rest) < len(pool):
            kept[index] = rest
    return kept
