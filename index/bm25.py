"""BM25 over a sparse inverted index, scoring exactly like ``rank_bm25``.

``rank_bm25`` is the *definition* of the scores used here: :class:`SparseBM25` gives the
same numbers as ``BM25Okapi``, ``BM25Plus`` and ``BM25L`` (``rank_bm25`` 0.2.2) for
``get_scores`` -- same IDF formulas (Okapi's negative IDFs replaced by
``epsilon * average_idf``, the average taken over the whole vocabulary), same length
normalisation, every occurrence of a repeated query term counted, unknown terms
contributing 0 -- but instead of looping over every passage for every query term it keeps
a CSR matrix term x passage of precomputed per-(term, passage) weights, so a query is the
sum of a few sparse rows.

Where the tf = 0 contribution of a query term is not zero (only ``BM25Plus``:
``idf * delta``), it is the same for every passage; it is added as one per-query constant.
``rank_bm25``'s ``BM25L`` multiplies by the raw term frequency, so there the tf = 0
contribution is 0, as in Okapi.

Deviations from ``rank_bm25``, all in cases where it fails or yields NaN:

- an empty collection or one without any token gives all-zero scores (``rank_bm25`` raises
  ``ZeroDivisionError`` or returns NaN);
- the tf = 0 contribution is taken as its limit (0 for the saturation part) where
  ``rank_bm25`` computes 0/0 = NaN (``k1 = 0``, or ``b = 1`` with an empty passage).

Persistence (:meth:`SparseBM25.save` / :meth:`SparseBM25.load`) uses no pickle. A saved
index is a directory::

    <directory>/header.json           small JSON header, replaced atomically (written last)
    <directory>/arrays-<token>.npz    the arrays, np.savez(..., allow_pickle=False)

``header.json`` holds ``format`` (``"zh-news-qa-bot/sparse-bm25"``), ``format_version``
(:data:`FORMAT_VERSION`), ``params``, ``num_passages``, ``num_terms``, ``nnz``,
``total_tokens``, ``data_file`` (the name of the ``.npz``), ``data_bytes`` and
``data_sha256``. The ``.npz`` members are ``vocabulary`` (UTF-8 JSON list of the terms, as
``uint8``), ``indptr`` (``int64``, ``num_terms + 1``), ``indices`` (``int32`` passage ids,
increasing within each term's row), ``tf`` (``int32`` term frequencies, parallel to
``indices``) and ``passage_lengths`` (``int32``). Weights are not stored: they are
recomputed from the term frequencies on load (vectorised, milliseconds), so they always match
the stored parameters. A save writes a new ``.npz`` under a fresh name, then replaces
``header.json`` (temp file + ``os.replace``), then deletes older ``.npz`` files, so a reader
sees either the old or the new index, never a mix. Loading a different ``format_version``, a
missing, truncated or corrupt file (checked against the size and SHA-256 in the header, and
structurally) raises :class:`~corpus.errors.IndexBuildError`.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import math
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import chain, count
from dataclasses import asdict, dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, BinaryIO, Literal, get_args

import numpy as np
import scipy.sparse

from corpus.errors import IndexBuildError

__all__ = [
    "FORMAT_VERSION",
    "BM25Params",
    "EncodedPassages",
    "SparseBM25",
    "assign_ids",
    "atomic_write_bytes",
    "encode_passages",
    "read_json_object",
    "read_npz",
    "write_npz_atomic",
]

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1
"""Version of the on-disk layout written by :meth:`SparseBM25.save`."""

FORMAT_NAME = "zh-news-qa-bot/sparse-bm25"
HEADER_FILE = "header.json"

Variant = Literal["okapi", "plus", "l"]
_VARIANTS: tuple[str, ...] = get_args(Variant)
_DEFAULT_DELTA: Mapping[str, float] = MappingProxyType({"okapi": 0.0, "plus": 1.0, "l": 0.5})


@dataclass(frozen=True)
class BM25Params:
    """Scoring parameters, with ``rank_bm25``'s defaults.

    ``variant`` picks the formula: ``"okapi"`` (``BM25Okapi``), ``"plus"`` (``BM25Plus``) or
    ``"l"`` (``BM25L``). ``epsilon`` is used by Okapi only, ``delta`` by plus and l only;
    ``delta=None`` means the variant's ``rank_bm25`` default (plus 1.0, l 0.5; 0.0 for Okapi,
    where it is unused). Raises :class:`ValueError` for an unknown variant or a value out of
    range (``k1 >= 0``, ``0 <= b <= 1``, ``delta >= 0``, all finite).
    """

    variant: Variant = "okapi"
    k1: float = 1.5
    b: float = 0.75
    epsilon: float = 0.25
    delta: float | None = None

    def __post_init__(self) -> None:
        if self.variant not in _VARIANTS:
            raise ValueError(f"unknown BM25 variant {self.variant!r}; expected one of {_VARIANTS}")
        delta = _DEFAULT_DELTA[self.variant] if self.delta is None else self.delta
        values = {"k1": self.k1, "b": self.b, "epsilon": self.epsilon, "delta": delta}
        for name, value in values.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ValueError(f"BM25 parameter {name} must be a number, got {value!r}")
            if not math.isfinite(value):
                raise ValueError(f"BM25 parameter {name} must be finite, got {value!r}")
            object.__setattr__(self, name, float(value))
        if self.k1 < 0:
            raise ValueError(f"BM25 parameter k1 must be >= 0, got {self.k1}")
        if not 0.0 <= self.b <= 1.0:
            raise ValueError(f"BM25 parameter b must be within [0, 1], got {self.b}")
        if delta < 0:
            raise ValueError(f"BM25 parameter delta must be >= 0, got {delta}")

    def to_dict(self) -> dict[str, Any]:
        """The parameters as a JSON-serialisable dict (the form stored in headers)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BM25Params:
        """Inverse of :meth:`to_dict`; raises :class:`ValueError` on unknown keys or values."""
        unknown = set(data) - {"variant", "k1", "b", "epsilon", "delta"}
        if unknown:
            raise ValueError(f"unknown BM25 parameter(s): {sorted(unknown)}")
        return cls(**data)


