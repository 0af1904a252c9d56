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
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import compress

import numpy as np

from corpus.passages import Passage
from index.bm25 import BM25Params, CorpusStats
from index.bm25.score import absent_term_score, idf, length_norms, pair_weights, term_weights, weights_from_norms
from index.bm25.topk import ScoredPostings, top_k
from index.english import EnglishTranslator
from index.store.segments import SegmentSet
from index.recent import Recent
from index.tokenizer import Tokenizer
from index.views import Documents, Passages, position, read_forms, read_passage, read_place

# Chosen by measurement on the question sets (docs/architecture.md): BM25Plus with
# rank_bm25's defaults. Its IDF, log((N+1)/df), stays positive on any corpus -- Okapi's goes
# negative for terms in more than half the passages, which on a small corpus turns the ranking
# upside down -- and the score it gives passages lacking a term does not matter here, because
# relevance is decided from the matched terms, never from the score.
DEFAULT_BM25 = BM25Params(variant="plus", k1=1.5, b=0.75)
DEFAULT_PASSAGE_CHARS = 160
_RECENT_PASSAGES = 16384  # passages kept materialised (the candidates of recent questions)
_RECENT_FORMS = 16384  # passages whose matching forms and place are kept (those of recent questions)
_DOC_FREQS_KEPT = 1 << 16  # terms whose passage count is kept (a plain dict: cleared when full)
_SCORED_POSTINGS = 1 << 22  # postings kept scored (16 bytes each: id and weight), the recent terms'


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
    """A passage that matched (its number in :attr:`Index.passages`, read only when wanted), its
    BM25 score and which query terms it contains."""

    index: int
    score: float
    matched: tuple[str, ...]


def scored_postings(segments: SegmentSet, term: str, stats: CorpusStats, params: BM25Params,
                    norms: Sequence[np.ndarray] | None = None,
                    pairs: Sequence[np.ndarray] | None = None) -> ScoredPostings:
    """A term's live postings in index order with its BM25 weight in each (``norms``: each
    segment's :func:`~index.bm25.score.length_norms`, when worked out already; ``pairs``: each
    segment's :func:`~index.bm25.score.pair_weights`, for Okapi and Plus -- the weights are then
    the term's idf times a value looked up per posting)."""
    term_idf = idf(segments.term(term).df, stats, params)
    if pairs is not None:
        ids, weights = segments.weighted(term, pairs)
        weights *= term_idf
        return ScoredPostings.of(ids, weights, term_idf)
    if norms is None:
        ids, tf, lengths = segments.postings(term)
        return ScoredPostings.of(ids, term_weights(tf, lengths, term_idf, stats, params), term_idf)
    ids, tf, normed = segments.postings(term, norms)
    return ScoredPostings.of(ids, weights_from_norms(tf, normed, term_idf, params), term_idf)


def _weakly(method: Callable[[str], np.ndarray]) -> Callable[[str], np.ndarray]:
    """``method`` of an object, called without keeping the object alive."""
    ref = weakref.WeakMethod(method)

    def call(term: str) -> np.ndarray:
        bound = ref()
        if bound is None:
            raise ReferenceError("the index is gone")
        return bound(term)

    return call


