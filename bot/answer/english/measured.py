"""A length asked "how long/tall/wide/deep" is written as the thing measured + the adjective's
character: 东西长31.6米 ("how long ... from east to west"), 塔高23.6米 ("how tall is the tower"),
水深16米 -- a word no dictionary has when the thing is a part or a side of something.

Chinese names the length of a thing by its word (or the word's last character, the kind:
灯塔 -> 塔) followed by the one-character adjective (长, 高, 宽, 深); English asks "how <adjective>"
and names the thing apart. So the adjective of a "how <adjective>" question asking a length is also
searched as each term another word of the question is searched as, or its last character, followed
by the adjective's one-character headword, where the documents write that form and it is no
dictionary word of another meaning (会长 "president" is no length of a meeting).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache

from index.english import EnglishUnit
from index.english.cedict import load_dictionary
from index.english.cedict_senses import headword_senses
from index.english.kinds import DIMENSION_NOUNS
from index.search import Index

#: How surely the thing's word + the adjective's character is the length asked (东西 + 长).
MEASURED_SURE = 0.8
#: The dimension (``EnglishWords.dimension``) such an adjective must ask.
LENGTH = "length"
#: A character glosses the adjective when one of its first senses (rank below this) is it alone
#: or its noun (长 "length; long", 高 "high; tall", 宽 "wide", 深 "deep").
_FIRST_SENSES = 2
#: The nouns of lengths a dictionary word for a length is glossed with.
_LENGTH_NOUNS = frozenset({"length", "height", "width", "depth", "distance"})
_HOW_RE = re.compile(r"\bhow\s+([a-z]+)\b", re.IGNORECASE)


@lru_cache(maxsize=16)
def adjective_characters(adjective: str) -> tuple[str, ...]:
    """The one-character headwords one of whose first senses is ``adjective`` or the noun of its
    dimension (:data:`~index.english.kinds.DIMENSION_NOUNS`): "long" -> 长; "tall" -> 高 ..."""
    noun = DIMENSION_NOUNS.get(adjective)
    if noun is None:
        return ()
    wanted = {(adjective,), (noun,)}
    return tuple(sorted(
        head for head in load_dictionary().glosses if len(head) == 1
        and any(sense.rank < _FIRST_SENSES and sense.words in wanted for sense in headword_senses(head))
    ))


def _a_length(word: str, adjective: str) -> bool:
    """Whether ``word`` is no dictionary word, or one glossed by the adjective or a noun of a
    length (水深 "depth of water", 全长 "overall length", 南北长 "north-south distance"), not one
    of another meaning (会长 "president")."""
    senses = headword_senses(word)
    lengths = {adjective, *_LENGTH_NOUNS}
    return not senses or any(lengths.intersection(sense.words) for sense in senses)


def measured_lengths(index: Index, text: str, units: Sequence[EnglishUnit], dimension: str | None) -> tuple[EnglishUnit, ...]:
    """``units`` with the adjective of "how long/tall/wide/deep" (a length asked) also searched as
    another unit's term, or that term's last character, + the adjective's character (东西长, 塔高),
    where the documents write it (see the module's doc)."""
    if dimension != LENGTH:
        return tuple(units)
    asked = {match.group(1).lower() for match in _HOW_RE.finditer(text)}
    out = list(units)
    for n, unit in enumerate(units):
        adjective = unit.english.lower()
        if adjective not in asked or unit.name:
            continue
        characters = adjective_characters(adjective)
        if not characters:
            continue
        have = {term for term, _ in unit.terms}
        things = [
            stem for other in units if other is not unit and not other.name and not other.action
            for term, _ in other.terms for stem in dict.fromkeys((term, term[-1]))
        ]
        found = tuple(dict.fromkeys(
            stem + character for stem in things for character in characters
            if stem + character not in have and stem != character
            and index.doc_freq(stem + character) > 0 and _a_length(stem + character, adjective)
        ))
        if found:
            out[n] = dataclasses.replace(
                unit, terms=tuple((term, MEASURED_SURE) for term in found) + unit.terms,
                confidence=max(unit.confidence, MEASURED_SURE), understood=max(unit.understood, MEASURED_SURE),
            )
    return tuple(out)
