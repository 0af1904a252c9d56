"""A word after a preposition the dictionary glosses with it: the phrase, not the word alone.

CC-CEDICT glosses many adverbs as an English prepositional phrase: 按时 "on time", 累计 "in
total", 连续 "in a row", 提前 "in advance", 至少 "at least". Its senses are read as content words
(:func:`~index.english.cedict_senses.headword_senses`), so the preposition counts as a filler
word and the sense is weighed as a loose gloss of "time" (2/3 of 时间's) -- below the word's
plain senses, though the question writes the whole phrase ("closed *on time*": 按时). Where the
question writes the same grammar words before the word ("on", "at the same" of 同时 "at the
same time"), they are no fillers: the sense is weighed as the word's best gloss, and the word's
other senses, which lack the question's preposition, lose one filler's discount. The
prepositions are a closed class of English grammar; the phrases are CC-CEDICT's own glosses.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache

from index.english.cedict import load_dictionary
from index.english.units import Unit

#: English prepositions (a closed class) that open the adverbial glosses of CC-CEDICT
PREPOSITIONS = frozenset(
    "on in at by per under over within after before ahead out off up from".split()
)
_ARTICLES = frozenset(("a", "an", "the"))
_PARENTHESES_RE = re.compile(r"\([^)]*\)")
_LETTERS_RE = re.compile(r"[a-z]+")
FILLER_UNDONE = 1.5  # one filler word's discount (``1 + 0.5 * filler`` in cedict_senses)


def prepositional_runs(between: Sequence[str]) -> tuple[str, ...]:
    """The runs of grammar words right before a word that open with a preposition, longest
    first, articles skipped ("firing *at the same* time": "at same", then none; "closed *on*
    time": "on")."""
    words = [w.lower() for w in between if w.lower() not in _ARTICLES]
    return tuple(" ".join(words[k:]) for k in range(len(words)) if words[k] in PREPOSITIONS)


@lru_cache(maxsize=4096)
def glossed_phrase(head: str, phrase: str) -> bool:
    """Whether one of ``head``'s glosses is ``phrase`` ("on time"), articles and parenthesised
    remarks aside."""
    raw = load_dictionary().glosses.get(head)
    if raw is None:
        return False
    wanted = phrase.split()
    for entry in raw.split(b"\n"):
        for gloss in entry[1:].decode("utf-8", errors="replace").split("/"):
            for segment in gloss.split(";"):
                words = [w for w in _LETTERS_RE.findall(_PARENTHESES_RE.sub("", segment).lower()) if w not in _ARTICLES]
                if words == wanted:
                    return True
    return False


def with_preposition(
    heads: tuple[tuple[str, float], ...], runs: Sequence[str], words: Sequence[str]
) -> tuple[tuple[str, float], ...]:
    """``heads`` with those glossed as one of the prepositional ``runs`` and one of ``words``
    (the word as written and its lemma) weighed as the word's best gloss, and the others as
    glosses lacking a word the question writes (one filler's discount), best first."""
    phrased = {
        head for head, _ in heads
        if len(head) > 1 and any(glossed_phrase(head, f"{run} {w}") for run in runs for w in words)
    }
    if not phrased:
        return heads
    best = max(specificity for _, specificity in heads)
    out = [
        (head, max(best, specificity) if head in phrased else specificity / FILLER_UNDONE)
        for head, specificity in heads
    ]
    return tuple(sorted(out, key=lambda item: -item[1]))


def after_preposition(unit: Unit, between: Sequence[Sequence[str]], surfaces: Sequence[str], lemmas: Sequence[str]) -> Unit:
    """``unit`` (one word, no name) with the senses glossed as the prepositional run the
    question writes before it and the word weighed first; ``between[k]``: the words between
    content words k-1 and k."""
    if unit.end - unit.start != 1 or unit.name or unit.named or unit.idiom or not unit.heads:
        return unit
    runs = prepositional_runs(between[unit.start])
    if not runs:
        return unit
    words = tuple(dict.fromkeys((surfaces[unit.start].lower(), lemmas[unit.start])))
    heads = with_preposition(unit.heads, runs, words)
    return unit if heads is unit.heads else dataclasses.replace(unit, heads=heads)