@dataclass(frozen=True)
class EncodedPassages:
    """Passages as integer token ids: ``vocabulary[ids[offsets[i]:offsets[i + 1]]]`` are
    the tokens of passage ``i``.

    ``vocabulary`` lists each term once, in order of first occurrence when produced by
    :func:`encode_passages`; ``ids`` is ``int32``; ``offsets`` is ``int64`` with
    ``len(offsets) == num_passages + 1``.
    """

    vocabulary: tuple[str, ...]
    ids: np.ndarray
    offsets: np.ndarray

    @property
    def num_passages(self) -> int:
        """How many passages."""
        return len(self.offsets) - 1

    def to_tokens(self) -> list[list[str]]:
        """Decode back into one list of tokens per passage."""
        terms = np.empty(len(self.vocabulary), dtype=object)
        terms[:] = self.vocabulary
        flat = terms[self.ids]
        bounds = self.offsets.tolist()
        return [flat[bounds[i] : bounds[i + 1]].tolist() for i in range(len(bounds) - 1)]


def encode_passages(
    passages: Iterable[Sequence[str]], vocabulary: dict[str, int] | None = None
) -> EncodedPassages:
    """Map tokens to integer ids (C-speed passes over the tokens, no per-token Python code).

    ``vocabulary`` (term -> id, ids ``0..n-1``) is extended in place with new terms when
    given; the result's ``vocabulary`` then covers all of it. New terms get ids in order of
    first occurrence. Raises :class:`TypeError` if a passage is a ``str`` or a token is not
    a ``str``; :class:`ValueError` if ``vocabulary``'s ids are not ``0..n-1``.
    """
    passages = passages if isinstance(passages, Sequence) else list(passages)
    lengths = np.zeros(len(passages) + 1, dtype=np.int64)
    for i, passage in enumerate(passages):
        if isinstance(passage, str):
            raise TypeError("a passage must be a sequence of tokens, not a str")
        lengths[i + 1] = len(passage)
    flat = list(chain.from_iterable(passages))
    vocab: dict[str, int] = {} if vocabulary is None else vocabulary
    known = len(vocab)
    if known and not np.array_equal(
        np.fromiter(vocab.values(), dtype=np.int64, count=known), np.arange(known)
    ):
        if sorted(vocab.values()) != list(range(known)):
            raise ValueError("vocabulary ids must be 0..n-1, each used once")
        order = sorted(vocab, key=vocab.__getitem__)
    else:
        order = list(vocab)
    ids, new_terms = assign_ids(flat, vocab)
    order.extend(new_terms)
    return EncodedPassages(vocabulary=tuple(order), ids=ids, offsets=np.cumsum(lengths))


def assign_ids(tokens: list[str], vocabulary: dict[str, int]) -> tuple[np.ndarray, list[str]]:
    """The ``int32`` id of every token, adding unseen terms to ``vocabulary`` (term -> id,
    ids ``0..n-1``) with the next ids, in order of first occurrence.

    One C-level dict pass over ``tokens`` (``map(dict.setdefault, ...)``), then array work.
    Returns ``(ids, new_terms)``. Raises :class:`TypeError` (leaving ``vocabulary`` as it
    was) if a token is not a ``str``.
    """
    known = len(vocabulary)
    try:
        # Unseen terms are first stored with "known + position of first occurrence" ...
        raw = np.fromiter(
            map(vocabulary.setdefault, tokens, count(known)), dtype=np.int64, count=len(tokens)
        )
        is_new = raw >= known
        if not is_new.any():
            return raw.astype(np.int32), []
        first_position = raw[is_new] - known
        is_first = np.zeros(len(tokens), dtype=bool)
        is_first[first_position] = True
        new_terms = [tokens[p] for p in np.flatnonzero(is_first).tolist()]
        if not set(map(type, new_terms)) <= {str}:
            bad = next(t for t in new_terms if not isinstance(t, str))
            raise TypeError(f"tokens must be str, got {type(bad).__name__}: {bad!r}")
    except BaseException:
        for term in [t for t, i in vocabulary.items() if i >= known]:
            del vocabulary[term]
        raise
    # ... then renumbered known, known + 1, ... in order of first occurrence.
    compact = np.cumsum(is_first) - 1
    raw[is_new] = known + compact[first_position]
    vocabulary.update(zip(new_terms, range(known, known + len(new_terms))))
    return raw.astype(np.int32), new_terms


