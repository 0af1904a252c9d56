"""A verb's corpus word sharing a character with its dictionary headwords, searched where one
passage writes it beside every other word of the question while no kept sense stands beside two
of them (issue 13, round eng67t).

CC-CEDICT glosses a verb under its common headwords, and the texts often write a shorter or
more particular word built on one of their characters: "employ" reaches 雇 "to employ" and keeps
使用, and the mill's paragraph writes 雇工 "to hire labor" (雇 of the headword); "settled" keeps
解决, the petition paragraph writes 化解. No gloss of the question's verb links those words, and a
shared character alone says little (雇 in 雇主 "employer" too): what says it is the passage writing
the kin word together with the likely translations of *all* the question's other words, while no
kept sense of the verb stands beside even :data:`~index.english.joint.MIN_JOINED` of them -- the
verb, as translated, is missing from where the others are. Such a word is searched too, at a
reduced weight (:data:`KIN_FACTOR` of the headword's score or of the best kept sense's, the
lower); the kept senses stay first. Things are widened only under a gate of their own (below).

The work is bounded: only a character of the verb's first :data:`KIN_HEADS` headwords (one of a
single character only if glossed closely, as 雇 "to employ"), and that stands in at most
:data:`MAX_KIN` corpus terms (a character in more words -- 大, 人 -- says nothing of the meaning);
only where some passage already meets all the other words (one bit-set pass); each candidate is
one intersection, its postings' bit set cached.

Things (eng68t) are widened so only through a kin word that carries the word's own meaning: the
dictionary glosses the kin word with the question's word, or -- a compound it lacks (钢质) -- the
shared character (钢 "steel"). Ungated, a thing's character is shared by many other things'
names (模 in 规模 "scale"), and such kin words moved as many right passages down as up.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from weakref import WeakKeyDictionary

from index.english.cohesion import NEAR_LENGTH, Cooccurrence
from index.english.joint import MIN_JOINED, joined, kept_beside
from index.english.links import (
    MAX_ALTERNATIVES, MIN_SPECIFICITY, SINGLE_CHAR_MIN_SPECIFICITY, Candidate, CorpusLinks,
)
from index.figures import unit_dimension

KIN_HEADS = 4  # the word's best headwords whose characters are looked at
MAX_KIN = 40  # a character standing in more corpus terms than this is not looked at
KIN_FACTOR = 0.5  # a kin word's weight, as a share of its headword's score
MAX_KIN_LENGTH = 3  # longest kin word: a longer one names more than the word
KIN_TRUST = 1  # verbs (trust 0); things (trust 1) only through ``glossed`` (eng68t); never names

_BY_CHARACTER: WeakKeyDictionary[CorpusLinks, dict[str, tuple[str, ...]]] = WeakKeyDictionary()


def terms_by_character(links: CorpusLinks) -> dict[str, tuple[str, ...]]:
    """The corpus's terms of :data:`NEAR_LENGTH` to :data:`MAX_KIN_LENGTH` characters by each
    character they hold (built once per corpus)."""
    found = _BY_CHARACTER.get(links)
    if found is None:
        grouped: dict[str, list[str]] = defaultdict(list)
        for term in links.df:
            if NEAR_LENGTH <= len(term) <= MAX_KIN_LENGTH and all("\u3400" <= c <= "\u9fff" for c in term):
                for char in set(term):
                    grouped[char].append(term)
        found = {char: tuple(sorted(terms)) for char, terms in grouped.items()}
        _BY_CHARACTER[links] = found
    return found


def at_least(rows: int, others: Sequence[int], count: int) -> int:
    """The passages of ``rows`` meeting ``count`` of ``others`` (bit sets) at least."""
    levels = [rows]
    for other in others:
        met = [levels[k] & other for k in range(len(levels))]
        levels = [levels[0]] + [levels[k] | met[k - 1] for k in range(1, len(levels))] + [met[-1]]
    return levels[count] if count < len(levels) else 0


def kin_terms(
    ranked: Mapping[int, Sequence[Candidate]],
    trust: Mapping[int, int],
    cooccurrence: Cooccurrence,
    likely: Mapping[int, int],
    heads: Callable[[int], tuple[tuple[str, float], ...]],
    links: CorpusLinks,
    keep: int = MAX_ALTERNATIVES,
    glossed: Callable[[int, str], bool] | None = None,
) -> dict[int, Candidate]:
    """Verb unit (``trust`` 0), or thing unit (:data:`KIN_TRUST`) where ``glossed(unit, word)``
    passes the kin word, none of whose kept senses (``ranked``) one passage writes beside
    :data:`MIN_JOINED` of the other units' ``likely`` passages -> the corpus term sharing a
    character with one of its headwords (``heads(unit)``, with specificities) that one passage
    writes beside all of them (and :data:`MIN_JOINED` at least)."""
    found: dict[int, Candidate] = {}
    by_character: dict[str, tuple[str, ...]] | None = None
    everywhere = -1
    for index, kept in ranked.items():
        thing = trust.get(index, 1) == KIN_TRUST
        if (trust.get(index, 1) > KIN_TRUST or (thing and glossed is None)) or not kept:
            continue
        weighed = kept_beside(index, kept, likely, cooccurrence, keep)
        if weighed is None:
            continue
        others, kept, best = weighed
        if best >= MIN_JOINED:
            continue  # a kept sense stands beside the others already: the word is not missing
        goal = max(MIN_JOINED, len(others))  # the kin word beside every other word
        meeting = at_least(everywhere, others, goal)
        if not meeting:
            continue  # no passage writes that many of the others: nothing to find
        floor = {True: MIN_SPECIFICITY, False: SINGLE_CHAR_MIN_SPECIFICITY}  # (by: two characters or more)
        own = sorted(
            ((h, s) for h, s in heads(index) if s >= floor[len(h) >= NEAR_LENGTH]), key=lambda item: -item[1],
        )[:KIN_HEADS]
        if not own:
            continue
        if by_character is None:
            by_character = terms_by_character(links)
        held = {c.term for c in kept} | {h for h, _ in own}
        choice: tuple[int, float, str] | None = None
        for head, score in own:
            if thing and len(head) < NEAR_LENGTH:
                continue  # a thing's one-character headword (作 "worker") is its whole word: no kin
            for char in dict.fromkeys(head):
                terms = by_character.get(char, ())
                if len(terms) > MAX_KIN:
                    continue
                for term in terms:
                    if term in held or unit_dimension(term) is not None:
                        continue
                    if thing and not glossed(index, term if term in links.dictionary.glosses else char):  # type: ignore[misc]
                        continue
                    rows = cooccurrence.masks(term)[0]
                    if not rows & meeting:
                        continue
                    count = joined(rows, others)
                    if choice is None or (count, score) > choice[:2]:
                        choice = (count, score, term)
        if choice is not None:
            count, score, term = choice
            weight = KIN_FACTOR * min(score, kept[0].score)  # below the word's best kept sense
            found[index] = Candidate(term, weight, weight)
    return found


def glossed_by(links: CorpusLinks, key: Sequence[str], term: str) -> bool:
    """Whether CC-CEDICT glosses ``term`` with a word of ``key`` (its own English word)."""
    raw = links.dictionary.glosses.get(term)
    if not raw:
        return False
    words = set(raw.decode("utf-8", "replace").lower().translate(_LETTERS).split())
    return all(word in words for word in key if len(word) > 2)  # "dye works": not 作品 "work (of art)"


_LETTERS = {c: " " for c in range(128) if not chr(c).isalpha()}
