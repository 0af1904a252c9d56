"""One segment: the passages of some documents and the postings of their terms, in flat arrays.

A segment folder holds ``header.json`` (counts, each array file's size and sampled CRC, the long
terms), ``docs.json`` (document metadata, read on first use) and one ``.npy`` per array:

=================  ==========  ===============================================================
array              dtype       meaning
=================  ==========  ===============================================================
doc_start          int64 D+1   passages of local document d: ``doc_start[d]:doc_start[d+1]``
text_offsets       int64 n+1   passage i's text: ``texts[text_offsets[i]:text_offsets[i+1]]``
texts              uint8       UTF-8 of every passage text, end to end
norm_offsets/norms             the same for the normalised texts (to find a changed user word)
paragraph, part    int32 n     where each passage stands in its document
section            int32 n     row in ``section_offsets``/``sections`` (-1: none)
lengths            int32 n     tokens per passage
terms              S<w> T      the vocabulary (:class:`~index.store.vocabulary.Vocabulary`)
indptr             int64 T+1   term t's postings: ``indices/tf[indptr[t]:indptr[t+1]]``
indices            int32       local passage ids, increasing within a term
tf                 uint16/i32  term frequencies
wcode              uint16/i32  per posting: its row in ``pair_tf``/``pair_length`` (:func:`weight_codes`)
pair_tf            int32 P     the distinct (term frequency, passage length) pairs of the
pair_length        int32 P     postings: a term's weight in a passage depends on its idf and these
=================  ==========  ===============================================================

Written once into a fresh folder and never changed (deletions are kept by the store's state), so
it can be opened by any number of processes: the arrays by memory map, the two text blobs (the
largest files after the postings, read a few passages at a time) for positioned reads
(:mod:`index.store.blob`), so that the pages they are read from do not stay in the process.
:func:`open_segment` raises :class:`~corpus.errors.IndexBuildError` for anything missing,
truncated or inconsistent.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import os
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

from corpus.errors import IndexBuildError
from index.store.blob import Blob, MemoryBlob, open_blob
from index.store.files import bytes_check, file_check, open_array, read_json_object, save_array, write_json
from index.store.vocabulary import Vocabulary

FORMAT = "zh-news-qa-bot/segment"
FORMAT_VERSION = 2  # 2: wcode, pair_tf, pair_length

_SECTION_NAMES = 4096  # section names kept decoded

BLOBS = ("texts", "norms")  # read by positioned reads, not mapped

DOC_FIELDS = ("name", "title", "fingerprint", "subtitle", "source", "date", "authors", "copyright", "added")


class Segment:
    """A segment's arrays (memory-mapped, or in memory for an index without a cache folder) and
    its text blobs (:data:`BLOBS`: read from their files, or in memory)."""

    def __init__(self, arrays: Mapping[str, np.ndarray], long_terms: Sequence[str], docs: list[dict[str, Any]] | bytes,
                 folder: Path | None = None, blobs: Mapping[str, Blob] | None = None) -> None:
        """``docs``: the records, or ``docs.json``'s bytes (parsed on first use); the blobs as
        ``blobs`` or, in memory, as arrays among ``arrays``."""
        self.arrays = {name: array for name, array in arrays.items() if name not in BLOBS}
        self.blobs: dict[str, Blob] = {name: MemoryBlob(arrays[name]) for name in BLOBS if name in arrays}
        self.blobs.update(blobs or {})
        self.folder = folder
        self._docs: list[dict[str, Any]] | None = None if isinstance(docs, bytes) else docs
        self._docs_raw = docs if isinstance(docs, bytes) else b""
        self._docs_lock = threading.Lock()
        for name in ("doc_start", "text_offsets", "norm_offsets", "paragraph", "part",
                     "section", "section_offsets", "sections", "lengths", "indptr", "indices", "tf",
                     "wcode", "pair_tf", "pair_length"):
            setattr(self, name, self.arrays[name])
        self.texts = self.blobs["texts"]
        self.norms = self.blobs["norms"]
        self.vocabulary = Vocabulary(self.arrays["terms"], tuple(long_terms))
        self._section_names: dict[int, str] = {}
        self.num_docs = len(self.doc_start) - 1
        self._doc_starts: list[int] | None = None
        self.num_passages = len(self.lengths)

    @property
    def docs(self) -> list[dict[str, Any]]:
        """Document records (name, title, fingerprint, ..., ``named``: its quoted terms)."""
        if self._docs is None:
            with self._docs_lock:
                if self._docs is None:
                    self._docs = _parse_docs(self._docs_raw, self.folder, self.num_docs)
        return self._docs

    def postings(self, row: int) -> tuple[np.ndarray, np.ndarray]:
        start, end = int(self.indptr[row]), int(self.indptr[row + 1])
        return self.indices[start:end], self.tf[start:end]

    def coded(self, row: int) -> tuple[np.ndarray, np.ndarray]:
        """A term's postings as ``(local passages, weight codes)``: rows of ``pair_tf``/``pair_length``."""
        start, end = int(self.indptr[row]), int(self.indptr[row + 1])
        return self.indices[start:end], self.wcode[start:end]

    def doc_freqs(self) -> np.ndarray:
        return np.diff(self.indptr)

    def text(self, passage: int) -> str:
        offsets = self.text_offsets
        return self.texts.text(offsets.item(passage), offsets.item(passage + 1))

    def normalised_text(self, passage: int) -> str:
        offsets = self.norm_offsets
        return self.norms.text(offsets.item(passage), offsets.item(passage + 1))

    def normalised_texts(self, start: int, stop: int) -> list[str]:
        """``[normalised_text(i) for i in range(start, stop)]``, read in one slice of the blob."""
        offsets = self.norm_offsets[start : stop + 1].tolist()
        if len(offsets) < 2:
            return []
        base = offsets[0]
        blob = self.norms.read(base, offsets[-1])
        return [blob[a - base : b - base].decode("utf-8", "replace") for a, b in pairwise(offsets)]

    def section_name(self, passage: int) -> str | None:
        row = self.section.item(passage)
        if row < 0:
            return None
        name = self._section_names.get(row)
        if name is None:
            if len(self._section_names) >= _SECTION_NAMES:
                self._section_names.clear()
            name = self._section_names[row] = _blob_text(self.sections, self.section_offsets, row)
        return name

    def docs_holding(self, words: Sequence[bytes]) -> set[int]:
        """Local documents whose normalised text holds one of ``words`` (UTF-8)."""
        found: set[int] = set()
        for where, _ in self.norms.find_all(words):
            passage = int(np.searchsorted(self.norm_offsets, where, side="right")) - 1
            found.add(self.doc_of(passage))
        return found

    def close(self) -> None:
        """Close the blobs' files now rather than when the segment is dropped (reading a text
        afterwards raises :class:`ValueError`; the mapped arrays stay readable)."""
        for blob in self.blobs.values():
            blob.close()

    def doc_of(self, passage: int) -> int:
        if self._doc_starts is None:
            self._doc_starts = self.doc_start.tolist()
        return bisect.bisect_right(self._doc_starts, passage) - 1


