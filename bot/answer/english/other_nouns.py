"""The nouns an English count question names besides what it counts.

English writes what a count counts right after "how many" (or "the number of"), as one noun
phrase that runs until the clause's verb or a preposition: "how many *meal points* for elderly
villagers has the county set up", "how many *pieces of fitness equipment* have been installed in
the pocket parks". The other nouns name where, for whom or by whom ("villagers", "parks"). Chinese
text counts those too, in the same passage (在9个乡镇的128个行政村建成助餐点143个): a figure whose
measure word counts one of them (9个乡镇) counts another thing the question names
(:mod:`bot.answer.figure.other_counted`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.english import EnglishUnit
from index.normalize import normalize

#: A one-character translation stands inside too many words to say what a figure counts.
SHORTEST = 2
#: What opens the counted noun phrase.
_OPENING_RE = re.compile(r"\b(?:how many|(?:what|the) number of)\s+")
#: What ends it: the clause's auxiliary or verb "to be", a preposition other than "of" (which goes on
#: within it: "pieces *of* equipment"), a relative or demonstrative word, or a mark -- closed
#: grammatical classes of English.
_PHRASE_END_RE = re.compile(
    r"\b(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could|should|may|might|must|be|been|being"
    r"|in|at|on|for|by|from|to|with|within|across|into|under|over|during|since|after|before|per|through|among"
    r"|around|about|near|inside|outside|that|which|who|whom|whose|where|when|than|this|these|those|there)\b"
    r"|[;:?!()]"
)


def counted_span(text: str) -> tuple[int, int] | None:
    """Where the lowercased ``text`` writes the noun phrase its count counts (None: no "how many"
    followed by one)."""
    opening = _OPENING_RE.search(text)
    if opening is None:
        return None
    end = _PHRASE_END_RE.search(text, opening.end())
    stop = end.start() if end is not None else len(text)
    return (opening.end(), stop) if text[opening.end() : stop].strip() else None


def counted_nouns(units: Sequence[EnglishUnit], text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The translations of the nouns of ``units`` that ``text`` (the question) writes in the noun
    phrase it counts (:func:`counted_span`), and of those it writes after it -- not of a verb (what
    is done may be what is counted: "how many times did they *visit*") nor an adverb in -ly
    ("safely": 安全), nor any a word of the phrase translates to, nor one of one character (it
    stands inside too many words). Both empty without such a phrase."""
    lowered = text.lower().replace("-", " ")
    span = counted_span(lowered)
    if span is None:
        return frozenset(), frozenset()
    inside, after, cursor = [], [], 0
    for unit in units:
        found = re.search(rf"\b{re.escape(unit.english.lower().replace('-', ' '))}\b", lowered[cursor:])
        if found is None:
            continue
        start = cursor + found.start()
        cursor = start + len(found.group())
        if span[0] <= start < span[1]:
            inside.append(unit)
        elif start >= span[1] and not unit.action and not unit.english.endswith("ly"):
            after.append(unit)
    counted = frozenset(normalize(term) for unit in inside for term, _ in unit.terms)  # (县 of 68个县 too)
    others = frozenset(
        written for unit in after for term, _ in unit.terms
        if len(written := normalize(term)) >= SHORTEST and written not in counted
    )
    return (counted, others) if counted else (frozenset(), frozenset())
