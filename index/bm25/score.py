"""BM25 arithmetic, exactly as ``rank_bm25`` 0.2.2 defines it, from corpus-wide statistics.

Nothing here is stored per passage: a term's weight in a passage is computed when a question needs
it, from the term frequency, the passage length and the statistics of the whole live corpus
(:class:`CorpusStats`: passages N, tokens, and for Okapi the mean IDF over the vocabulary). So an
index made of segments with deletion marks scores exactly like one rebuilt from scratch, as long as
both hand the same statistics in: the same integers (N, total tokens, document frequencies) give
the same floating-point operations in the same order, bit for bit.

Formulas (``rank_bm25``): ``norm = 1 - b + b * len / avgdl``;
okapi ``idf * (tf * (k1 + 1) / (tf + k1 * norm))`` with ``idf = log(N - df + 0.5) - log(df + 0.5)``,
negative values replaced by ``epsilon * mean idf``; plus ``idf * ((tf * (k1 + 1)) / (k1 * norm +
tf))`` with ``idf = log((N + 1) / df)`` and ``idf * delta`` for every query term a passage lacks;
l ``idf * tf * (k1 + 1) * (ctd + delta) / (k1 + ctd + delta)`` with ``ctd = tf / norm`` and
``idf = log(N + 1) - log(df + 0.5)``. Where ``rank_bm25`` fails or gives NaN (no passages, no
tokens) scores are 0.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from index.bm25.params import BM25Params


@dataclass(frozen=True)
class CorpusStats:
    """The corpus-wide numbers every BM25 weight depends on."""

    num_passages: int
    total_tokens: int
    okapi_mean_idf: float = 0.0  # mean raw Okapi IDF over every term of the vocabulary

    @property
    def avgdl(self) -> float:
        return self.total_tokens / self.num_passages if self.num_passages else 0.0


def okapi_mean_idf(doc_freqs: np.ndarray, num_passages: int) -> float:
    """The mean raw Okapi IDF over a vocabulary given by its document frequencies (all > 0).

    Computed from the distinct frequencies with an exactly rounded sum (:func:`math.fsum`), so
    it does not depend on the order of the terms -- a segmented index and a rebuilt one agree
    to the bit (``rank_bm25`` sums in first-occurrence order; the difference is ~1e-16).
    """
    if not len(doc_freqs):
        return 0.0
    values, counts = np.unique(np.asarray(doc_freqs, dtype=np.int64), return_counts=True)
    n = num_passages
    total = math.fsum(
        int(c) * (math.log(n - int(df) + 0.5) - math.log(int(df) + 0.5))
        for df, c in zip(values.tolist(), counts.tolist())
    )
    return total / len(doc_freqs)


def idf(df: int, stats: CorpusStats, params: BM25Params) -> float:
    """The IDF ``rank_bm25`` uses for a term found in ``df`` passages (0.0 when ``df`` is 0)."""
    if df <= 0:
        return 0.0
    n = stats.num_passages
    if params.variant == "okapi":
        value = math.log(n - df + 0.5) - math.log(df + 0.5)
        return value if value >= 0 else params.epsilon * stats.okapi_mean_idf
    if params.variant == "plus":
        return math.log((n + 1) / df)
    return math.log(n + 1) - math.log(df + 0.5)


def length_norms(lengths: np.ndarray, stats: CorpusStats, params: BM25Params) -> np.ndarray:
    """What a term's weight in a passage takes from the passage's length alone: ``k1 * norm``
    (okapi, plus) or ``norm`` (l). The same for every term, so an index works it out once per
    passage (:func:`weights_from_norms`); the same operations on the same numbers either way."""
    b = params.b
    avgdl = stats.avgdl
    with np.errstate(divide="ignore", invalid="ignore"):
        if avgdl:  # norm = 1 - b + b * lengths / avgdl
            norm = np.multiply(lengths, b, dtype=np.float64)
            norm /= avgdl
            norm += 1 - b
        else:
            norm = np.ones(len(lengths))
        if params.variant in ("okapi", "plus"):
            norm *= params.k1
    return norm


def weights_from_norms(tf: np.ndarray, norms: np.ndarray, term_idf: float, params: BM25Params) -> np.ndarray:
    """A term's weight in passages where it occurs ``tf`` times, from their :func:`length_norms`
    (a fresh array: it is overwritten).

    Okapi and Plus are worked out in place (a fresh term's postings can be many: each temporary
    array is a pass over memory), with the same operations on the same numbers as the formulas
    (``x + y`` and ``y + x`` are the same float), so the weights are the same to the bit."""
    tf = tf.astype(np.float64)
    k1 = params.k1
    # A term occurs at least once in a passage that holds it, so no denominator below is 0.
    with np.errstate(divide="ignore", invalid="ignore"):
        if params.variant in ("okapi", "plus"):
            # okapi: idf * (tf * (k1 + 1) / (tf + k1 * norm)); plus: idf * ((tf * (k1 + 1)) / (k1 * norm + tf))
            norms += tf
            tf *= k1 + 1
            tf /= norms
            tf *= term_idf
            return tf
        ctd = tf / norms
        weights = term_idf * tf * (k1 + 1) * (ctd + params.delta) / (k1 + ctd + params.delta)
    return np.asarray(weights, dtype=np.float64)


def pair_weights(pair_tf: np.ndarray, pair_length: np.ndarray, stats: CorpusStats,
                 params: BM25Params) -> np.ndarray | None:
    """For Okapi and Plus, what a term's weight in a passage is besides its idf, for each
    (term frequency, passage length) pair: ``tf * (k1 + 1) / (k1 * norm + tf)``, so that the
    weight is ``idf`` times it -- the same operations on the same numbers as
    :func:`weights_from_norms` (``x * idf`` and ``idf * x`` are the same float), so the same
    weights to the bit. None for BM25L, whose idf comes first in its formula."""
    if params.variant not in ("okapi", "plus"):
        return None
    return weights_from_norms(pair_tf, length_norms(pair_length, stats, params), 1.0, params)


def term_weights(
    tf: np.ndarray, lengths: np.ndarray, term_idf: float, stats: CorpusStats, params: BM25Params
) -> np.ndarray:
    """A term's weight in passages where it occurs ``tf`` times and which are ``lengths`` long."""
    return weights_from_norms(tf, length_norms(lengths, stats, params), term_idf, params)


def absent_term_score(term_idf: float, params: BM25Params) -> float:
    """What a passage that lacks the term gets for it: ``idf * delta`` for plus, else 0."""
    return term_idf * params.delta if params.variant == "plus" else 0.0