class SparseBM25:
    """A BM25 index whose scores equal ``rank_bm25``'s, computed from a sparse inverted index.

    Build it from tokenised passages (``SparseBM25(passages, params)``), from integer-coded
    tokens (:meth:`from_token_ids`, :meth:`from_id_arrays`: vectorised, no loop over tokens)
    or from disk (:meth:`load`). Instances are immutable: :meth:`extended` and
    :meth:`with_params` return new indexes, so readers in other threads are never disturbed.

    Passages are numbered ``0..num_passages-1`` in input order.
    """

    _params: BM25Params
    _terms: tuple[str, ...]
    _vocab: dict[str, int]
    _indptr: np.ndarray
    _indices: np.ndarray
    _tf: np.ndarray
    _lengths: np.ndarray
    _total_tokens: int
    _avgdl: float
    _idf: np.ndarray
    _weights: np.ndarray
    _zero_tf: np.ndarray | None
    _row_positive: np.ndarray

    def __init__(self, passages: Sequence[Sequence[str]], params: BM25Params | None = None) -> None:
        """Index ``passages`` (each a sequence of ``str`` tokens) with ``params``."""
        started = time.perf_counter()
        encoded = encode_passages(passages)
        self._init_from_encoded(encoded.vocabulary, encoded.ids, encoded.offsets, params or BM25Params())
        logger.debug(
            "indexed %d passages, %d terms in %.3f s",
            self.num_passages,
            len(self._terms),
            time.perf_counter() - started,
        )

    # ------------------------------------------------------------------ construction

    @classmethod
    def from_token_ids(
        cls,
        vocabulary: Sequence[str],
        ids: np.ndarray,
        offsets: np.ndarray,
        params: BM25Params | None = None,
    ) -> SparseBM25:
        """Build from one concatenated id array: passage ``i`` is
        ``[vocabulary[j] for j in ids[offsets[i]:offsets[i + 1]]]``.

        ``offsets`` starts at 0, never decreases and ends at ``len(ids)``. Terms of
        ``vocabulary`` that occur in no passage are dropped (as ``rank_bm25`` never sees
        them), so ``vocabulary`` may be a superset. Raises :class:`IndexBuildError` for
        inconsistent arrays, duplicate terms or ids out of range.
        """
        obj = cls.__new__(cls)
        obj._init_from_encoded(tuple(vocabulary), ids, offsets, params or BM25Params())
        return obj

    @classmethod
    def from_id_arrays(
        cls,
        vocabulary: Sequence[str],
        passages_ids: Sequence[np.ndarray],
        params: BM25Params | None = None,
    ) -> SparseBM25:
        """Build from one integer id array per passage (ids index ``vocabulary``)."""
        lengths = np.fromiter((len(p) for p in passages_ids), dtype=np.int64, count=len(passages_ids))
        offsets = np.zeros(len(passages_ids) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        if passages_ids:
            ids = np.concatenate([np.asarray(p).ravel() for p in passages_ids])
        else:
            ids = np.zeros(0, dtype=np.int32)
        return cls.from_token_ids(vocabulary, ids, offsets, params)

    def _init_from_encoded(
        self, vocabulary: tuple[str, ...], ids: np.ndarray, offsets: np.ndarray, params: BM25Params
    ) -> None:
        ids = np.asarray(ids)
        offsets = np.asarray(offsets)
        if ids.ndim != 1 or offsets.ndim != 1 or len(offsets) < 1:
            raise IndexBuildError("token ids and offsets must be one-dimensional, offsets non-empty")
        if (ids.size and ids.dtype.kind not in "iu") or (offsets.size and offsets.dtype.kind not in "iu"):
            raise IndexBuildError("token ids and offsets must be integer arrays")
        offsets = offsets.astype(np.int64, copy=False)
        if offsets[0] != 0 or offsets[-1] != len(ids) or np.any(np.diff(offsets) < 0):
            raise IndexBuildError("offsets must start at 0, never decrease and end at len(ids)")
        if len(set(vocabulary)) != len(vocabulary):
            raise IndexBuildError("vocabulary lists a term more than once")
        num_terms = len(vocabulary)
        if ids.size and (int(ids.min()) < 0 or int(ids.max()) >= num_terms):
            raise IndexBuildError(f"token ids must be within [0, {num_terms})")
        num_passages = len(offsets) - 1
        lengths = np.diff(offsets)
        if lengths.size and int(lengths.max()) > np.iinfo(np.int32).max:
            raise IndexBuildError("a passage is too long")

        # Sort the (term, passage) pairs of all tokens and run-length encode them: the runs are
        # the non-zero term frequencies, already in CSR (term-major, passage-increasing) order.
        passage_of_token = np.repeat(np.arange(num_passages, dtype=np.int64), lengths)
        keys = ids.astype(np.int64) * max(num_passages, 1) + passage_of_token
        del passage_of_token
        keys.sort()
        if keys.size:
            run_start = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
            tf = np.diff(np.append(run_start, keys.size))
            keys = keys[run_start]
        else:
            tf = np.zeros(0, dtype=np.int64)
        term_of_entry = keys // max(num_passages, 1)
        passage_of_entry = keys - term_of_entry * max(num_passages, 1)
        del keys

        # Drop vocabulary terms that occur nowhere, keeping the given order.
        df = np.bincount(term_of_entry, minlength=num_terms)
        present = df > 0
        if not present.all():
            new_id = np.cumsum(present) - 1
            term_of_entry = new_id[term_of_entry]
            vocabulary = tuple(t for t, keep in zip(vocabulary, present.tolist()) if keep)
            df = df[present]
        indptr = np.zeros(len(vocabulary) + 1, dtype=np.int64)
        np.cumsum(df, out=indptr[1:])
        self._init_from_csr(
            vocabulary,
            indptr,
            passage_of_entry.astype(np.int32),
            tf.astype(np.int32),
            lengths.astype(np.int32),
            params,
        )

    def _init_from_csr(
        self,
        terms: tuple[str, ...],
        indptr: np.ndarray,
        indices: np.ndarray,
        tf: np.ndarray,
        lengths: np.ndarray,
        params: BM25Params,
        vocab: dict[str, int] | None = None,
    ) -> None:
        """Set every attribute from a validated term-frequency CSR matrix, then the weights."""
        for array in (indptr, indices, tf, lengths):
            array.setflags(write=False)
        self._params = params
        self._terms = terms
        self._vocab = vocab if vocab is not None else dict(zip(terms, range(len(terms))))
        self._indptr = indptr
        self._indices = indices
        self._tf = tf
        self._lengths = lengths
        self._total_tokens = int(lengths.sum(dtype=np.int64))
        self._avgdl = self._total_tokens / len(lengths) if len(lengths) else 0.0
        self._compute_weights()

    def _compute_weights(self) -> None:
        """IDF per term and the weight of every stored (term, passage), as ``rank_bm25``."""
        p = self._params
        n = len(self._lengths)
        df = np.diff(self._indptr)
        if p.variant == "okapi":
            idf = np.log(n - df + 0.5) - np.log(df + 0.5)
            # rank_bm25 sums the raw idfs in vocabulary order (a sequential sum: cumsum).
            average_idf = float(np.cumsum(idf)[-1]) / len(idf) if len(idf) else 0.0
            idf[idf < 0] = p.epsilon * average_idf
        elif p.variant == "plus":
            idf = np.log((n + 1) / df) if len(df) else np.zeros(0)
        else:
            idf = math.log(n + 1) - np.log(df + 0.5)
        idf = np.asarray(idf, dtype=np.float64)

        tf = self._tf
        idf_e = np.repeat(idf, df)
        with np.errstate(divide="ignore", invalid="ignore"):
            # Same operation order as rank_bm25, so the numbers agree to the last bit or so.
            norm = 1 - p.b + p.b * self._lengths / self._avgdl if self._avgdl else np.ones(n)
            norm_e = norm[self._indices]
            if p.variant == "okapi":
                weights = idf_e * (tf * (p.k1 + 1) / (tf + p.k1 * norm_e))
            elif p.variant == "plus":
                weights = idf_e * ((tf * (p.k1 + 1)) / (p.k1 * norm_e + tf))
            else:
                ctd = tf / norm_e
                weights = idf_e * tf * (p.k1 + 1) * (ctd + p.delta) / (p.k1 + ctd + p.delta)
        weights = np.asarray(weights, dtype=np.float64)
        # Rows whose weights are all > 0: a passage then scores > 0 exactly when it contains
        # one of the query's terms, which lets top_k skip counting matches separately.
        if len(weights):
            row_positive = np.minimum.reduceat(weights, self._indptr[:-1]) > 0
        else:
            row_positive = np.zeros(len(idf), dtype=bool)
        for array in (idf, weights, row_positive):
            array.setflags(write=False)
        self._idf = idf
        self._weights = weights
        self._row_positive = row_positive
        if p.variant == "plus":
            zero_tf = idf * p.delta
            zero_tf.setflags(write=False)
            self._zero_tf = zero_tf
        else:
            self._zero_tf = None

    def with_params(self, params: BM25Params) -> SparseBM25:
        """The same passages scored with other parameters (no re-tokenising; shares arrays)."""
        obj = type(self).__new__(type(self))
        obj._init_from_csr(
            self._terms, self._indptr, self._indices, self._tf, self._lengths, params, self._vocab
        )
        return obj

    def extended(self, passages: Sequence[Sequence[str]]) -> SparseBM25:
        """A new index holding these passages followed by ``passages`` (numbered from
        ``num_passages``); scores equal a rebuild from all passages. Costs one sort of the
        stored entries, no re-tokenising of the old passages."""
        vocab = dict(self._vocab)
        encoded = encode_passages(passages, vocab)
        return self.extended_ids(encoded.vocabulary, encoded.ids, encoded.offsets)

    def extended_ids(self, vocabulary: Sequence[str], ids: np.ndarray, offsets: np.ndarray) -> SparseBM25:
        """Like :meth:`extended`, for passages given as token ids into ``vocabulary``
        (any vocabulary: terms are matched to this index's by string)."""
        addition = SparseBM25.from_token_ids(vocabulary, ids, offsets, self._params)
        old_n, add_n = self.num_passages, addition.num_passages
        total_n = old_n + add_n
        terms = list(self._terms)
        vocab = dict(self._vocab)
        mapping = np.fromiter(
            (vocab.setdefault(t, len(vocab)) for t in addition._terms),
            dtype=np.int64,
            count=len(addition._terms),
        )
        terms.extend(addition._terms[i] for i in np.flatnonzero(mapping >= len(self._terms)).tolist())
        old_terms = np.repeat(np.arange(len(self._terms), dtype=np.int64), np.diff(self._indptr))
        add_terms = np.repeat(mapping, np.diff(addition._indptr))
        keys = np.concatenate(
            (
                old_terms * max(total_n, 1) + self._indices,
                add_terms * max(total_n, 1) + (addition._indices.astype(np.int64) + old_n),
            )
        )
        order = np.argsort(keys, kind="stable")
        term_of_entry = keys[order] // max(total_n, 1)
        indices = np.concatenate((self._indices, addition._indices + np.int32(old_n)))[order]
        tf = np.concatenate((self._tf, addition._tf))[order]
        indptr = np.zeros(len(terms) + 1, dtype=np.int64)
        np.cumsum(np.bincount(term_of_entry, minlength=len(terms)), out=indptr[1:])
        obj = type(self).__new__(type(self))
        obj._init_from_csr(
            tuple(terms),
            indptr,
            indices.astype(np.int32, copy=False),
            tf,
            np.concatenate((self._lengths, addition._lengths)),
            self._params,
            vocab,
        )
        return obj

    # ------------------------------------------------------------------ properties

    @property
    def params(self) -> BM25Params:
        """The scoring parameters."""
        return self._params

    @property
    def num_passages(self) -> int:
        """How many passages are indexed."""
        return len(self._lengths)

    @property
    def vocabulary(self) -> Mapping[str, int]:
        """Read-only mapping term -> term id (row of the weight matrix); only terms that
        occur in some passage."""
        return MappingProxyType(self._vocab)

    @property
    def terms(self) -> tuple[str, ...]:
        """The terms by id (inverse of :attr:`vocabulary`)."""
        return self._terms

    @property
    def avgdl(self) -> float:
        """Average passage length in tokens (0.0 when there are no passages)."""
        return self._avgdl

    @property
    def passage_lengths(self) -> np.ndarray:
        """Read-only ``int32`` array: tokens per passage."""
        return self._lengths

    @property
    def total_tokens(self) -> int:
        """Tokens over all passages."""
        return self._total_tokens

    @property
    def nnz(self) -> int:
        """Stored (term, passage) entries."""
        return len(self._indices)

    @property
    def weight_matrix(self) -> scipy.sparse.csr_array:
        """The term x passage CSR matrix of weights (a view on the index's arrays)."""
        return scipy.sparse.csr_array(
            (self._weights, self._indices, self._indptr),
            shape=(len(self._terms), self.num_passages),
        )

    def doc_freq(self, term: str) -> int:
        """In how many passages ``term`` occurs (0 if unknown)."""
        term_id = self._vocab.get(term)
        if term_id is None:
            return 0
        return int(self._indptr[term_id + 1] - self._indptr[term_id])

    def idf(self, term: str) -> float:
        """The IDF used for ``term`` (after Okapi's epsilon floor); 0.0 if unknown,
        as ``rank_bm25``'s ``idf.get(q) or 0``."""
        term_id = self._vocab.get(term)
        return 0.0 if term_id is None else float(self._idf[term_id])

    # ------------------------------------------------------------------ scoring

    def _query_rows(self, query_tokens: Iterable[str]) -> list[int]:
        if isinstance(query_tokens, str):
            raise TypeError("query_tokens must be a sequence of tokens, not a str")
        get = self._vocab.get
        return [term_id for term_id in map(get, query_tokens) if term_id is not None]

    def _gather(self, rows: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """Passage ids and weights of the given rows, concatenated in query order."""
        indptr = self._indptr
        if len(rows) == 1:
            start, end = indptr[rows[0]], indptr[rows[0] + 1]
            return self._indices[start:end], self._weights[start:end]
        spans = [(indptr[r], indptr[r + 1]) for r in rows]
        idx = np.concatenate([self._indices[s:e] for s, e in spans])
        weights = np.concatenate([self._weights[s:e] for s, e in spans])
        return idx, weights

    def _zero_tf_constant(self, rows: list[int]) -> float:
        """The score every passage gets from the query terms it lacks (plus only)."""
        if self._zero_tf is None:
            return 0.0
        constant = 0.0
        for row in rows:  # sequential, in query order, as rank_bm25
            constant += float(self._zero_tf[row])
        return constant

    def get_scores(self, query_tokens: Iterable[str]) -> np.ndarray:
        """Scores of all passages for ``query_tokens`` (``float64``, one per passage),
        equal to ``rank_bm25``'s ``get_scores``. Each occurrence of a repeated term counts;
        unknown terms contribute 0."""
        rows = self._query_rows(query_tokens)
        n = self.num_passages
        if not rows:
            return np.zeros(n)
        idx, weights = self._gather(rows)
        # bincount adds in array order: per passage, the terms are added in query order.
        scores = np.bincount(idx, weights=weights, minlength=n)
        constant = self._zero_tf_constant(rows)
        if constant:
            scores += constant
        return scores

    def top_k(self, query_tokens: Iterable[str], k: int) -> list[tuple[int, float]]:
        """The ``k`` best ``(passage index, score)`` pairs, best first, ties broken by lower
        passage index.

        Only passages that contain at least one known query term are scored and returned
        (for Okapi and l these are the only ones with a non-zero score). For ``plus`` every
        other passage has the same constant score (``sum(idf * delta)`` over the query
        terms), never higher than a matching passage's: they are added, lowest index first,
        only when fewer than ``k`` passages match. So for plus and l the result is the
        global top k of :meth:`get_scores`; for Okapi too, unless a query term has a
        negative IDF (Okapi's epsilon floor is negative only when the *average* IDF is, in
        tiny degenerate collections): matching passages can then score below the 0 of
        non-matching ones, which are still not returned. A query without any known term
        (empty, or only unknown terms) returns ``[]``. Raises :class:`ValueError` if
        ``k < 0``, :class:`TypeError` if ``k`` is not an int or the query is a ``str``.
        """
        if isinstance(k, bool) or not isinstance(k, (int, np.integer)):
            raise TypeError(f"k must be an int, got {k!r}")
        if k < 0:
            raise ValueError(f"k must be >= 0, got {k}")
        rows = self._query_rows(query_tokens)
        if not rows or k == 0:
            return []
        n = self.num_passages
        idx, weights = self._gather(rows)
        if idx.size * 8 < n:
            # Few postings: sort them instead of sweeping every passage.
            candidates, inverse = np.unique(idx, return_inverse=True)
            scores = np.bincount(inverse, weights=weights, minlength=len(candidates))
        elif self._row_positive[rows].all():
            # Every weight > 0: matching passages are exactly those scoring > 0, and only
            # those at or above the k-th best score can be in the answer.
            dense = np.bincount(idx, weights=weights, minlength=n)
            kth_best = np.partition(dense, n - k)[n - k] if k < n else 0.0
            candidates = np.flatnonzero(dense >= kth_best if kth_best > 0 else dense > 0)
            scores = dense[candidates]
        else:
            dense = np.bincount(idx, weights=weights, minlength=n)
            candidates = np.flatnonzero(np.bincount(idx, minlength=n))
            scores = dense[candidates]
        constant = self._zero_tf_constant(rows)
        if constant:
            scores = scores + constant
        if self._zero_tf is not None and len(candidates) < min(k, n):
            head = np.arange(min(n, k + len(candidates)), dtype=candidates.dtype)
            fill = np.setdiff1d(head, candidates, assume_unique=True)[: k - len(candidates)]
            candidates = np.concatenate((candidates, fill))
            scores = np.concatenate((scores, np.full(len(fill), constant)))
        if len(candidates) > k:
            kth_best = -np.partition(-scores, k - 1)[k - 1]
            keep = scores >= kth_best
            candidates, scores = candidates[keep], scores[keep]
        order = np.lexsort((candidates, -scores))[:k]
        return list(zip(candidates[order].tolist(), scores[order].tolist()))

    # ------------------------------------------------------------------ persistence

    def save(self, directory: str | os.PathLike[str]) -> None:
        """Write the index into ``directory`` (created if needed); see the module docstring
        for the layout. Atomic: readers see the old or the new index. Raises
        :class:`IndexBuildError` if it cannot be written."""
        directory = Path(directory)
        try:
            directory.mkdir(parents=True, exist_ok=True)
            data_name = f"arrays-{os.urandom(8).hex()}.npz"
            arrays = {
                "vocabulary": json_to_array(list(self._terms)),
                "indptr": self._indptr,
                "indices": self._indices,
                "tf": self._tf,
                "passage_lengths": self._lengths,
            }
            digest, size = write_npz_atomic(directory / data_name, arrays)
            header = {
                "format": FORMAT_NAME,
                "format_version": FORMAT_VERSION,
                "params": self._params.to_dict(),
                "num_passages": self.num_passages,
                "num_terms": len(self._terms),
                "nnz": self.nnz,
                "total_tokens": self._total_tokens,
                "data_file": data_name,
                "data_bytes": size,
                "data_sha256": digest,
            }
            atomic_write_bytes(directory / HEADER_FILE, json.dumps(header, indent=1).encode("utf-8"))
            for stale in directory.glob("arrays-*.npz"):
                if stale.name != data_name:
                    with contextlib.suppress(OSError):
                        stale.unlink()
        except OSError as exc:
            raise IndexBuildError(f"cannot save the BM25 index to {directory}: {exc}") from exc
        logger.debug("saved BM25 index (%d passages) to %s", self.num_passages, directory)

    @classmethod
    def load(cls, directory: str | os.PathLike[str]) -> SparseBM25:
        """Read an index written by :meth:`save`. Raises :class:`IndexBuildError` (naming the
        problem) for a missing directory or file, another format or ``format_version``, a
        truncated or corrupt file, or arrays that do not form a valid index."""
        directory = Path(directory)
        header_path = directory / HEADER_FILE
        header = read_json_object(header_path, what="BM25 index header")
        if header.get("format") != FORMAT_NAME:
            raise IndexBuildError(f"{header_path} is not a BM25 index header (format {header.get('format')!r})")
        if header.get("format_version") != FORMAT_VERSION:
            raise IndexBuildError(
                f"{header_path} has format_version {header.get('format_version')!r}; "
                f"this program reads version {FORMAT_VERSION}: rebuild the index"
            )
        try:
            params = BM25Params.from_dict(header["params"])
            data_name = header["data_file"]
            counts = {key: int(header[key]) for key in ("num_passages", "num_terms", "nnz", "total_tokens")}
            if not isinstance(data_name, str) or Path(data_name).name != data_name:
                raise ValueError(f"bad data_file {data_name!r}")
        except (KeyError, TypeError, ValueError) as exc:
            raise IndexBuildError(f"{header_path} is malformed: {exc}") from exc
        arrays = read_npz(
            directory / data_name,
            expected_sha256=header.get("data_sha256"),
            expected_bytes=header.get("data_bytes"),
            what="BM25 index data",
        )
        try:
            terms = array_to_json(arrays["vocabulary"])
            indptr, indices, tf, lengths = (
                arrays["indptr"], arrays["indices"], arrays["tf"], arrays["passage_lengths"]
            )
        except KeyError as exc:
            raise IndexBuildError(f"{directory / data_name} lacks the array {exc}") from exc
        terms_tuple = _validate_csr(terms, indptr, indices, tf, lengths, counts, where=directory / data_name)
        obj = cls.__new__(cls)
        obj._init_from_csr(terms_tuple, indptr, indices, tf, lengths, params)
        logger.debug("loaded BM25 index (%d passages) from %s", obj.num_passages, directory)
        return obj


def _validate_csr(
    terms: Any,
    indptr: np.ndarray,
    indices: np.ndarray,
    tf: np.ndarray,
    lengths: np.ndarray,
    counts: Mapping[str, int],
    *,
    where: Path,
) -> tuple[str, ...]:
    """Check loaded arrays form a valid index; raise :class:`IndexBuildError` otherwise."""

    def bad(reason: str) -> IndexBuildError:
        return IndexBuildError(f"{where} is not a valid BM25 index: {reason}")

    if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
        raise bad("vocabulary is not a list of strings")
    if len(set(terms)) != len(terms):
        raise bad("vocabulary lists a term twice")
    expected = {
        "indptr": (indptr, np.int64, counts["num_terms"] + 1),
        "indices": (indices, np.int32, counts["nnz"]),
        "tf": (tf, np.int32, counts["nnz"]),
        "passage_lengths": (lengths, np.int32, counts["num_passages"]),
    }
    for name, (array, dtype, size) in expected.items():
        if array.dtype != dtype or array.ndim != 1 or array.size != size:
            raise bad(f"{name} has dtype {array.dtype}, shape {array.shape}; expected {np.dtype(dtype)} [{size}]")
    if len(terms) != counts["num_terms"]:
        raise bad("vocabulary size does not match the header")
    if indptr[0] != 0 or indptr[-1] != len(indices) or np.any(np.diff(indptr) <= 0):
        raise bad("indptr is not increasing from 0 to nnz")
    n = len(lengths)
    if indices.size and (int(indices.min()) < 0 or int(indices.max()) >= n):
        raise bad("a passage id is out of range")
    row_start = np.zeros(len(indices), dtype=bool)
    row_start[indptr[:-1]] = True
    if np.any((np.diff(indices.astype(np.int64)) <= 0) & ~row_start[1:]):
        raise bad("passage ids within a term's row are not increasing")
    if tf.size and int(tf.min()) < 1:
        raise bad("a term frequency is below 1")
    if lengths.size and int(lengths.min()) < 0:
        raise bad("a passage length is negative")
    per_passage = np.bincount(indices, weights=tf, minlength=n)
    if not np.array_equal(per_passage, lengths) or int(lengths.sum(dtype=np.int64)) != counts["total_tokens"]:
        raise bad("term frequencies do not add up to the passage lengths")
    return tuple(terms)


# ---------------------------------------------------------------------- safe file helpers


def atomic_write_bytes(
    path: Path, data: bytes | Callable[[BinaryIO], None], *, durable: bool = True
) -> None:
    """Write ``data`` (bytes, or a function writing into a binary file) to ``path``
    atomically: a temp file in the same folder, then ``os.replace``. With ``durable`` the
    file and folder are fsync'ed too (skip it for data that is checksummed and cheap to
    lose). Creates the folder. Raises :class:`OSError` on failure (the temp file is
    removed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            if callable(data):
                data(handle)
            else:
                handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if not durable:
        return
    with contextlib.suppress(OSError):
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def write_npz_atomic(path: Path, arrays: Mapping[str, np.ndarray]) -> tuple[str, int]:
    """Save ``arrays`` as an uncompressed ``.npz`` (``allow_pickle=False``) atomically;
    return its SHA-256 hex digest and size in bytes."""
    buffer = io.BytesIO()
    np.savez(buffer, allow_pickle=False, **arrays)
    data = buffer.getvalue()
    atomic_write_bytes(path, data)
    return hashlib.sha256(data).hexdigest(), len(data)


def read_npz(
    path: Path,
    *,
    expected_sha256: Any = None,
    expected_bytes: Any = None,
    what: str = "array file",
) -> dict[str, np.ndarray]:
    """Load every array of a ``.npz`` with ``allow_pickle=False``, after checking its size
    and SHA-256 when given. Raises :class:`IndexBuildError` for a missing, truncated or
    corrupt file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IndexBuildError(f"cannot read the {what} {path}: {exc}") from exc
    if expected_bytes is not None and len(data) != expected_bytes:
        raise IndexBuildError(
            f"the {what} {path} has {len(data)} bytes, expected {expected_bytes} (truncated or replaced?)"
        )
    if expected_sha256 is not None and hashlib.sha256(data).hexdigest() != expected_sha256:
        raise IndexBuildError(f"the {what} {path} is corrupt (SHA-256 mismatch)")
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            return {name: npz[name] for name in npz.files}
    except Exception as exc:  # zipfile, format and value errors of a damaged file
        raise IndexBuildError(f"the {what} {path} is corrupt or truncated: {exc}") from exc


def read_json_object(path: Path, *, what: str) -> dict[str, Any]:
    """Read a JSON object from ``path``; :class:`IndexBuildError` if missing or malformed."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise IndexBuildError(f"no {what} at {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise IndexBuildError(f"cannot read the {what} {path}: {exc}") from exc
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IndexBuildError(f"the {what} {path} is not valid JSON (truncated?): {exc}") from exc
    if not isinstance(value, dict):
        raise IndexBuildError(f"the {what} {path} is not a JSON object")
    return value


def json_to_array(value: Any) -> np.ndarray:
    """``value`` as UTF-8 JSON bytes in a ``uint8`` array (to store text inside a ``.npz``)."""
    encoded = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return np.frombuffer(encoded, dtype=np.uint8)


def array_to_json(array: np.ndarray) -> Any:
    """Inverse of :func:`json_to_array`; :class:`IndexBuildError` if it is not valid JSON."""
    if array.dtype != np.uint8 or array.ndim != 1:
        raise IndexBuildError(f"expected a uint8 JSON array, got {array.dtype} {array.shape}")
    try:
        return json.loads(array.tobytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IndexBuildError(f"stored JSON is corrupt: {exc}") from exc
