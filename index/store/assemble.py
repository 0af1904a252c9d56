"""From encoded documents to a segment's arrays: chunks in, one term-major posting list out.

Documents are encoded in chunks (:class:`Chunk`: their passages and, per chunk, a sorted local
vocabulary with postings), in this process or in worker processes that save them to disk
(:func:`save_chunk`: raw arrays after a JSON header). :func:`assemble` merges chunks, in order, into one
segment in two passes over them: first the terms (each read once, numbered as first seen, then
sorted once) and the per-passage arrays, then the texts (streamed from each chunk straight into
their files) and the postings (each chunk's entries scattered into place in the final arrays). A
saved chunk is read member by member (:class:`StoredChunk`), each pass only what it uses. Every
array is written out (and let go) as soon as it is complete, so peak memory is the vocabulary,
the posting arrays (6 bytes an entry) and one chunk -- never the texts.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np

from corpus.errors import IndexBuildError
from index.store.segment import Segment, SegmentWriter, weight_codes
from index.store.vocabulary import Vocabulary

CHUNK_ARRAYS = ("doc_passages", "paragraph", "part", "section", "lengths", "text_offsets", "texts",
                "norm_offsets", "norms", "row_lengths", "entry_passage", "entry_tf")


@dataclass(frozen=True)
class Numbered:
    """A chunk's terms as numbers of the table that made them (:mod:`index.bulk`, in a worker
    process): ``new``, the terms that table numbered since its previous chunk, from number
    ``first`` on, and ``ids``, the table's number of each of the chunk's terms. The merge keeps
    each table's numbers, so a term's text travels and is looked up once per worker, not once per
    chunk (a worker's chunks reach the merge in the order it made them: it takes its tasks in
    order, and the merge takes chunks in order)."""

    table: str
    first: int
    new: list[str]
    ids: np.ndarray


@dataclass(frozen=True)
class Chunk:
    """Encoded documents: passages (local section ids into ``sections``) and postings.

    ``terms`` are distinct (sorted by :func:`make_chunk`, in first-seen order by
    :mod:`index.bulk`: the merge sorts the whole vocabulary); term ``terms[r]`` has ``row_lengths[r]`` entries, consecutive in
    ``entry_passage``/``entry_tf`` (chunk-local passage ids, increasing within a term).
    """

    docs: list[dict[str, Any]]
    sections: list[str]
    terms: list[str] | Numbered
    arrays: dict[str, np.ndarray]

    @property
    def num_passages(self) -> int:
        return len(self.arrays["lengths"])


def make_chunk(docs: list[dict[str, Any]], passages: Sequence[tuple[int, int, str | None, str, str, list[str]]],
               doc_passages: Sequence[int]) -> Chunk:
    """A chunk from document records and, per passage in order, ``(paragraph, part, section,
    text, normalised text, tokens)``."""
    # Every step per token runs in C (map, dict look-ups, fromiter): a chunk holds ~60 tokens a
    # passage, a few thousand passages.
    terms = sorted(set(chain.from_iterable(map(itemgetter(5), passages))))
    rank = dict(zip(terms, range(len(terms))))
    lengths = np.fromiter(map(len, map(itemgetter(5), passages)), dtype=np.int64, count=len(passages))
    n = max(len(passages), 1)
    tokens = chain.from_iterable(map(itemgetter(5), passages))
    keys = np.fromiter(map(rank.__getitem__, tokens), dtype=np.int64, count=int(lengths.sum())) * n
    keys += np.repeat(np.arange(len(passages), dtype=np.int64), lengths)
    del rank
    return chunk_of(
        docs, terms, keys, len(terms), lengths, doc_passages,
        paragraphs=[p[0] for p in passages], parts=[p[1] for p in passages], sections=[p[2] for p in passages],
        texts=[p[3] for p in passages], norms=[p[4] for p in passages],
    )


def chunk_of(
    docs: list[dict[str, Any]], terms: list[str] | Numbered, keys: np.ndarray, num_terms: int, lengths: np.ndarray,
    doc_passages: Sequence[int], *, paragraphs: Sequence[int], parts: Sequence[int], sections: Sequence[str | None],
    texts: Sequence[str], norms: Sequence[str],
) -> Chunk:
    """The :class:`Chunk` of its passages' fields and its tokens as ``keys``: one per token,
    ``term number × max(passages, 1) + passage``, in any order (sorted here, in place), for
    ``num_terms`` terms numbered as in ``terms``; ``lengths`` the passages' token counts."""
    n = len(texts)
    width = max(n, 1)
    names: dict[str, int] = {}
    section_ids = np.array([-1 if s is None else names.setdefault(s, len(names)) for s in sections], dtype=np.int32)
    keys.sort()
    if len(keys):
        starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
        tf = np.diff(np.append(starts, len(keys)))
        keys = keys[starts]
    else:
        tf = np.zeros(0, dtype=np.int64)
    raw_texts = [t.encode("utf-8") for t in texts]
    raw_norms = [t.encode("utf-8") for t in norms]
    arrays = {
        "doc_passages": np.asarray(doc_passages, dtype=np.int64),
        "paragraph": np.array(paragraphs, dtype=np.int32),
        "part": np.array(parts, dtype=np.int32),
        "section": section_ids,
        "lengths": lengths.astype(np.int32),
        "text_offsets": offsets(raw_texts),
        "texts": np.frombuffer(b"".join(raw_texts), dtype=np.uint8),
        "norm_offsets": offsets(raw_norms),
        "norms": np.frombuffer(b"".join(raw_norms), dtype=np.uint8),
        "row_lengths": np.bincount(keys // width, minlength=num_terms).astype(np.int64),
        "entry_passage": (keys % width).astype(np.int32),
        "entry_tf": tf.astype(np.int32),
    }
    return Chunk(docs, list(names), terms, arrays)


def offsets(blobs: Sequence[bytes]) -> np.ndarray:
    """Where each of ``blobs`` starts in their concatenation, and where it ends."""
    offsets = np.zeros(len(blobs) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, blobs), dtype=np.int64, count=len(blobs)), out=offsets[1:])
    return offsets


