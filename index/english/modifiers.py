"""Words of an English question that modify others rather than name a thing or an action:
"-ly" adverbs before a verb ("how many cars *actually* started") and words joined by a hyphen
("long-*standing* cases", "one-*way* permits") -- what the thing asked about and the verbs are
read around (:mod:`index.english.focus`, :mod:`index.english.translator`)."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from index.english.lemmas import IRREGULAR_VERBS, lemmatize

_HYPHENED_RE = re.compile(r"([A-Za-z]+)-([A-Za-z]+)")
_ADVERB_STEM = 4  # an adverb's stem has at least this many letters ("actual", not "ear" of "early")


def ly_adverb(word: str, known: Container[str]) -> bool:
    """Whether ``word`` reads as an "-ly" adverb made from a word the dictionary has
    ("actual*ly*", "eas*ily*" of easy, "basic*ally*") -- not "family" or "supply", whose stems
    are no words."""
    if len(word) < 6 or not word.endswith("ly"):
        return False
    return any(len(stem) >= _ADVERB_STEM and stem in known for stem in (word[:-2], word[:-3] + "y", word[:-4]))


def adverb_before_verb(words: Sequence[str], i: int, known: Container[str]) -> bool:
    """Whether ``words[i]`` is an adverb (:func:`ly_adverb`) before a verb's past form ("cars
    actually *started*") -- not an adjective before a noun ("the average *monthly* humidity")."""
    after = words[i + 1] if i + 1 < len(words) else ""
    past = after.endswith("ed") and lemmatize(after, known) != after
    return ly_adverb(words[i], known) and (past or after in IRREGULAR_VERBS)


def hyphen_joined(text: str, words: Sequence[str]) -> frozenset[int]:
    """Where in ``words`` a word stands that ``text`` writes after a hyphen, joined to the word
    before it: "long-*standing* cases", "one-*way* permits" -- one modifier, no verb."""
    pairs = {(a.lower(), b.lower()) for a, b in _HYPHENED_RE.findall(text)}
    return frozenset(i for i in range(1, len(words)) if (words[i - 1], words[i]) in pairs)


#: Adverb particles that end a phrasal verb ("heading *up*", "stamp *out*") -- not the nouns
#: "part" and "place", which also end some ("take part", "take place").
PARTICLES = frozenset("out up down off over back forward away".split())


def particles_after_verbs(
    words: Sequence[str], positions: Sequence[int], verbs: Sequence[bool], verb_like: Sequence[bool]
) -> frozenset[int]:
    """Where in ``words`` a particle (:data:`PARTICLES`) stands right after a verb it forms no
    dictionary phrasal verb with (the content word at ``positions[k]`` read as a verb,
    ``verbs[k]``, or one the dictionary glosses as a verb at all, ``verb_like[k]``): it belongs
    to the verb ("heading *up* their research", "set out to stamp *out*", "end *up* selling")
    and names no thing of its own -- alone, CC-CEDICT's "up" is 截至 (up to), its "out" the 全力
    of "all out". After a noun ("sending officials *down* to the grassroots") it stays."""
    verb_at = {position for position, verb, like in zip(positions, verbs, verb_like) if verb or like}
    return frozenset(p for p in positions if words[p] in PARTICLES and p - 1 in verb_at)
