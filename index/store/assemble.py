"""From encoded documents to a segment's arrays: chunks in, one term-major posting list out.

Documents are encoded in chunks (:class:`Chunk`: their passages and, per chunk, a sorted local
vocabulary with postings), in this process or in worker processes that save them to disk
(:func:`save_chunk`, ``.npz`` without pickle). :func:`assemble` merges chunks, in order, into one
segment in two passes over them: first the vocabularies and passage arrays (texts stream straight
into their blobs), then the postings, each chunk's entries scattered into place in the final
arrays. Peak memory is the final posting arrays plus one chunk, whatever the corpus size.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from index.store.vocabulary import Vocabulary

CHUNK_ARRAYS = ("doc_passages", "paragraph", "part", "section", "lengths", "text_offsets", "texts",
                "norm_offsets", "norms", "row_lengths", "entry_passage", "entry_tf")


@dataclass(frozen=True)
class Chunk:
    """Encoded documents: passages (local section ids into ``sections``) and postings.

    ``terms`` are sorted; term ``terms[r]`` has ``row_lengths[r]`` entries, consecutive in
    ``entry_passage``/``entry_tf`` (chunk-local passage ids, increasing within a term).
    """

    docs: list[dict[str, Any]]
    sections: list[str]
    terms: list[str]
    arrays: dict[str, np.ndarray]

    @property
    def num_passages(self) -> int:
        return len(self.arrays["lengths"])


def make_chunk(docs: list[dict[str, Any]], passages: Sequence[tuple[int, int, str | None, str, str, list[str]]],
               doc_passages: Sequence[int]) -> Chunk:
    """A chunk from document records and, per passage in order, ``(paragraph, part, section,
    text, normalised text, tokens)``."""
    sections: dict[str, int] = {}
    section_ids = np.array([-1 if p[2] is None else sections.setdefault(p[2], len(sections)) for p in passages],
                           dtype=np.int32)
    vocabulary: dict[str, int] = {}
    token_ids = np.fromiter((vocabulary.setdefault(t, len(vocabulary)) for p in passages for t in p[5]), dtype=np.int64)
    lengths = np.fromiter((len(p[5]) for p in passages), dtype=np.int64, count=len(passages))
    terms = sorted(vocabulary)
    rank = np.empty(len(vocabulary), dtype=np.int64)
    rank[np.fromiter((vocabulary[t] for t in terms), dtype=np.int64, count=len(terms))] = np.arange(len(terms))
    n = max(len(passages), 1)
    keys = rank[token_ids] * n + np.repeat(np.arange(len(passages), dtype=np.int64), lengths)
    keys.sort()
    if len(keys):
        starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
        tf = np.diff(np.append(starts, len(keys)))
        keys = keys[starts]
    else:
        tf = np.zeros(0, dtype=np.int64)
    row_lengths = np.bincount(keys // n, minlength=len(terms))
    texts = [p[3].encode("utf-8") for p in passages]
    norms = [p[4].encode("utf-8") for p in passages]
    arrays = {
        "doc_passages": np.asarray(doc_passages, dtype=np.int64),
        "paragraph": np.array([p[0] for p in passages], dtype=np.int32),
        "part": np.array([p[1] for p in passages], dtype=np.int32),
        "section": section_ids,
        "lengths": lengths.astype(np.int32),
        "text_offsets": _offsets(texts),
        "texts": np.frombuffer(b"".join(texts), dtype=np.uint8),
        "norm_offsets": _offsets(norms),
        "norms": np.frombuffer(b"".join(norms), dtype=np.uint8),
        "row_lengths": row_lengths.astype(np.int64),
        "entry_passage": (keys % n).astype(np.int32),
        "entry_tf": tf.astype(np.int32),
    }
    return Chunk(docs, list(sections), terms, arrays)


def _offsets(blobs: Sequence[bytes]) -> np.ndarray:
    offsets = np.zeros(len(blobs) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, blobs), dtype=np.int64, count=len(blobs)), out=offsets[1:])
    return offsets


def save_chunk(path: Path, chunk: Chunk) -> None:
    """Save a chunk as an uncompressed ``.npz`` (no pickle: the lists travel as UTF-8 JSON)."""
    meta = json.dumps({"docs": chunk.docs, "sections": chunk.sections, "terms": chunk.terms},
                      ensure_ascii=False).encode("utf-8")
    with path.open("wb") as handle:
        np.savez(handle, allow_pickle=False, meta=np.frombuffer(meta, dtype=np.uint8), **chunk.arrays)


def load_chunk(path: Path) -> Chunk:
    with np.load(path, allow_pickle=False) as data:
        meta = json.loads(data["meta"].tobytes().decode("utf-8"))
        arrays = {name: data[name] for name in CHUNK_ARRAYS}
    return Chunk(meta["docs"], meta["sections"], meta["terms"], arrays)


def assemble(chunks: Callable[[], Iterator[Chunk]]) -> tuple[dict[str, np.ndarray], list[str], list[dict[str, Any]]]:
    """One segment's arrays, long terms and document records from ``chunks()`` (called twice:
    once per pass; it yields the same chunks in the same order)."""
    vocabulary: set[str] = set()
    docs: list[dict[str, Any]] = []
    small: dict[str, list[np.ndarray]] = {k: [] for k in ("doc_passages", "paragraph", "part", "section", "lengths")}
    blobs: dict[str, list[np.ndarray]] = {"texts": [], "norms": [], "sections": []}
    lengths_of: dict[str, list[np.ndarray]] = {"texts": [], "norms": [], "sections": []}
    section_count = 0
    for chunk in chunks():
        vocabulary.update(chunk.terms)
        docs.extend(chunk.docs)
        a = chunk.arrays
        for key in small:
            small[key].append(a[key] if key != "section" else np.where(a[key] < 0, -1, a[key] + section_count))
        for key in ("texts", "norms"):
            blobs[key].append(a[key])
            lengths_of[key].append(np.diff(a["text_offsets" if key == "texts" else "norm_offsets"]))
        encoded = [s.encode("utf-8") for s in chunk.sections]
        blobs["sections"].append(np.frombuffer(b"".join(encoded), dtype=np.uint8))
        lengths_of["sections"].append(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)))
        section_count += len(encoded)
    short, long, ordered = Vocabulary.build(vocabulary)
    del vocabulary
    gid = {term: i for i, term in enumerate(ordered)}
    arrays: dict[str, np.ndarray] = {k: np.concatenate(v) for k, v in small.items()}
    doc_passages = arrays.pop("doc_passages")
    arrays["doc_start"] = _cumulative(doc_passages)
    for key, offsets in (("texts", "text_offsets"), ("norms", "norm_offsets"), ("sections", "section_offsets")):
        arrays[key] = np.concatenate(blobs[key]) if blobs[key] else np.zeros(0, np.uint8)
        arrays[offsets] = _cumulative(np.concatenate(lengths_of[key]))
    del blobs, small

    # Pass 2: postings. Rows first (sizes), then each chunk's entries scattered into place.
    df = np.zeros(len(ordered), dtype=np.int64)
    chunk_rows: list[np.ndarray] = []
    for chunk in chunks():
        rows = np.fromiter((gid[t] for t in chunk.terms), dtype=np.int64, count=len(chunk.terms))
        df[rows] += chunk.arrays["row_lengths"]
        chunk_rows.append(rows)
    indptr = _cumulative(df)
    nnz = int(indptr[-1])
    indices = np.empty(nnz, dtype=np.int32)
    tf = np.empty(nnz, dtype=np.int32)
    cursor = indptr[:-1].copy()
    passage_base = 0
    for chunk, rows in zip(chunks(), chunk_rows):
        a = chunk.arrays
        row_lengths = a["row_lengths"]
        starts = np.repeat(cursor[rows], row_lengths)
        within = np.arange(len(a["entry_passage"]), dtype=np.int64) - np.repeat(_cumulative(row_lengths)[:-1], row_lengths)
        where = starts + within
        indices[where] = a["entry_passage"] + passage_base
        tf[where] = a["entry_tf"]
        cursor[rows] += row_lengths
        passage_base += chunk.num_passages
    lengths = arrays["lengths"]
    if len(ordered):
        arrays["max_tf"] = np.maximum.reduceat(tf, indptr[:-1]).astype(np.int32)
        arrays["min_len"] = np.minimum.reduceat(lengths[indices], indptr[:-1]).astype(np.int32)
    else:
        arrays["max_tf"] = arrays["min_len"] = np.zeros(0, np.int32)
    arrays["tf"] = tf.astype(np.uint16) if not len(tf) or int(tf.max()) < 65536 else tf
    arrays.update(terms=short, indptr=indptr, indices=indices)
    return arrays, long, docs


def _cumulative(counts: np.ndarray) -> np.ndarray:
    out = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=out[1:])
    return out
