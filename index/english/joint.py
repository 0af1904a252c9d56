"""A word's sense beyond the ones kept, chosen because one passage writes it with the most of the
question's other words (issue 13).

:func:`~index.english.cohesion.cohere` scores each sense by how it goes with each other word *on
average* (a shared passage or a shared document, word by word), and the dictionary's order still
decides among senses that all go somewhat with the others: "the Minggang *signals*" keeps 号,
标识, 警报, and 警讯 "warning sign", written in the record's paragraph that also holds the platforms and
their answer, falls fourth and is cut (so, in the invented test, "*cases* ... resolved in the
county": 积案 "long pending case", in the paragraph holding 县 *and* 化解, below 案例, 案件 and 个案,
each beside one of them). What
tells a reader which sense is meant is the passage holding the others' words *together*: a sense
beyond the kept ones that some passage writes beside the likely translations of more of the
question's other words than any kept sense is written beside is searched too, at its own (lower)
weight -- the kept senses stay. Only two-character senses and more (one character is read inside
too many words), only for a thing (no name, no verb), and only where it joins two other words at
least; the work is a few bit-set intersections per sense (the postings' bit sets are cached).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping, Sequence

from index.english.cohesion import LIKELY_SHARE, NEAR_LENGTH, Cooccurrence
from index.english.links import MAX_ALTERNATIVES, MIN_SPECIFICITY, Candidate, CorpusLinks
from index.figures import unit_dimension

MIN_JOINED = 2  # other words a passage must write beside the sense


def joined(rows: int, others: Sequence[int]) -> int:
    """The most of ``others`` (bit sets of passages) that one passage of ``rows`` meets."""
    levels = [rows]  # levels[k]: the passages of ``rows`` meeting k of the others at least
    for other in others:
        met = [levels[k] & other for k in range(len(levels))]
        levels = [levels[0]] + [levels[k] | met[k - 1] for k in range(1, len(levels))] + [met[-1]]
    return max((k for k, bits in enumerate(levels) if bits), default=0)


def joined_senses(
    ranked: Mapping[int, Sequence[Candidate]],
    trust: Mapping[int, int],
    cooccurrence: Cooccurrence,
    own: Callable[[int], Container[str]],
    keep: int = MAX_ALTERNATIVES,
    likely: Mapping[int, int] | None = None,
) -> dict[int, Candidate]:
    """Unit -> the sense beyond its first ``keep`` (``ranked``: each unit's senses, best first)
    that one passage writes beside more of the other units' likely senses than any kept one is
    (and :data:`MIN_JOINED` at least); ``trust`` 2 a name, 1 a thing, 0 a verb (only things
    gain a sense); ``own(unit)``: the corpus terms of the word's own dictionary senses (a
    near-synonym's, 案例 "case" for "event", is no sense of the word). A word kept as a unit of
    measure (年 for "year") is read as the figure's unit: not widened (全年 "the whole year" for
    "this year" is another time). ``likely``: :func:`likely_rows` of ``ranked``, where the
    caller has it already."""
    if likely is None:
        likely = likely_rows(ranked, cooccurrence, keep)
    found: dict[int, Candidate] = {}
    for index, senses in ranked.items():
        if trust.get(index, 1) != 1 or len(senses) <= keep:
            continue
        if any(unit_dimension(c.term) is not None for c in senses[:keep]):
            continue
        others = [rows for other, rows in likely.items() if other != index]
        if len(others) < MIN_JOINED:
            continue
        best = max(joined(cooccurrence.masks(c.term)[0], others) for c in senses[:keep])
        for candidate in senses[keep:]:
            if len(candidate.term) < NEAR_LENGTH:
                continue
            count = joined(cooccurrence.masks(candidate.term)[0], others)
            if count > best and count >= MIN_JOINED and candidate.term in own(index):
                found[index] = candidate
                best = count
    return found


def kept_beside(
    index: int,
    kept: Sequence[Candidate],
    likely: Mapping[int, int],
    cooccurrence: Cooccurrence,
    keep: int,
) -> tuple[list[int], Sequence[Candidate], int] | None:
    """For a unit whose translations are ``kept`` (best first): the other units' ``likely``
    passages (bit sets), its first ``keep`` translations, and the most of those others one of them
    is written beside -- or None where a unit is not weighed so: fewer than :data:`MIN_JOINED`
    other units, or a unit of measure among its translations (人, 年 count; they are no sense)."""
    others = [rows for other, rows in likely.items() if other != index]
    if len(others) < MIN_JOINED:
        return None
    kept = kept[:keep]
    if any(unit_dimension(c.term) is not None for c in kept):
        return None
    return others, kept, max(joined(cooccurrence.masks(c.term)[0], others) for c in kept)


def likely_rows(
    ranked: Mapping[int, Sequence[Candidate]], cooccurrence: Cooccurrence, keep: int = MAX_ALTERNATIVES,
) -> dict[int, int]:
    """Unit -> the passages (a bit set) writing one of its likely senses: its first ``keep``
    scoring :data:`~index.english.cohesion.LIKELY_SHARE` of its best at least."""
    likely: dict[int, int] = {}
    for index, senses in ranked.items():
        rows = 0
        for candidate in senses[:keep]:
            if candidate.score >= LIKELY_SHARE * senses[0].score:
                rows |= cooccurrence.masks(candidate.term)[0]
        if rows:
            likely[index] = rows
    return likely


def own_senses(links: CorpusLinks, heads: tuple[tuple[str, float], ...]) -> frozenset[str]:
    """The corpus terms of a unit's own headwords ``heads`` (with specificities), every one, as
    :meth:`~index.english.translator.EnglishTranslator.senses` gives a word's."""
    return frozenset(c.term for c in links.direct_candidates(heads, len(links.df), MIN_SPECIFICITY))
