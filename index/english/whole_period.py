"""A period spanned by a preposition of time: "over the year" is the whole year (全年).

English names the whole of a period with a preposition of extent before it -- "how much was
invested *over the year*", "how many requests were handled *during the year*", "*throughout
the season*" -- where Chinese news writes the period's whole (全年投入资金1.18亿元, 全年共受理
群众报修2147件). The translator drops the preposition and the article, a grammar word each, and
searches "year" by its senses alone (年, 年度, 全年, and 今年 when another word's passages write
it: 元, written after every sum of money, shares a passage with 今年 as often as with 全年).

:func:`whole_periods` reads such a period as its whole: "over the year" as "over the whole
year", which CC-CEDICT glosses (全年 "the whole year"; 全天 "whole day"; 终年 "entire year";
"throughout the year"). The prepositions are the closed class of those of extent in time
(:data:`EXTENT_PREPOSITIONS`); the noun is read so only when a headword the documents write is
glossed exactly as its whole (:func:`whole_of`), which also keeps plurals ("over the years":
历年, many years) and words naming no period out. A period followed by a word that relates it
to another time ("over the year before", "over the year to March") is a comparison or a span
ending elsewhere, not a whole, and a possessive ("during the year's maintenance") qualifies
another noun: both are left as written.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from index.english.cedict import load_dictionary
from index.english.glosses import gloss_pieces, glossed_as

#: Prepositions of extent in time (a closed grammatical class): "over / during / throughout the
#: year" spans all of it; "in the year" names a time within it, "for the year" a target or a share.
EXTENT_PREPOSITIONS = ("over", "during", "throughout")
#: Words after the period that tie it to another time (a closed class of temporal adverbs and
#: prepositions): "over the year before" compares, "over the year to March" ends elsewhere.
_RELATING = "before|earlier|ago|prior|after|since|to|until|till|ending|ended|of"
_PERIOD_RE = re.compile(
    rf"\b(?P<lead>(?:{'|'.join(EXTENT_PREPOSITIONS)})\s+the\s+)(?P<noun>[a-z]+)\b(?!['’\-])(?!\s+(?:{_RELATING})\b)",
    re.IGNORECASE,
)
#: How CC-CEDICT writes a period's whole in a gloss ({} the period): 全年 "the whole year",
#: 全天 "whole day", 终年 "entire year" / "throughout the year".
WHOLE_FORMS = ("the whole {}", "whole {}", "the entire {}", "entire {}", "throughout the {}", "all {} long")


@lru_cache(maxsize=64)
def whole_of(noun: str) -> tuple[str, ...]:
    """The headwords CC-CEDICT glosses first exactly as the whole of ``noun`` (lower case), by one
    of :data:`WHOLE_FORMS` (全年, 终年 for "year"; not 成年 "adult; grown-up; whole year", whose
    first sense is another); () for a word naming no period so."""
    wanted = {form.format(noun) for form in WHOLE_FORMS}
    glosses = load_dictionary().glosses
    return tuple(dict.fromkeys(
        head for key in (("whole", noun), ("entire", noun), ("throughout", noun)) for head, _sense in glossed_as(key)
        if gloss_pieces(glosses.get(head, b""))[:1] and gloss_pieces(glosses.get(head, b""))[0] in wanted
    ))


def spanned_periods(text: str, written: Container[str]) -> frozenset[str]:
    """The period nouns of ``text`` (lower case) a preposition of extent spans ("over the *year*")
    whose whole a headword ``written`` (a corpus term) is glossed as; cheap test first: " the "."""
    if " the " not in text.lower():
        return frozenset()
    nouns = {found.group("noun").lower() for found in _PERIOD_RE.finditer(text)}
    return frozenset(noun for noun in nouns if any(head in written for head in whole_of(noun)))


def with_whole(heads: tuple[tuple[str, float], ...], noun: str) -> tuple[tuple[str, float], ...]:
    """A spanned period's headwords (``heads``, with specificities, best first) with those glossed
    as its whole raised to the best one's specificity: "over the year" is as surely 全年 as 年;
    the others kept (a text may write the year's span as 一年来, or not at all)."""
    if not heads:
        return heads
    top = heads[0][1]
    whole = set(whole_of(noun))
    raised = dict(heads)
    for head in whole:
        raised[head] = max(raised.get(head, 0.0), top)
    return tuple(sorted(raised.items(), key=lambda item: (-item[1], item[0])))
