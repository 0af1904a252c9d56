"""The exact BM25 top-k of a weighted query, touching as few postings as it can.

Postings come per segment (passage ids local to the segment, sorted, with term frequencies); a
segment may mark passages deleted and numbers its passages into the index's order through a map
(see :mod:`index.store.segments`). Scores are summed term by term in query order, so a passage gets
the same score, to the bit, whichever segment holds it.

Pruning (MaxScore): every term has an upper bound on what it can add to a passage (its weight at
its highest tf in its shortest passage). The rarest term's passages are scored first; the k-th best
of them, θ, is a floor for the final k-th best. Terms whose bounds add up to less than θ can only
add to passages that some other term also finds, so only the postings of the other ("essential")
terms are gathered as candidates; every candidate is then scored exactly, with every term. A
frequent word in a question therefore costs a binary search per candidate, not a pass over its
postings. Pruning is used only when every term adds a positive amount (always with plus and l;
Okapi's epsilon floor can make an IDF negative on tiny corpora).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from index.bm25.params import BM25Params
from index.bm25.score import CorpusStats, term_weights, upper_bound

Postings = tuple[np.ndarray, np.ndarray]  # local passage ids (sorted), term frequencies


@dataclass(frozen=True)
class QueryPostings:
    """One distinct query term: its weight in the query, IDF, postings per segment and bounds."""

    term: str
    weight: float
    idf: float
    parts: tuple[Postings | None, ...]
    max_tf: int
    min_length: int

    @property
    def size(self) -> int:
        return sum(len(p[0]) for p in self.parts if p is not None)


@dataclass(frozen=True)
class SegmentView:
    """What scoring needs of a segment: passage lengths, the live mask and the order map."""

    lengths: np.ndarray
    live: np.ndarray | None  # bool per local passage; None when nothing is deleted
    to_index: np.ndarray | None  # index (global) id per local passage; None: local + offset
    offset: int = 0

    def index_ids(self, local: np.ndarray) -> np.ndarray:
        if self.to_index is None:
            return local.astype(np.int64) + self.offset
        return self.to_index[local].astype(np.int64)


@dataclass(frozen=True)
class Ranked:
    """The top k: index ids and scores best first, and which query terms each contains."""

    ids: np.ndarray
    scores: np.ndarray
    present: np.ndarray  # bool, terms x hits


def top_k(
    terms: Sequence[QueryPostings],
    segments: Sequence[SegmentView],
    stats: CorpusStats,
    params: BM25Params,
    k: int,
    constant: float = 0.0,
) -> Ranked:
    """The ``k`` passages with the highest score ``sum(weight * bm25(term)) + constant`` among
    the passages holding at least one term; ties go to the lower index id."""
    empty = Ranked(np.zeros(0, np.int64), np.zeros(0), np.zeros((len(terms), 0), bool))
    if not terms or k <= 0:
        return empty
    coefficients = [t.weight * t.idf for t in terms]
    theta = -np.inf
    essential = list(range(len(terms)))
    if all(c > 0 for c in coefficients) and len(terms) > 1:
        seed = min(range(len(terms)), key=lambda i: terms[i].size)
        seed_scores = np.concatenate(
            [
                _score(terms, s, view, _live(view, part[0]), stats, params)[0]
                for s, (view, part) in enumerate(zip(segments, terms[seed].parts))
                if part is not None
            ]
            or [np.zeros(0)]
        )
        if len(seed_scores) >= k:
            theta = float(np.partition(seed_scores, len(seed_scores) - k)[len(seed_scores) - k])
            bounds = [c * upper_bound(t.max_tf, t.min_length, 1.0, stats, params) for c, t in zip(coefficients, terms)]
            floor = theta * (1 - 1e-9)
            spent = 0.0
            skipped: set[int] = set()
            for i in sorted(range(len(terms)), key=bounds.__getitem__):
                if spent + bounds[i] >= floor:
                    break
                spent += bounds[i]
                skipped.add(i)
            essential = [i for i in range(len(terms)) if i not in skipped]
    ids: list[np.ndarray] = []
    scores: list[np.ndarray] = []
    present: list[np.ndarray] = []
    for s, view in enumerate(segments):
        found = [terms[i].parts[s][0] for i in essential if terms[i].parts[s] is not None]
        if not found:
            continue
        candidates = _live(view, np.unique(np.concatenate(found)) if len(found) > 1 else found[0])
        if not len(candidates):
            continue
        got, has = _score(terms, s, view, candidates, stats, params)
        ids.append(view.index_ids(candidates))
        scores.append(got)
        present.append(has)
    if not ids:
        return empty
    all_ids, all_scores, all_present = np.concatenate(ids), np.concatenate(scores), np.concatenate(present, axis=1)
    if constant:
        all_scores = all_scores + constant
    if len(all_ids) > k:
        kth = -np.partition(-all_scores, k - 1)[k - 1]
        keep = np.flatnonzero(all_scores >= kth)
        all_ids, all_scores, all_present = all_ids[keep], all_scores[keep], all_present[:, keep]
    order = np.lexsort((all_ids, -all_scores))[:k]
    return Ranked(all_ids[order], all_scores[order], all_present[:, order])


def _live(view: SegmentView, local: np.ndarray) -> np.ndarray:
    return local if view.live is None else local[view.live[local]]


def _score(
    terms: Sequence[QueryPostings],
    segment: int,
    view: SegmentView,
    candidates: np.ndarray,
    stats: CorpusStats,
    params: BM25Params,
) -> tuple[np.ndarray, np.ndarray]:
    """Exact scores of sorted local ``candidates`` (terms added in query order), and presence."""
    scores = np.zeros(len(candidates))
    present = np.zeros((len(terms), len(candidates)), dtype=bool)
    lengths = view.lengths
    for i, term in enumerate(terms):
        part = term.parts[segment]
        if part is None:
            continue
        postings, tf = part
        if len(postings) <= len(candidates):
            where = np.searchsorted(candidates, postings)
            inside = where < len(candidates)
            hit = np.zeros(len(postings), dtype=bool)
            hit[inside] = candidates[where[inside]] == postings[inside]
            slots, freqs = where[hit], tf[hit]
        else:
            where = np.searchsorted(postings, candidates)
            inside = where < len(postings)
            hit = np.zeros(len(candidates), dtype=bool)
            hit[inside] = postings[where[inside]] == candidates[inside]
            slots = np.flatnonzero(hit)
            freqs = tf[where[hit]]
        if not len(slots):
            continue
        weights = term_weights(freqs, lengths[candidates[slots]], term.idf, stats, params)
        scores[slots] += weights * term.weight
        present[i, slots] = True
    return scores, present