def weight_codes(tf: np.ndarray, indices: np.ndarray, lengths: np.ndarray,
                 piece: int = 1 << 20) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(pair_tf, pair_length, wcode)``: the distinct (term frequency, passage length) pairs of
    postings ``tf``/``indices`` (passages ``lengths`` long), ordered by tf then length, and each
    posting's row among them.

    A term's BM25 weight in a passage is its idf times a value of that pair alone (Okapi, Plus:
    :func:`~index.bm25.score.pair_weights`), so a fresh term's weights are one look-up in a table
    of a few hundred values (worked out once per index) instead of a gather of every posting's
    passage length norm and four passes of arithmetic. Worked out in pieces of ``piece``
    postings, so the temporary arrays stay small beside the postings."""
    n = len(tf)
    width = int(lengths.max(initial=0)) + 1
    top = int(tf.max(initial=0)) + 1
    dense = top * width <= 1 << 24  # a presence table over every (tf, length): a pass, no sort
    seen = np.zeros(top * width if dense else 0, dtype=bool)
    found = []
    for start in range(0, n, piece):
        key = tf[start : start + piece].astype(np.int64) * width + lengths[indices[start : start + piece]]
        if dense:
            seen[key] = True
        else:
            found.append(np.unique(key))
    keys = np.flatnonzero(seen) if dense else np.unique(np.concatenate(found)) if found else np.zeros(0, np.int64)
    code = np.empty(n, dtype=np.uint16 if len(keys) <= 1 << 16 else np.int32)
    if dense:
        row_of = np.zeros(len(seen), dtype=np.int32)
        row_of[keys] = np.arange(len(keys), dtype=np.int32)
    for start in range(0, n, piece):
        key = tf[start : start + piece].astype(np.int64) * width + lengths[indices[start : start + piece]]
        code[start : start + piece] = row_of[key] if dense else keys.searchsorted(key)
    return (keys // width).astype(np.int32), (keys % width).astype(np.int32), code


def _blob_text(blob: np.ndarray, offsets: np.ndarray, i: int) -> str:
    return bytes(blob[int(offsets[i]) : int(offsets[i + 1])]).decode("utf-8", errors="replace")


def _parse_docs(raw: bytes, folder: Path | None, count: int) -> list[dict[str, Any]]:
    path = (folder or Path(".")) / "docs.json"
    try:
        docs = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IndexBuildError(f"cannot read {path}: {exc}") from exc
    if not isinstance(docs, list) or len(docs) != count or not all(isinstance(d, dict) and "name" in d for d in docs):
        raise IndexBuildError(f"{path} does not list the segment's {count} documents")
    return docs


class SegmentWriter:
    """Writes a new segment array by array (header last), so that no array has to stay in memory
    once it is written; blobs are streamed in pieces. Without a folder the arrays are kept in
    memory instead (an index without a cache folder). Raises :class:`OSError`."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.arrays: dict[str, np.ndarray] = {}  # in memory only
        self._checks: dict[str, Any] = {}
        self._sizes: dict[str, int] = {}
        if folder is not None:
            folder.mkdir(parents=True)

    def put(self, name: str, array: np.ndarray) -> None:
        self._sizes[name] = len(array)
        if self.folder is None:
            self.arrays[name] = array
        else:
            self._checks[name] = save_array(self.folder, name, array)

    @contextlib.contextmanager
    def blob(self, name: str, size: int) -> Iterator[Callable[[np.ndarray], None]]:
        """A ``uint8`` array of ``size`` bytes, written by calls ``write(piece)`` in order."""
        self._sizes[name] = size
        if self.folder is None:
            buffer = np.empty(size, dtype=np.uint8)
            done = [0]

            def fill(piece: np.ndarray) -> None:
                buffer[done[0] : done[0] + len(piece)] = piece
                done[0] += len(piece)

            yield fill
            if done[0] != size:
                raise OSError(f"{name}: {done[0]} bytes written, {size} announced")
            self.arrays[name] = buffer
            return
        path = self.folder / f"{name}.npy"
        with path.open("wb") as handle:
            np.lib.format.write_array_header_1_0(handle, {"descr": "|u1", "fortran_order": False, "shape": (size,)})
            start = handle.tell()
            yield lambda piece: handle.write(memoryview(np.ascontiguousarray(piece, dtype=np.uint8)))
            if handle.tell() - start != size:
                raise OSError(f"{path}: {handle.tell() - start} bytes written, {size} announced")
            handle.flush()
            os.fsync(handle.fileno())
        self._checks[name] = file_check(path)

    def finish(self, long_terms: Sequence[str], docs: Sequence[Mapping[str, Any]]) -> Segment:
        """Write the document records and the header; the segment, opened."""
        if self.folder is None:
            return Segment(self.arrays, long_terms, list(docs))  # type: ignore[arg-type]
        write_json(self.folder / "docs.json", list(docs))
        self._checks["docs"] = file_check(self.folder / "docs.json")
        sizes = self._sizes
        header = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "num_docs": sizes["doc_start"] - 1,
            "num_passages": sizes["lengths"],
            "num_terms": sizes["terms"] + len(long_terms),
            "nnz": sizes["indices"],
            "sections": sizes["section_offsets"] - 1,
            "long_terms": list(long_terms),
            "files": self._checks,
        }
        write_json(self.folder / "header.json", header)
        return open_segment(self.folder)


