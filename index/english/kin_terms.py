"""A corpus word sharing a character with a word's dictionary headwords, searched where one
passage writes it beside more of the question's other words than any kept sense (issue 13,
round eng67t).

CC-CEDICT glosses a thing under its common headwords, and the texts often write a shorter or
more technical word built on one of their characters: "moulds" reaches 模具 and 模子, and the
carpenter's paragraph writes 木模 (模 of 模具); "steel-hulled" reaches 钢铁, and the shipyard's
paragraph writes 钢质 (钢 of 钢铁). No gloss links those words to the question's, and a shared
character alone says little (模 is also in 规模 "scale"): what says it is the passage writing the
kin word together with the likely translations of the question's other words -- more of them
than any kept sense of the word is written beside, and :data:`~index.english.joint.MIN_JOINED`
at least. Such a word is searched too, at a reduced weight (:data:`KIN_FACTOR` of the headword's
score or of the best kept sense's, the lower); the kept senses stay first.

The work is bounded: only a character of the word's first :data:`KIN_HEADS` headwords (one of a
single character only if glossed closely, as 钢 "steel"), and that stands in at most :data:`MAX_KIN` corpus terms
(a character in more words -- 大, 人 -- says nothing of the meaning); only where some passage
already meets that many of the other words (one bit-set pass); each candidate is one
intersection, its postings' bit set cached.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from weakref import WeakKeyDictionary

from index.english.cohesion import NEAR_LENGTH, Cooccurrence
from index.english.joint import MIN_JOINED, joined
from index.english.links import MAX_ALTERNATIVES, MIN_SPECIFICITY, SINGLE_CHAR_MIN_SPECIFICITY, Candidate, CorpusLinks
from index.figures import unit_dimension

KIN_HEADS = 4  # the word's best headwords whose characters are looked at
MAX_KIN = 40  # a character standing in more corpus terms than this is not looked at
KIN_FACTOR = 0.5  # a kin word's weight, as a share of its headword's score
MAX_KIN_LENGTH = 3  # longest kin word: a longer one names more than the word

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
) -> dict[int, Candidate]:
    """Unit (no name: ``trust`` below 2) -> the corpus term sharing a character with one of its
    headwords (``heads(unit)``, with specificities) that one passage writes beside more of the
    other units' ``likely`` passages than any kept sense of ``ranked`` (and
    :data:`MIN_JOINED` at least)."""
    found: dict[int, Candidate] = {}
    by_character: dict[str, tuple[str, ...]] | None = None
    everywhere = -1
    for index, kept in ranked.items():
        if trust.get(index, 1) >= 2 or not kept:
            continue
        others = [rows for other, rows in likely.items() if other != index]
        if len(others) < MIN_JOINED:
            continue
        kept = kept[:keep]
        if any(unit_dimension(c.term) is not None for c in kept):
            continue
        best = max(joined(cooccurrence.masks(c.term)[0], others) for c in kept)
        goal = max(best + 1, MIN_JOINED)
        meeting = at_least(everywhere, others, goal)
        if not meeting:
            continue  # no passage writes that many of the others: nothing to find
        own = sorted(
            ((h, s) for h, s in heads(index) if s >= (MIN_SPECIFICITY if len(h) >= NEAR_LENGTH else SINGLE_CHAR_MIN_SPECIFICITY)),
            key=lambda item: -item[1],
        )[:KIN_HEADS]
        if not own:
            continue
        if by_character is None:
            by_character = terms_by_character(links)
        held = {c.term for c in kept} | {h for h, _ in own}
        choice: tuple[int, float, str] | None = None
        for head, score in own:
            for char in dict.fromkeys(head):
                terms = by_character.get(char, ())
                if len(terms) > MAX_KIN:
                    continue
                for term in terms:
                    if term in held or unit_dimension(term) is not None:
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
