"""The live index: segments, their deletion marks, one passage order, corpus-wide statistics.

Segments hold documents in name order each; the index numbers passages in the order of a full
build -- documents by name, passages in reading order -- whichever segment holds them, so that ties
between equal scores, broken by the lower passage number, fall the same way. Each segment maps its
passages into that order (``to_index``; ``None`` when its live documents are consecutive there).
Deleted documents (removed, replaced, or re-segmented under new user words) stay in their segment,
masked out (``live``) and subtracted from its document frequencies (``live_df``).

Statistics are those of the live passages only, so scores equal a full rebuild's: N and the token
count are summed over live passages; a term's document frequency is the sum of its live document
frequencies in every segment; Okapi's mean IDF is computed from those (order-independently).
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from index.bm25.score import CorpusStats, okapi_mean_idf
from index.store.segment import Segment

_TERM_CACHE = 1 << 16
_LOCATED = 1 << 16  # passages whose place is remembered


@dataclass(frozen=True)
class LiveSegment:
    """A segment with the local numbers of its deleted documents and its live doc freqs."""

    segment: Segment
    deleted: frozenset[int] = frozenset()
    live_df: np.ndarray | None = None  # per term row; None: nothing deleted


@dataclass(frozen=True)
class Placement:
    """Where a segment's passages stand in the index: the live mask and the order map."""

    live: np.ndarray | None  # bool per local passage; None when nothing is deleted
    to_index: np.ndarray | None  # index id per local passage; None: local + offset
    offset: int = 0

    def index_ids(self, local: np.ndarray) -> np.ndarray:
        """Index numbers (int64: numpy's binary search copies the searched array when the two
        types differ, so every array of passage numbers is int64) of local passages."""
        if self.to_index is None:
            ids = np.asarray(local, dtype=np.int64)
            return ids + self.offset if self.offset else ids
        return self.to_index[local]


@dataclass(frozen=True)
class TermInfo:
    """A term's rows per segment (-1: absent) and its live document frequency."""

    rows: tuple[int, ...]
    df: int