def open_segment(folder: Path) -> Segment:
    """Open a segment written by :class:`SegmentWriter`, by memory map, after checking it."""
    header = read_json_object(folder / "header.json", what="segment header")
    if header.get("format") != FORMAT or header.get("format_version") != FORMAT_VERSION:
        raise IndexBuildError(f"{folder} is not a segment of this program's format")
    try:
        d, n, t, nnz, s = (int(header[k]) for k in ("num_docs", "num_passages", "num_terms", "nnz", "sections"))
        long_terms = header["long_terms"]
        checks = header["files"]
        if not isinstance(long_terms, list) or not all(isinstance(x, str) for x in long_terms):
            raise ValueError("long_terms is not a list of strings")
    except (KeyError, TypeError, ValueError) as exc:
        raise IndexBuildError(f"{folder / 'header.json'} is malformed: {exc}") from exc
    short = t - len(long_terms)
    spec: dict[str, tuple[Any, tuple[int, ...]]] = {
        "doc_start": (np.int64, (d + 1,)),
        "text_offsets": (np.int64, (n + 1,)),
        "norm_offsets": (np.int64, (n + 1,)),
        "paragraph": (np.int32, (n,)),
        "part": (np.int32, (n,)),
        "section": (np.int32, (n,)),
        "section_offsets": (np.int64, (s + 1,)),
        "sections": (np.uint8, (-1,)),
        "lengths": (np.int32, (n,)),
        "indptr": (np.int64, (t + 1,)),
        "indices": (np.int32, (nnz,)),
        "tf": ((np.uint16, np.int32), (nnz,)),
        "wcode": ((np.uint16, np.int32), (nnz,)),
        "pair_tf": (np.int32, (-1,)),
        "pair_length": (np.int32, (-1,)),
    }
    arrays = {name: open_array(folder, name, checks, dtype, shape) for name, (dtype, shape) in spec.items()}
    arrays["terms"] = _open_terms(folder, checks, short)
    blobs: dict[str, Blob] = {}
    try:
        for name in BLOBS:
            blobs[name] = open_blob(folder / f"{name}.npy", checks.get(name))
        _check_structure(folder, arrays, blobs, d, n, nnz)
        docs = _read_docs(folder, checks)
    except BaseException:
        for blob in blobs.values():  # closed now: a refused segment holds no file open
            blob.close()
        raise
    return Segment(arrays, long_terms, docs, folder, blobs)