_ALIGN = 64


def save_chunk(path: Path, chunk: Chunk) -> None:
    """Save a chunk for another process: the length of a UTF-8 JSON header (its lists, and each
    array's dtype, size and place), the header, then each array's raw bytes (no pickle, no
    zip: nothing to compress or checksum in a temporary file read once, twice at most)."""
    fields: dict[str, Any] = {"docs": chunk.docs, "sections": chunk.sections}
    arrays = chunk.arrays
    if isinstance(chunk.terms, Numbered):
        numbered = chunk.terms
        fields.update(table=numbered.table, first=numbered.first, new=numbered.new)
        arrays = {**arrays, "term_ids": numbered.ids}
    else:
        fields["terms"] = chunk.terms
    places: dict[str, tuple[str, int, int]] = {}
    end = 0
    for name, array in arrays.items():
        places[name] = (array.dtype.str, int(array.size), end)
        end += -(-array.nbytes // _ALIGN) * _ALIGN
    fields["arrays"] = places
    header = json.dumps(fields, ensure_ascii=False).encode("utf-8")
    with path.open("wb") as handle:
        handle.write(len(header).to_bytes(8, "little") + header)
        start = handle.tell()
        for name, array in arrays.items():
            handle.seek(start + places[name][2])
            handle.write(np.ascontiguousarray(array).data)


class StoredChunk:
    """A chunk saved by :func:`save_chunk`, each array read when first asked for, so that a pass
    of :func:`assemble` reads only what it uses (the texts and postings once, the terms once)."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as handle:
            size = int.from_bytes(handle.read(8), "little")
            self._meta: dict[str, Any] = json.loads(handle.read(size).decode("utf-8"))
        # Not a bound method: the members must not refer back to the chunk (a reference cycle
        # would keep each chunk's arrays until the cyclic collector ran: +150 MB at 1M passages).
        self.arrays = _Members(partial(_read_array, path, self._meta["arrays"], 8 + size))

    @property
    def docs(self) -> list[dict[str, Any]]:
        return self._meta["docs"]

    @property
    def sections(self) -> list[str]:
        return self._meta["sections"]

    @property
    def terms(self) -> list[str] | Numbered:
        meta = self._meta
        if "terms" in meta:
            return meta["terms"]
        return Numbered(meta["table"], meta["first"], meta["new"], self.arrays["term_ids"])

    @property
    def num_passages(self) -> int:
        return len(self.arrays["lengths"])


def _read_array(path: Path, places: dict[str, list[Any]], start: int, name: str) -> np.ndarray:
    dtype, count, offset = places[name]
    return np.fromfile(path, dtype=np.dtype(dtype), count=count, offset=start + offset)


class _Members(dict[str, np.ndarray]):
    """A stored chunk's arrays, each read once, on first use."""

    def __init__(self, read: Callable[[str], np.ndarray]) -> None:
        super().__init__()
        self._read = read

    def __missing__(self, name: str) -> np.ndarray:
        value = self[name] = self._read(name)
        return value


def load_chunk(path: Path) -> StoredChunk:
    return StoredChunk(path)


class _Numbering(dict[str, int]):
    """A number for each key, in the order first seen."""

    def __missing__(self, key: str) -> int:
        value = self[key] = len(self)
        return value


def assemble(chunks: Callable[[], Iterator[Chunk | StoredChunk]], writer: SegmentWriter) -> Segment:
    """One segment of ``chunks()`` (called twice: it yields the same chunks in the same order each
    time), written array by array through ``writer``."""
    assembly = Assembly()
    for chunk in chunks():
        assembly.add(chunk)
    return assembly.write(chunks(), writer)


class Assembly:
    """A segment merged from chunks in two passes: :meth:`add` each chunk in order (its terms,
    read once and numbered as first seen, with their posting-list sizes, and its per-passage
    arrays -- while later chunks are still being encoded, in a parallel build), then
    :meth:`write` the segment from the same chunks again: the vocabulary sorted once, every
    numbered term given its row, the texts streamed and each chunk's postings scattered into
    place."""

    def __init__(self) -> None:
        self._numbering = _Numbering()
        self._docs: list[dict[str, Any]] = []
        self._small: dict[str, list[np.ndarray]] = {
            k: [] for k in ("doc_passages", "paragraph", "part", "section", "lengths")
        }
        self._sizes: dict[str, list[np.ndarray]] = {"texts": [], "norms": [], "sections": []}
        self._section_names: list[bytes] = []
        self._chunk_terms: list[np.ndarray] = []
        self._chunk_rows: list[np.ndarray] = []
        self._tables: dict[str, np.ndarray] = {}  # per term table (index.bulk): its numbers' numbers here
        self._max_tf = 0

    def add(self, chunk: Chunk | StoredChunk) -> None:
        a = chunk.arrays
        self._chunk_terms.append(self._numbers(chunk.terms))
        self._chunk_rows.append(a["row_lengths"].astype(np.int32))
        self._docs.extend(chunk.docs)
        base = len(self._section_names)
        for key, parts in self._small.items():
            parts.append(a[key] if key != "section" else np.where(a[key] < 0, -1, a[key] + base))
        self._sizes["texts"].append(np.diff(a["text_offsets"]))
        self._sizes["norms"].append(np.diff(a["norm_offsets"]))
        encoded = [name.encode("utf-8") for name in chunk.sections]
        self._sizes["sections"].append(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)))
        self._section_names.extend(encoded)
        self._max_tf = max(self._max_tf, int(a["entry_tf"].max(initial=0)))

    def _numbers(self, terms: list[str] | Numbered) -> np.ndarray:
        """The merge's number of each term (numbered as first seen)."""
        if not isinstance(terms, Numbered):
            return np.fromiter(map(self._numbering.__getitem__, terms), dtype=np.int32, count=len(terms))
        known = self._tables.get(terms.table, np.zeros(0, dtype=np.int32))
        if len(known) != terms.first:
            raise IndexBuildError(f"a chunk of term table {terms.table} came out of order")
        if terms.new:
            new = np.fromiter(map(self._numbering.__getitem__, terms.new), dtype=np.int32, count=len(terms.new))
            known = self._tables[terms.table] = np.concatenate((known, new))
        return known[terms.ids]

    def write(self, chunks: Iterable[Chunk | StoredChunk], writer: SegmentWriter) -> Segment:
        """The segment, written through ``writer``; ``chunks``: those added, in the same order.
        Every array is let go once written: call once."""
        small, sizes = self._small, self._sizes
        arrays = {key: np.concatenate(parts) for key, parts in small.items()}
        passages_per_chunk = [len(lengths) for lengths in small["lengths"]]
        writer.put("doc_start", _cumulative(arrays.pop("doc_passages")))
        lengths = arrays["lengths"]  # kept for the postings' weight codes
        for key, array in arrays.items():
            writer.put(key, array)
        offsets = {key: _cumulative(np.concatenate(parts)) for key, parts in sizes.items()}
        writer.put("text_offsets", offsets["texts"])
        writer.put("norm_offsets", offsets["norms"])
        writer.put("section_offsets", offsets["sections"])
        writer.put("sections", np.frombuffer(b"".join(self._section_names), dtype=np.uint8))
        del arrays
        small.clear()
        sizes.clear()
        self._section_names.clear()
        short, long, rank = Vocabulary.build(list(self._numbering))
        self._numbering.clear()
        writer.put("terms", short)
        del short

        # The postings: rows first (sizes), then each chunk's entries scattered into place.
        chunk_terms, chunk_rows = self._chunk_terms, self._chunk_rows
        df = np.zeros(len(rank), dtype=np.int64)
        for c, (numbers, row_lengths) in enumerate(zip(chunk_terms, chunk_rows)):
            chunk_terms[c] = rows = rank[numbers]  # a chunk's terms are distinct: one addition each
            df[rows] += row_lengths
        del rank
        indptr = _cumulative(df)
        del df
        nnz = int(indptr[-1])
        indices = np.empty(nnz, dtype=np.int32)
        tf = np.empty(nnz, dtype=np.uint16 if self._max_tf < 65536 else np.int32)
        cursor = indptr[:-1].copy()
        passage_base = 0
        with writer.blob("texts", int(offsets["texts"][-1])) as texts, writer.blob("norms", int(offsets["norms"][-1])) as norms:
            for chunk, rows, row_lengths, count in zip(chunks, chunk_terms, chunk_rows, passages_per_chunk, strict=True):
                a = chunk.arrays
                texts(a["texts"])
                norms(a["norms"])
                entry_passage = a["entry_passage"]
                row_starts = _cumulative(row_lengths)[:-1]
                starts = np.repeat(cursor[rows] - row_starts, row_lengths)
                where = starts + np.arange(len(entry_passage), dtype=np.int64)
                indices[where] = entry_passage + passage_base
                tf[where] = a["entry_tf"]
                cursor[rows] += row_lengths
                passage_base += count
                del a, chunk
        chunk_terms.clear()
        chunk_rows.clear()
        del cursor
        writer.put("indptr", indptr)
        pair_tf, pair_length, wcode = weight_codes(tf, indices, lengths)
        writer.put("indices", indices)
        del indices
        writer.put("tf", tf)
        del tf
        writer.put("wcode", wcode)
        writer.put("pair_tf", pair_tf)
        writer.put("pair_length", pair_length)
        return writer.finish(long, self._docs)


def _cumulative(counts: np.ndarray) -> np.ndarray:
    out = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=out[1:])
    return out
