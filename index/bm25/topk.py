"""The exact BM25 top-k of a weighted query, touching as few postings as it can.

Each distinct query term comes as :class:`ScoredPostings` -- the live passages holding it, in index
order, and the term's BM25 weight in each (from corpus-wide statistics: :mod:`~index.bm25.score`)
-- with its weight in the query. A passage's score is the sum of ``query weight * term weight``
over the terms it holds, added in query order (so it is the same, to the bit, however the passage
was found), plus a constant (BM25Plus's ``idf * delta`` for every term). Only passages holding a
term are ranked; ties go to the lower passage number.

Two exact ways to the top k:

- **Every posting** (few postings in all, or a term that does not add a positive amount): each
  posting is added into its passage's score, in query order (``numpy.bincount``).
- **MaxScore** (many postings): terms are taken from the rarest (fewest postings) to the most
  frequent, each with an upper bound (query weight times the term's highest weight). θ, a floor
  for the k-th best score, is the k-th best partial score so far (partial scores only grow). A
  passage holding none of the terms taken so far can score at most the sum of the bounds left;
  a term's passages become candidates only where they weigh at least θ less those bounds, and
  once that sum is below θ no new candidate is taken, the remaining terms are looked up (binary
  search) for the candidates left only, and every candidate whose partial score plus the bounds
  left is below θ is dropped. The survivors -- a few more than k -- are then scored exactly, term
  by term in query order. A frequent word in a question costs a binary search per surviving
  candidate, not a pass over its postings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

#: Below this many postings in all, adding them all up is cheaper than pruning.
EVERY_POSTING = 12_000
_SLACK = 1e-9  # partial sums are added in another order than the exact ones: keep clear of them
_BITS = 52  # terms whose presence fits in a float64's mantissa, for the every-posting way
_SEED = 2048  # passages of the rarest term scored exactly for a first floor


@dataclass(frozen=True)
class ScoredPostings:
    """A term's live passages (index numbers, increasing), its BM25 weight in each, and its IDF."""

    ids: np.ndarray
    weights: np.ndarray  # float64
    idf: float
    high: float  # the highest weight (0.0 without postings)
    low: float  # the lowest weight

    @classmethod
    def of(cls, ids: np.ndarray, weights: np.ndarray, idf: float) -> ScoredPostings:
        high = float(weights.max()) if len(weights) else 0.0
        low = float(weights.min()) if len(weights) else 0.0
        return cls(ids, weights, idf, high, low)


@dataclass(frozen=True)
class Ranked:
    """The top k: index ids and scores best first, and which query terms each contains."""

    ids: np.ndarray
    scores: np.ndarray
    present: np.ndarray  # bool, terms x hits


def top_k(terms: Sequence[tuple[ScoredPostings, float]], num_passages: int, k: int,
          constant: float = 0.0) -> Ranked:
    """The ``k`` passages with the highest ``sum(weight * term weight) + constant`` among the
    ``num_passages`` (those holding at least one of ``terms``: (postings, query weight) pairs)."""
    total = sum(len(p.ids) for p, _ in terms)
    if not total or k <= 0:
        return Ranked(np.zeros(0, np.int64), np.zeros(0), np.zeros((len(terms), 0), bool))
    if len(terms) == 1:
        postings, weight = terms[0]
        return _best(postings.ids, postings.weights * weight, k, constant, lambda ids: _lookup_presence(terms, ids))
    positive = all(w > 0 and p.low > 0 for p, w in terms if len(p.ids))
    if total <= EVERY_POSTING or not positive:
        return _every_posting(terms, total, num_passages, k, constant)
    candidates = _maxscore_candidates(terms, k)
    scores, present = _exact(terms, candidates)
    return _best(candidates, scores, k, constant, lambda ids: present[:, candidates.searchsorted(ids)])


def _best(ids: np.ndarray, scores: np.ndarray, k: int, constant: float, presence) -> Ranked:  # type: ignore[no-untyped-def]
    """The k best of candidates ``ids`` (increasing) with ``scores``; ``presence(best ids)``."""
    if constant:
        scores = scores + constant
    if len(ids) > k:
        kth = -np.partition(-scores, k - 1)[k - 1]
        keep = np.flatnonzero(scores >= kth)
        ids, scores = ids[keep], scores[keep]
    order = np.lexsort((ids, -scores))[:k]
    best = np.asarray(ids[order], dtype=np.int64)
    return Ranked(best, scores[order], presence(best))


def _every_posting(terms: Sequence[tuple[ScoredPostings, float]], total: int, num_passages: int, k: int,
                   constant: float) -> Ranked:
    sizes = [len(p.ids) for p, _ in terms]
    ids = np.concatenate([p.ids for p, _ in terms])
    added = np.concatenate([p.weights for p, _ in terms]) * np.repeat([w for _, w in terms], sizes)
    bits = np.repeat(np.exp2(np.arange(len(terms), dtype=np.float64)), sizes) if len(terms) <= _BITS else None
    if num_passages <= 4 * total + 4096:  # dense: one slot per passage
        scores = np.bincount(ids, weights=added, minlength=num_passages)
        held = np.bincount(ids, weights=bits, minlength=num_passages) if bits is not None else None
        candidates = np.flatnonzero(np.bincount(ids, minlength=num_passages))
        scores = scores[candidates]
        held = held[candidates] if held is not None else None
    else:
        candidates, slot = _distinct(ids)
        scores = np.bincount(slot, weights=added, minlength=len(candidates))
        held = np.bincount(slot, weights=bits, minlength=len(candidates)) if bits is not None else None

    def presence(best: np.ndarray) -> np.ndarray:
        if held is None:
            return _lookup_presence(terms, best)
        mask = held[candidates.searchsorted(best)].astype(np.int64)
        return ((mask[None, :] >> np.arange(len(terms), dtype=np.int64)[:, None]) & 1).astype(bool)

    return _best(candidates, scores, k, constant, presence)