class SegmentSet:
    """Segments seen as one index (see the module docstring)."""

    def __init__(self, parts: Sequence[LiveSegment], doc_segment: np.ndarray, doc_local: np.ndarray,
                 okapi_idf: float | None = None) -> None:
        """``doc_segment``/``doc_local``: per live document in index order, where it is."""
        self.parts = tuple(parts)
        self.doc_segment = np.asarray(doc_segment, dtype=np.int32)
        self.doc_local = np.asarray(doc_local, dtype=np.int64)
        counts = np.zeros(len(self.doc_segment), dtype=np.int64)
        local_starts = np.zeros(len(self.doc_segment), dtype=np.int64)  # a document's first passage in its segment
        for s, part in enumerate(self.parts):
            mine = np.flatnonzero(self.doc_segment == s)
            starts = part.segment.doc_start
            local_starts[mine] = starts[self.doc_local[mine]]
            counts[mine] = starts[self.doc_local[mine] + 1] - local_starts[mine]
        self.doc_start = np.zeros(len(counts) + 1, dtype=np.int64)
        np.cumsum(counts, out=self.doc_start[1:])
        self._doc_starts = self.doc_start.tolist()  # bisect on a list: ~10x faster than numpy for one value
        self._doc_segments = self.doc_segment.tolist()  # lists again: read one item at a time
        self._doc_local_starts = local_starts.tolist()
        self.placements = tuple(self._place(s) for s in range(len(self.parts)))
        total = 0
        for part, view in zip(self.parts, self.placements):
            lengths = part.segment.lengths
            total += int(lengths.sum(dtype=np.int64) if view.live is None else lengths[view.live].sum(dtype=np.int64))
        self._okapi_idf = okapi_idf
        self._stats = CorpusStats(int(self.doc_start[-1]), total, 0.0)
        self._terms: dict[str, TermInfo] = {}
        self._located: dict[int, tuple[int, int, int]] = {}
        self._lock = threading.Lock()

    def _place(self, s: int) -> Placement:
        segment = self.parts[s].segment
        mine = np.flatnonzero(self.doc_segment == s)
        live = None
        if self.parts[s].deleted:
            live = np.ones(segment.num_passages, dtype=bool)
            for d in self.parts[s].deleted:
                live[segment.doc_start[d] : segment.doc_start[d + 1]] = False
        locals_ = self.doc_local[mine]
        if len(mine) and not live_gaps(locals_, self.parts[s].deleted, segment.num_docs) and _consecutive(mine):
            first = int(segment.doc_start[locals_[0]])
            return Placement(live, None, int(self.doc_start[mine[0]]) - first)
        to_index = np.full(segment.num_passages, -1, dtype=np.int64)
        starts = segment.doc_start
        counts = starts[locals_ + 1] - starts[locals_]
        local_ids = np.repeat(starts[locals_], counts) + _ramp(counts)
        to_index[local_ids] = np.repeat(self.doc_start[mine], counts) + _ramp(counts)
        return Placement(live, to_index, 0)

    # ------------------------------------------------------------------ statistics

    def stats(self, okapi: bool) -> CorpusStats:
        """N, tokens and (when ``okapi``) the mean Okapi IDF of the live passages."""
        if not okapi:
            return self._stats
        if self._okapi_idf is None:
            self._okapi_idf = okapi_mean_idf(self.all_doc_freqs()[1], self._stats.num_passages)
        return CorpusStats(self._stats.num_passages, self._stats.total_tokens, self._okapi_idf)

    @property
    def num_passages(self) -> int:
        return self._stats.num_passages

    def term(self, term: str) -> TermInfo:
        """Where ``term`` is and in how many live passages (cached)."""
        info = self._terms.get(term)
        if info is None:
            rows = []
            df = 0
            for s, part in enumerate(self.parts):  # a loop, not generators: a question looks up dozens
                row = part.segment.vocabulary.row(term)
                rows.append(row)
                if row >= 0:
                    df += self._df(s, row)
            info = TermInfo(tuple(rows), df)
            if len(self._terms) >= _TERM_CACHE:
                self._terms.clear()
            self._terms[term] = info
        return info

    def terms_starting(self, prefix: str, limit: int, keep: Callable[[str], bool] | None = None) -> list[str]:
        """The live terms that begin with ``prefix`` and that ``keep`` keeps, in order (at most
        ``limit`` a segment is read). ``keep`` is asked first: only the terms it keeps are looked up
        for their live passages (and enter the term cache)."""
        found = {
            t for part in self.parts for t in part.segment.vocabulary.starting(prefix, limit) if keep is None or keep(t)
        }
        return sorted(t for t in found if self.term(t).df > 0)

    def _df(self, s: int, row: int) -> int:
        part = self.parts[s]
        if part.live_df is not None:
            return int(part.live_df[row])
        indptr = part.segment.indptr
        return int(indptr[row + 1] - indptr[row])

    def all_doc_freqs(self) -> tuple[list[str] | None, np.ndarray]:
        """Every live term's document frequency: ``(terms, dfs)``; terms is None when there is
        one segment (then dfs follow its rows, terms with no live passage dropped, and
        :meth:`vocabulary` names them)."""
        if len(self.parts) == 1:
            part = self.parts[0]
            df = part.live_df if part.live_df is not None else part.segment.doc_freqs()
            return None, np.asarray(df)[np.asarray(df) > 0]
        merged: dict[str, int] = {}
        for s, part in enumerate(self.parts):
            df = part.live_df if part.live_df is not None else part.segment.doc_freqs()
            for term, value in zip(part.segment.vocabulary, np.asarray(df).tolist()):
                if value:
                    merged[term] = merged.get(term, 0) + value
        return list(merged), np.fromiter(merged.values(), dtype=np.int64, count=len(merged))

    def vocabulary(self) -> DocFreqs:
        """Every live term and its document frequency, as a read-only mapping."""
        return DocFreqs(self)

    # ------------------------------------------------------------------ passages

    def document_of(self, passage: int) -> int:
        """The index number of the document holding an index passage."""
        return bisect.bisect_right(self._doc_starts, passage) - 1

    def document_bounds(self, document: int) -> tuple[int, int]:
        """The index numbers of a document's first passage and of the one after its last."""
        return self._doc_starts[document], self._doc_starts[document + 1]

    def locate(self, passage: int) -> tuple[int, int, int]:
        """``(index document, segment, local passage)`` of an index passage number (remembered:
        a question's reading locates each of its passages three or four times)."""
        found = self._located.get(passage)
        if found is None:
            doc = bisect.bisect_right(self._doc_starts, passage) - 1
            found = doc, self._doc_segments[doc], self._doc_local_starts[doc] + passage - self._doc_starts[doc]
            if len(self._located) >= _LOCATED:
                self._located.clear()
            self._located[passage] = found
        return found

    def postings(
        self, term: str, per_passage: Sequence[np.ndarray] | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(passages, term frequencies, passage lengths)`` of the live passages holding
        ``term``, passages by index number, increasing; with ``per_passage`` (an array over each
        segment's passages, in :attr:`parts` order), its values in place of the lengths."""
        found = []
        for s, row in enumerate(self.term(term).rows):
            if row < 0:
                continue
            segment = self.parts[s].segment
            local, tf = segment.postings(row)
            local = local.astype(np.int64)  # once: numpy would convert it for each gather below
            place = self.placements[s]
            if place.live is not None:
                alive = place.live[local]
                local, tf = local[alive], tf[alive]
            values = segment.lengths if per_passage is None else per_passage[s]
            found.append((place.index_ids(local), tf, values[local]))
        if not found:
            empty = np.zeros(0, dtype=np.int32)
            return np.zeros(0, dtype=np.int64), empty, (empty if per_passage is None else np.zeros(0))
        return _in_order(found)  # type: ignore[return-value]

    def weighted(self, term: str, per_pair: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """``(passages, values)`` of the live passages holding ``term`` (by index number,
        increasing) and ``per_pair``'s value (an array over each segment's (tf, length) pairs,
        in :attr:`parts` order: :func:`~index.bm25.score.pair_weights`) for each: one look-up
        in a small table a posting, no gather over the passages."""
        found = []
        for s, row in enumerate(self.term(term).rows):
            if row < 0:
                continue
            local, code = self.parts[s].segment.coded(row)
            local = local.astype(np.int64)
            place = self.placements[s]
            if place.live is not None:
                alive = place.live[local]
                local, code = local[alive], code[alive]
            found.append((place.index_ids(local), per_pair[s].take(code)))
        if not found:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        return _in_order(found)  # type: ignore[return-value]


def _in_order(found: list[tuple[np.ndarray, ...]]) -> tuple[np.ndarray, ...]:
    """Runs of (passages, values...), each run's passages increasing and in one segment, as one
    run ordered by passage. Runs that do not interleave (an update's documents sorting after the
    others: dated names) are put end to end in order; others are merged by a stable sort."""
    if len(found) == 1:
        return found[0]
    found.sort(key=lambda run: int(run[0][0]) if len(run[0]) else -1)
    starts = [run[0] for run in found if len(run[0])]
    columns = tuple(np.concatenate(column) for column in zip(*found))
    if all(int(a[-1]) < int(b[0]) for a, b in pairwise(starts)):
        return columns
    order = np.argsort(columns[0], kind="stable")
    return tuple(column[order] for column in columns)


def _ramp(counts: np.ndarray) -> np.ndarray:
    """0..c-1 for each count c, end to end."""
    total = int(counts.sum())
    starts = np.repeat(np.cumsum(counts) - counts, counts)
    return np.arange(total, dtype=np.int64) - starts


def _consecutive(values: np.ndarray) -> bool:
    return bool(len(values) == 0 or int(values[-1]) - int(values[0]) == len(values) - 1)


def live_gaps(locals_: np.ndarray, deleted: frozenset[int], num_docs: int) -> bool:
    """Whether a segment's live documents, in index order, are not simply its documents in
    order (minus none): then its passages need an explicit map into the index order."""
    return bool(deleted) or len(locals_) != num_docs or bool(np.any(np.diff(locals_) != 1))


class DocFreqs(Mapping[str, int]):
    """Term → live document frequency over every segment; built into a dict on first full use
    (for the English translator), looked up per term otherwise."""

    def __init__(self, segments: SegmentSet) -> None:
        self._segments = segments
        self._all: dict[str, int] | None = None

    def __getitem__(self, term: str) -> int:
        df = self._segments.term(term).df
        if not df:
            raise KeyError(term)
        return df

    def _dict(self) -> dict[str, int]:
        if self._all is None:
            terms, dfs = self._segments.all_doc_freqs()
            if terms is None:
                part = self._segments.parts[0]
                df = part.live_df if part.live_df is not None else part.segment.doc_freqs()
                self._all = {t: v for t, v in zip(part.segment.vocabulary, np.asarray(df).tolist()) if v}
            else:
                self._all = dict(zip(terms, dfs.tolist()))
        return self._all

    def __iter__(self) -> Iterator[str]:
        return iter(self._dict())

    def __len__(self) -> int:
        return len(self._dict())

    def items(self):  # type: ignore[override]
        return self._dict().items()
