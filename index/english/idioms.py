"""Verb idioms written as CC-CEDICT glosses them ("took part in": "to take part in", 参加).

:func:`verb_idioms` finds them among a question's content words; each becomes one unit of
:func:`~index.english.units.find_units`, with :func:`idiom_heads`, rather than a verb and a thing
("part" alone is 部分).
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from index.english.cedict import load_dictionary
from index.english.cedict_senses import rank_factor
from index.english.forms import LETTERS_RE, STOP_WORDS
from index.english.lemmas import lemmatize
from index.english.glosses import MAX_PHRASE, glossed_as
from index.english.links import MIN_SPECIFICITY

_PAREN_RE = re.compile(r"\([^()]*\)")


def verb_idioms(
    words: Sequence[str], positions: Sequence[int], lemmas: Sequence[str], known: Container[str]
) -> dict[int, int]:
    """The verb idioms among the content words (``lemmas``, standing at ``positions`` of the
    question's ``words``): start -> end (exclusive) of each run of 2+ content words that the
    question writes, function words included, as a CC-CEDICT verb gloss does ("took part in" --
    "to take part in", 参加; "come to an end" -- "to come to an end", 告终). Written so, the
    words are one verb, not a verb and a thing ("part" is 部分 alone); "held meetings" is not
    "to hold a meeting" (开会), and keeps its thing."""
    found: dict[int, int] = {}
    n = len(lemmas)
    i = 0
    while i < n:
        for size in range(min(MAX_PHRASE, n - i), 1, -1):
            key = tuple(lemmas[i : i + size])
            heads = [head for head, sense in glossed_as(key) if sense.verb]
            if not heads:
                continue
            written = tuple(
                lemmatize(word, known) for word in words[positions[i] : positions[i + size - 1] + 1]
            )
            if any(_glossed_verbatim(head, written) for head in dict.fromkeys(heads)):
                found[i] = i + size
                i += size - 1
                break
        i += 1
    return found


def _glossed_verbatim(head: str, written: tuple[str, ...]) -> bool:
    """Whether a verb gloss of ``head`` is "to" and the lemmas ``written``, then at most
    function words ("to take part in" for "take part")."""
    for gloss in re.split(r"[/;\n]", load_dictionary().glosses.get(head, b"").decode("utf-8", "replace")):
        tokens = LETTERS_RE.findall(_PAREN_RE.sub(" ", gloss).lower())
        if tokens[:1] != ["to"] or tuple(tokens[1 : 1 + len(written)]) != written:
            continue
        if all(token in STOP_WORDS for token in tokens[1 + len(written) :]):
            return True
    return False


def idiom_heads(key: tuple[str, ...]) -> dict[str, float]:
    """The headwords of a verb idiom's verb glosses, with their specificities."""
    heads: dict[str, float] = {}
    for head, sense in glossed_as(key):
        score = rank_factor(sense.rank, head) * sense.factor
        if sense.verb and score >= MIN_SPECIFICITY and score > heads.get(head, 0.0):
            heads[head] = score
    return heads
