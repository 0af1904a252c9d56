"""The searchable index: passages and BM25 over their tokens.

:mod:`index.build` makes an :class:`Index` (passages, user dictionary, tokens, BM25 -- with the
on-disk cache); :meth:`Index.search` returns typed :class:`Hit` values, best first.
"""

from __future__ import annotations

import logging
import math
import threading
import time

import numpy as np
from collections.abc import Sequence
from dataclasses import dataclass

from corpus.loader import Document
from corpus.passages import Passage
from index.bm25 import BM25Params, SparseBM25
from index.english import EnglishTranslator
from index.tokenizer import Tokenizer

log = logging.getLogger(__name__)



# Chosen by measurement on the question sets (README, "How answering works"): BM25Plus with
# rank_bm25's defaults. Its IDF, log((N+1)/df), stays positive on any corpus -- Okapi's goes
# negative for terms in more than half the passages, which on a small corpus turns the ranking
# upside down -- and the score it gives passages lacking a term does not matter here, because
# relevance is decided from the matched terms, never from the score.
DEFAULT_BM25 = BM25Params(variant="plus", k1=1.5, b=0.75)
DEFAULT_PASSAGE_CHARS = 160


@dataclass(frozen=True)
class IndexSettings:
    """How passages are cut and scored."""

    max_passage_chars: int = DEFAULT_PASSAGE_CHARS
    bm25: BM25Params = DEFAULT_BM25


@dataclass(frozen=True)
class QueryTerm:
    """One search term of a question, with how much it counts (1.0 for a typed word)."""

    term: str
    weight: float = 1.0
    group: int = 0


@dataclass(frozen=True)
class Hit:
    """A passage that matched, its BM25 score and which query terms it contains."""

    index: int
    passage: Passage
    score: float
    matched: tuple[str, ...]


class Index:
    """Passages with a BM25 index over their tokens; immutable once built."""

    def __init__(
        self,
        documents: Sequence[Document],
        passages: Sequence[Passage],
        tokenizer: Tokenizer,
        bm25: SparseBM25,
        settings: IndexSettings,
        build_seconds: float = 0.0,
    ) -> None:
        self.documents = tuple(documents)
        self.passages = tuple(passages)
        self.tokenizer = tokenizer
        self.bm25 = bm25
        self.settings = settings
        self.build_seconds = build_seconds
        self.built_at = time.time()
        matrix = bm25.weight_matrix
        self._indptr = matrix.indptr
        self._indices = matrix.indices
        self._weights = matrix.data
        self._vocab = bm25.vocabulary
        self._english: EnglishTranslator | None = None
        self._english_lock = threading.Lock()

    def english(self) -> EnglishTranslator:
        """The English→corpus-term translator for this index, built on first use."""
        if self._english is None:
            with self._english_lock:
                if self._english is None:
                    vocabulary = {term: self.doc_freq(term) for term in self.bm25.terms}
                    documents = [passage.doc for passage in self.passages]
                    self._english = EnglishTranslator(
                        vocabulary, self.num_passages, self.postings, documents
                    )
        return self._english

    @property
    def num_passages(self) -> int:
        return len(self.passages)

    def doc_freq(self, term: str) -> int:
        """In how many passages ``term`` occurs."""
        return self.bm25.doc_freq(term)

    def informativeness(self, term: str) -> float:
        """A positive IDF (log((N+1)/(df+0.5))) used to weigh query terms; unknown terms rate highest."""
        n = self.num_passages
        return math.log((n + 1) / (self.doc_freq(term) + 0.5))

    def postings(self, term: str) -> np.ndarray:
        """Indices of the passages that contain ``term`` (empty when unknown)."""
        row = self._vocab.get(term)
        if row is None:
            return self._indices[:0]
        return self._indices[self._indptr[row] : self._indptr[row + 1]]

    def search(self, terms: Sequence[QueryTerm], k: int = 10) -> list[Hit]:
        """The ``k`` best passages for weighted query terms, best first; [] when nothing matches."""
        known = [t for t in terms if self.doc_freq(t.term) > 0]
        if not known or k <= 0:
            return []
        weights: dict[str, float] = {}
        for t in known:
            weights[t.term] = weights.get(t.term, 0.0) + t.weight
        ranked = self._top_k_weighted(weights, k)
        if not ranked:
            return []
        chosen = np.fromiter((i for i, _ in ranked), dtype=np.int64, count=len(ranked))
        presence = {term: _contains_sorted(self.postings(term), chosen) for term in weights}
        hits: list[Hit] = []
        for position, (index, score) in enumerate(ranked):
            matched = tuple(term for term in weights if presence[term][position])
            if matched:
                hits.append(Hit(index, self.passages[index], float(score), matched))
        return hits

    def _top_k_weighted(self, weights: dict[str, float], k: int) -> list[tuple[int, float]]:
        """BM25 top-k for a weighted query: touches only the postings of the query terms.

        With weight 1.0 per occurrence this is exactly ``SparseBM25.top_k`` (rank_bm25's scores);
        English translations give fractional weights. For BM25Plus, the score a passage gets
        for a term it lacks is the same for every passage and is added as a constant.
        """
        rows = [(self._vocab[t], w) for t, w in weights.items() if t in self._vocab]
        if not rows:
            return []
        parts_idx = []
        parts_val = []
        constant = 0.0
        params = self.bm25.params
        for row, w in rows:
            start, end = self._indptr[row], self._indptr[row + 1]
            parts_idx.append(self._indices[start:end])
            parts_val.append(self._weights[start:end] * w)
            if params.variant == "plus":
                constant += w * self.bm25.idf(self.bm25.terms[row]) * params.delta
        idx = np.concatenate(parts_idx)
        vals = np.concatenate(parts_val)
        candidates, inverse = np.unique(idx, return_inverse=True)
        scores = np.bincount(inverse, weights=vals, minlength=len(candidates)) + constant
        if len(candidates) > k:
            kth = -np.partition(-scores, k - 1)[k - 1]
            keep = scores >= kth
            candidates, scores = candidates[keep], scores[keep]
        order = np.lexsort((candidates, -scores))[:k]
        return list(zip(candidates[order].tolist(), scores[order].tolist()))


def _contains_sorted(postings: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """For each of ``wanted``, whether it is in the sorted array ``postings`` (binary search)."""
    if len(postings) == 0:
        return np.zeros(len(wanted), dtype=bool)
    where = np.searchsorted(postings, wanted)
    where[where >= len(postings)] = len(postings) - 1
    return postings[where] == wanted
