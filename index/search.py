"""The searchable index: stored passages, documents and BM25 over their tokens.

:mod:`index.build` makes an :class:`Index` (from the on-disk store, by memory map, or in memory);
:meth:`Index.search` returns typed :class:`Hit` values, best first. Passages and documents are
sequences materialised one item at a time from the store, so an index of a million passages costs
nothing to open and little to keep.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import overload

import numpy as np

from corpus.loader import DocumentInfo
from corpus.passages import Passage
from index.bm25 import BM25Params
from index.bm25.score import absent_term_score, idf
from index.bm25.topk import QueryPostings, top_k
from index.english import EnglishTranslator
from index.store.segments import SegmentSet
from index.tokenizer import Tokenizer

# Chosen by measurement on the question sets (README, "How answering works"): BM25Plus with
# rank_bm25's defaults. Its IDF, log((N+1)/df), stays positive on any corpus -- Okapi's goes
# negative for terms in more than half the passages, which on a small corpus turns the ranking
# upside down -- and the score it gives passages lacking a term does not matter here, because
# relevance is decided from the matched terms, never from the score.
DEFAULT_BM25 = BM25Params(variant="plus", k1=1.5, b=0.75)
DEFAULT_PASSAGE_CHARS = 160
_RECENT_PASSAGES = 4096  # passages kept materialised (the candidates of recent questions)


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


class Passages(Sequence[Passage]):
    """The index's passages in order, each read from the store when asked for."""

    def __init__(self, segments: SegmentSet) -> None:
        self._segments = segments
        self._recent: dict[int, Passage] = {}

    def __len__(self) -> int:
        return self._segments.num_passages

    @overload
    def __getitem__(self, i: int) -> Passage: ...
    @overload
    def __getitem__(self, i: slice) -> list[Passage]: ...

    def __getitem__(self, i: int | slice) -> Passage | list[Passage]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("passage index out of range")
        passage = self._recent.get(i)
        if passage is None:
            passage = self._read(i)
            if len(self._recent) >= _RECENT_PASSAGES:
                self._recent.clear()
            self._recent[i] = passage
        return passage

    def _read(self, i: int) -> Passage:
        _, s, local = self._segments.locate(i)
        segment = self._segments.parts[s].segment
        record = segment.docs[segment.doc_of(local)]
        return Passage(
            doc=record["name"],
            title=record["title"],
            paragraph=int(segment.paragraph[local]),
            part=int(segment.part[local]),
            section=segment.section_name(local),
            text=segment.text(local),
        )

    def __iter__(self) -> Iterator[Passage]:
        return (self[i] for i in range(len(self)))


class Documents(Sequence[DocumentInfo]):
    """The index's documents in name order (metadata only; their text is in the passages)."""

    def __init__(self, segments: SegmentSet) -> None:
        self._segments = segments

    def __len__(self) -> int:
        return len(self._segments.doc_segment)

    @overload
    def __getitem__(self, i: int) -> DocumentInfo: ...
    @overload
    def __getitem__(self, i: slice) -> list[DocumentInfo]: ...

    def __getitem__(self, i: int | slice) -> DocumentInfo | list[DocumentInfo]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("document index out of range")
        segment = self._segments.parts[int(self._segments.doc_segment[i])].segment
        record = segment.docs[int(self._segments.doc_local[i])]
        return DocumentInfo(
            name=record["name"], title=record["title"], fingerprint=record["fingerprint"],
            subtitle=record.get("subtitle"), source=record.get("source"), date=record.get("date"),
            authors=tuple(record.get("authors") or ()), copyright=record.get("copyright"),
            added=float(record.get("added") or 0.0),
        )

    def __iter__(self) -> Iterator[DocumentInfo]:
        return (self[i] for i in range(len(self)))


class Index:
    """Passages with a BM25 index over their tokens; immutable once built."""

    def __init__(self, segments: SegmentSet, tokenizer: Tokenizer, settings: IndexSettings,
                 build_seconds: float = 0.0) -> None:
        self.segments = segments
        self.documents = Documents(segments)
        self.passages = Passages(segments)
        self.tokenizer = tokenizer
        self.settings = settings
        self.build_seconds = build_seconds
        self.built_at = time.time()
        self._params = settings.bm25
        self._stats = segments.stats(okapi=settings.bm25.variant == "okapi")
        self._english: EnglishTranslator | None = None
        self._english_lock = threading.Lock()

    def english(self) -> EnglishTranslator:
        """The English→corpus-term translator for this index, built on first use."""
        if self._english is None:
            with self._english_lock:
                if self._english is None:
                    self._english = EnglishTranslator(
                        self.vocabulary(), self.num_passages, self.postings, self.segments.doc_start
                    )
        return self._english

    def vocabulary(self) -> Mapping[str, int]:
        """Every term of the index and the number of passages holding it (read-only mapping;
        looked up in the store per term, built into a dict only when iterated)."""
        return self.segments.vocabulary()

    @property
    def num_passages(self) -> int:
        return self.segments.num_passages

    def doc_freq(self, term: str) -> int:
        """In how many passages ``term`` occurs."""
        return self.segments.term(term).df

    def informativeness(self, term: str) -> float:
        """A positive IDF (log((N+1)/(df+0.5))) used to weigh query terms; unknown terms rate highest."""
        n = self.num_passages
        return math.log((n + 1) / (self.doc_freq(term) + 0.5))

    def postings(self, term: str) -> np.ndarray:
        """Indices of the passages that contain ``term``, increasing (empty when unknown)."""
        return self.segments.postings(term)

    def passage_document(self, passage: int) -> int:
        """The number (in :attr:`documents`) of the document a passage belongs to."""
        return int(np.searchsorted(self.segments.doc_start, passage, side="right")) - 1

    def document_passages(self, document: int) -> range:
        """The passage numbers of a document (by its number in :attr:`documents`)."""
        starts = self.segments.doc_start
        return range(int(starts[document]), int(starts[document + 1]))

    def search(self, terms: Sequence[QueryTerm], k: int = 10) -> list[Hit]:
        """The ``k`` best passages for weighted query terms, best first; [] when nothing matches.

        A term's contribution is its weight times its BM25 weight in the passage; for BM25Plus
        a passage also gets ``weight * idf * delta`` for every term, held or not (a constant)."""
        weights: dict[str, float] = {}
        for t in terms:
            if self.doc_freq(t.term) > 0:
                weights[t.term] = weights.get(t.term, 0.0) + t.weight
        if not weights or k <= 0:
            return []
        query = []
        constant = 0.0
        for term, weight in weights.items():
            info = self.segments.term(term)
            term_idf = idf(info.df, self._stats, self._params)
            parts = []
            max_tf, min_len = 0, 1 << 30
            for s, row in enumerate(info.rows):
                if row < 0:
                    parts.append(None)
                    continue
                segment = self.segments.parts[s].segment
                parts.append(segment.postings(row))
                max_tf = max(max_tf, int(segment.max_tf[row]))
                min_len = min(min_len, int(segment.min_len[row]))
            query.append(QueryPostings(term, weight, term_idf, tuple(parts), max_tf, min_len))
            constant += weight * absent_term_score(term_idf, self._params)
        ranked = top_k(query, self.segments.views, self._stats, self._params, k, constant)
        names = list(weights)
        hits = []
        for j, (index, score) in enumerate(zip(ranked.ids.tolist(), ranked.scores.tolist())):
            matched = tuple(names[i] for i in np.flatnonzero(ranked.present[:, j]).tolist())
            if matched:
                hits.append(Hit(index, self.passages[index], float(score), matched))
        return hits