def _distinct(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``numpy.unique(ids, return_inverse=True)`` for increasing runs end to end (each term's
    passages): a stable sort merges the runs (~8x faster than unique's quicksort on them)."""
    order = np.argsort(ids, kind="stable")
    ordered = ids[order]
    first = np.ones(len(ids), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    slot = np.empty(len(ids), dtype=np.intp)
    slot[order] = np.cumsum(first) - 1
    return ordered[first], slot


def _maxscore_candidates(terms: Sequence[tuple[ScoredPostings, float]], k: int) -> np.ndarray:
    """Passages that may be among the k best (increasing), by MaxScore (module docstring)."""
    bounds = [w * p.high * (1 + _SLACK) for p, w in terms]
    # Rarest first (any order is exact): the candidates start few, θ rises with them, and a frequent
    # term comes when the bounds left are small, so few of its many passages are taken (the archive's
    # questions at 1,000,000 passages: ~14% less time than the highest bound first).
    order = sorted(range(len(terms)), key=lambda i: len(terms[i][0].ids))
    left = [0.0] * (len(order) + 1)  # left[j]: the sum of the bounds of order[j:]
    for j in range(len(order) - 1, -1, -1):
        left[j] = left[j + 1] + bounds[order[j]]
    theta = _seed_floor(terms, k)
    candidates = np.zeros(0, dtype=np.int64)
    partial = np.zeros(0)
    for j, i in enumerate(order):
        postings, weight = terms[i]
        slots, where = _matches(candidates, postings.ids)
        partial[slots] += postings.weights[where] * weight
        if left[j] >= theta:  # a passage holding none of the terms so far may still reach θ
            # the term's passages reaching the rest of θ, but for the candidates already taken
            # (``where``): by their places in its postings, with no search for them
            if theta > -np.inf:
                taken = postings.weights >= (theta - left[j + 1]) / weight * (1 - _SLACK)
            else:
                taken = np.ones(len(postings.ids), dtype=bool)
            taken[where] = False
            places = taken.nonzero()[0]
            candidates, partial = _merge(candidates, partial, postings.ids[places], postings.weights[places] * weight)
        if len(partial) >= k:
            theta = max(theta, float(np.partition(partial, len(partial) - k)[len(partial) - k]) * (1 - _SLACK))
        keep = partial + left[j + 1] >= theta
        if not keep.all():
            candidates, partial = candidates[keep], partial[keep]
    return candidates


def _seed_floor(terms: Sequence[tuple[ScoredPostings, float]], k: int) -> float:
    """A floor for the k-th best score: the k-th best exact score among the passages of the
    rarest term (its best-weighted ones, when it has many)."""
    seed = min((p for p, _ in terms), key=lambda p: len(p.ids))
    ids = seed.ids
    if len(ids) > _SEED:
        ids = np.sort(ids[np.argpartition(-seed.weights, _SEED)[:_SEED]])
    if len(ids) < k:
        return -np.inf
    scores = _exact(terms, ids)[0]
    return float(np.partition(scores, len(scores) - k)[len(scores) - k]) * (1 - _SLACK)


def _merge(ids: np.ndarray, values: np.ndarray, more: np.ndarray, added: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Two increasing arrays of distinct ids merged, with their values."""
    if not len(more):
        return ids, values
    if not len(ids):
        return more.astype(np.int64), added
    merged = np.concatenate((ids, more))
    order = np.argsort(merged, kind="stable")  # two sorted runs: one merge
    return merged[order], np.concatenate((values, added))[order]


def _matches(candidates: np.ndarray, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(slots in candidates, positions in ids)`` of the passages in both (increasing arrays)."""
    if not len(candidates) or not len(ids):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    if len(candidates) <= len(ids):
        # (the arrays' methods: numpy's module functions wrap them at ~1 µs a call, and this
        # runs a few times for every term of a question)
        where = ids.searchsorted(candidates)
        np.minimum(where, len(ids) - 1, out=where)
        slots = (ids[where] == candidates).nonzero()[0]
        return slots, where[slots]
    slots = candidates.searchsorted(ids)
    np.minimum(slots, len(candidates) - 1, out=slots)
    where = (candidates[slots] == ids).nonzero()[0]
    return slots[where], where


def _exact(terms: Sequence[tuple[ScoredPostings, float]], candidates: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Exact scores of ``candidates`` (terms added in query order) and which terms each holds."""
    scores = np.zeros(len(candidates))
    present = np.zeros((len(terms), len(candidates)), dtype=bool)
    for i, (postings, weight) in enumerate(terms):
        slots, where = _matches(candidates, postings.ids)
        scores[slots] += postings.weights[where] * weight
        present[i, slots] = True
    return scores, present


def _lookup_presence(terms: Sequence[tuple[ScoredPostings, float]], ids: np.ndarray) -> np.ndarray:
    present = np.zeros((len(terms), len(ids)), dtype=bool)
    for i, (postings, _) in enumerate(terms):
        present[i, _matches(ids, postings.ids)[0]] = True
    return present
