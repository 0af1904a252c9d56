"""BM25 as ``rank_bm25`` defines it, answered from postings instead of a loop over passages.

:mod:`~index.bm25.params` holds the parameters, :mod:`~index.bm25.score` the arithmetic (IDF and
per-passage weights from corpus-wide statistics, upper bounds), :mod:`~index.bm25.topk` the exact
top-k over postings that skips the passages which cannot reach it. The postings themselves live in
the on-disk store (:mod:`index.store`).
"""

from index.bm25.params import BM25Params, Variant
from index.bm25.score import CorpusStats, idf, okapi_mean_idf, term_weights

__all__ = ["BM25Params", "CorpusStats", "Variant", "idf", "okapi_mean_idf", "term_weights"]