class Index:
    """Passages with a BM25 index over their tokens; immutable once built."""

    def __init__(self, segments: SegmentSet, tokenizer: Tokenizer, settings: IndexSettings,
                 build_seconds: float = 0.0) -> None:
        self.segments = segments
        self.documents = Documents(segments)
        self._made: Recent[int, Passage] = Recent(partial(read_passage, segments), _RECENT_PASSAGES)
        self.passages = Passages(segments, self._made)
        self.tokenizer = tokenizer
        self.settings = settings
        self.build_seconds = build_seconds
        self.built_at = time.time()
        self._params = settings.bm25
        self._stats = segments.stats(okapi=settings.bm25.variant == "okapi")
        self._english: EnglishTranslator | None = None
        self._english_lock = threading.Lock()
        self._scored_terms: dict[str, ScoredPostings] = {}
        self._doc_freqs: dict[str, int] = {}  # a question looks up ~80 (its words' forms, homophones ...)
        self._scored_size = 0
        self._scored_lock = threading.Lock()
        self._norms: list[np.ndarray] | None = None  # each segment's length norms, on first search
        self._pairs: list[np.ndarray] | None = None  # each segment's pair weights (Okapi, Plus), likewise
        self._forms: Recent[int, tuple[str, str]] = Recent(partial(read_forms, segments), _RECENT_FORMS)
        self._places: Recent[int, tuple[tuple[int, int], tuple[int, int]]] = Recent(
            partial(read_place, segments), _RECENT_FORMS)

    def english(self) -> EnglishTranslator:
        """The English→corpus-term translator for this index, built on first use."""
        if self._english is None:
            with self._english_lock:
                if self._english is None:
                    self._english = EnglishTranslator(
                        self.vocabulary(), self.num_passages, _weakly(self.postings), self.segments.doc_start,
                        _weakly(self.normalized_text),
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
        df = self._doc_freqs.get(term)
        if df is None:
            df = self.segments.term(term).df
            if len(self._doc_freqs) >= _DOC_FREQS_KEPT:
                self._doc_freqs.clear()
            self._doc_freqs[term] = df
        return df

    def terms_starting(self, prefix: str, limit: int = 2000, keep: Callable[[str], bool] | None = None) -> list[str]:
        """The index's terms that begin with ``prefix`` and that ``keep`` keeps (of those, at most
        ``limit`` a segment)."""
        return self.segments.terms_starting(prefix, limit, keep)

    def informativeness(self, term: str) -> float:
        """A positive IDF (log((N+1)/(df+0.5))) used to weigh query terms; unknown terms rate highest."""
        n = self.num_passages
        return math.log((n + 1) / (self.doc_freq(term) + 0.5))

    def postings(self, term: str) -> np.ndarray:
        """Indices of the passages that contain ``term``, increasing (empty when unknown)."""
        return self._scored(term).ids

    def passage_text(self, passage: int) -> str:
        """``passages[passage].text``, read from the store without making the passage."""
        _, s, local = self.segments.locate(position(passage, self.num_passages, "passage"))
        return self.segments.parts[s].segment.text(local)

    def passage_with_text(self, passage: int, text: str) -> Passage:
        """``passages[passage]``, whose text the caller has read already (:meth:`passage_text`):
        made without reading it again (and kept as the passages read are)."""
        i = position(passage, self.num_passages, "passage")
        return self._made(i, partial(read_passage, self.segments, text=text))

    def normalized_text(self, passage: int) -> str:
        """``normalize(passage text)``, as the index was built from it: read from the store, no
        conversion (the store keeps each passage's normalised text and then its headings')."""
        return self.normalized_forms(passage)[0]

    def normalized_forms(self, passage: int) -> tuple[str, str]:
        """``(normalize(passage text), normalize(f"{title}\\n{section or ''}"))``: the passage's and
        its headings' matching forms, read from the store (:func:`index.fields.passage_tokens`
        keeps them joined by a newline, which a passage's text never holds; kept for recent passages)."""
        return self._forms(passage)

    def normalized_texts(self, passages: range) -> list[str]:
        """``[normalized_text(i) for i in passages]`` for consecutive passages of one document,
        read from the store at once (a document's passages lie together in one segment)."""
        if not len(passages):
            return []
        document, s, local = self.segments.locate(passages.start)
        if passages.step != 1 or self.segments.document_of(passages[-1]) != document:
            raise ValueError("normalized_texts reads consecutive passages of one document")
        stored = self.segments.parts[s].segment.normalised_texts(local, local + len(passages))
        return [text.partition("\n")[0] for text in stored]

    def paragraph_of(self, passage: int) -> tuple[int, int]:
        """``(document number, paragraph number)`` of a passage, read without making the passage
        (kept for recent passages)."""
        return self._places(passage)[0]

    def neighbours(self, passage: int) -> tuple[int, int]:
        """``(first, last)``: the passage with the one before and the one after it when they are
        of its paragraph (kept for recent passages)."""
        return self._places(passage)[1]

    def passage_document(self, passage: int) -> int:
        """The number (in :attr:`documents`) of the document a passage belongs to."""
        return self.segments.document_of(passage)

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
            weights[t.term] = weights.get(t.term, 0.0) + t.weight
        query = []
        names = []
        constant = 0.0
        for term, weight in weights.items():
            postings = self._scored(term)
            if len(postings.ids):
                query.append((postings, weight))
                names.append(term)
                constant += weight * absent_term_score(postings.idf, self._params)
        if not query or k <= 0:
            return []
        ranked = top_k(query, self.num_passages, k, constant)
        hits = []
        for index, score, held in zip(ranked.ids.tolist(), ranked.scores.tolist(), ranked.present.T.tolist()):
            matched = tuple(compress(names, held))
            if matched:
                hits.append(Hit(index, score, matched))
        return hits

    def _length_norms(self) -> list[np.ndarray]:
        """What each passage's length makes of a term's weight in it, for every segment (one float
        a passage, worked out once: a fresh term's postings then cost four passes less); BM25L's
        only (Okapi and Plus look their weights up by (tf, length) pair: :meth:`_pair_weights`)."""
        norms = self._norms
        if norms is None:
            with self._scored_lock:
                if self._norms is None:
                    self._norms = [length_norms(part.segment.lengths, self._stats, self._params)
                                   for part in self.segments.parts]
                norms = self._norms
        return norms

    def _pair_weights(self) -> list[np.ndarray] | None:
        """Each segment's :func:`~index.bm25.score.pair_weights` (a few hundred floats; worked out
        once), or None for BM25L."""
        if self._params.variant not in ("okapi", "plus"):
            return None
        pairs = self._pairs
        if pairs is None:
            with self._scored_lock:
                if self._pairs is None:
                    self._pairs = [
                        pair_weights(part.segment.pair_tf, part.segment.pair_length, self._stats, self._params)
                        for part in self.segments.parts
                    ]
                pairs = self._pairs
        return pairs  # type: ignore[return-value]

    def _scored(self, term: str) -> ScoredPostings:
        """The term's live postings and its BM25 weight in each (remembered for recent terms)."""
        scored = self._scored_terms.get(term)
        if scored is not None:
            return scored
        pairs = self._pair_weights()
        if pairs is not None:
            scored = scored_postings(self.segments, term, self._stats, self._params, pairs=pairs)
        else:
            scored = scored_postings(self.segments, term, self._stats, self._params, self._length_norms())
        with self._scored_lock:
            if term not in self._scored_terms:
                self._scored_terms[term] = scored
                self._scored_size += len(scored.ids) + 1
                while self._scored_size > _SCORED_POSTINGS and len(self._scored_terms) > 1:
                    oldest = next(iter(self._scored_terms))
                    self._scored_size -= len(self._scored_terms.pop(oldest).ids) + 1
        return scored