def _read_docs(folder: Path, checks: Mapping[str, Any]) -> bytes:
    try:
        docs = (folder / "docs.json").read_bytes()  # read now: the folder may go once replaced
    except OSError as exc:
        raise IndexBuildError(f"cannot read {folder / 'docs.json'}: {exc}") from exc
    if bytes_check(docs) != checks.get("docs"):
        raise IndexBuildError(f"{folder / 'docs.json'} is missing or damaged")
    return docs


def _open_terms(folder: Path, checks: Mapping[str, Any], count: int) -> np.ndarray:
    path = folder / "terms.npy"
    if file_check(path) != checks.get("terms"):
        raise IndexBuildError(f"{path} is missing, truncated or damaged")
    try:
        terms = np.load(path, mmap_mode="r", allow_pickle=False) if count else np.load(path, allow_pickle=False)
    except (OSError, ValueError) as exc:
        raise IndexBuildError(f"cannot open {path}: {exc}") from exc
    if terms.dtype.kind != "S" or terms.shape != (count,):
        raise IndexBuildError(f"{path} is not the segment's vocabulary")
    return terms.view(np.ndarray) if isinstance(terms, np.memmap) else terms  # as files.open_array


def _check_structure(folder: Path, a: Mapping[str, np.ndarray], blobs: Mapping[str, Blob], d: int, n: int,
                     nnz: int) -> None:
    """Cheap checks of the small arrays' ends and order (the big ones are checked by size/CRC)."""
    def ends(name: str, last: int) -> bool:
        array = a[name]
        return int(array[0]) == 0 and int(array[-1]) == last

    ok = (
        ends("doc_start", n) and not np.any(np.diff(a["doc_start"]) <= 0)
        and ends("text_offsets", len(blobs["texts"])) and ends("norm_offsets", len(blobs["norms"]))
        and ends("section_offsets", len(a["sections"])) and ends("indptr", nnz)
        and not np.any(np.diff(a["indptr"]) <= 0)
        and len(a["pair_tf"]) == len(a["pair_length"]) <= max(nnz, 1)
        and (a["wcode"].dtype != np.uint16 or len(a["pair_tf"]) <= 1 << 16)
    )
    if not ok:
        raise IndexBuildError(f"{folder} is not a consistent segment")
