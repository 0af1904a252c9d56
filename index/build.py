"""Building an :class:`~index.search.Index`: from the store when it can, by segments when little
changed, from scratch (in worker processes when the corpus is large) otherwise.

- **Warm start** (:func:`open_index`): the corpus folder is listed and ``stat``-ed; a file whose
  size, mtime, ctime and inode equal the store's record is taken as unchanged without being read
  (a file that differs is read and hashed: same content, nothing to do). When nothing changed the
  store's segments are opened by memory map: no document is parsed, nothing is segmented.
- **Some documents changed** (added, replaced, removed): the new and replaced ones are segmented
  into one new segment; the replaced and removed ones are marked deleted in theirs. If the user
  dictionary (the corpus's quoted terms) changed, documents whose normalised text holds an added
  or removed word are re-segmented too (a user word changes only texts that contain it: see
  :class:`~index.tokenizer.Tokenizer`). Scores stay exactly those of a full build
  (:mod:`index.store.segments`).
- **Merging**: an update that would make more than :data:`MAX_SEGMENTS` segments re-segments
  the live documents of every segment but the largest into its new segment (they are the small
  ones updates made), so a store is at most one big segment and a few small ones, and merging
  costs the size of the small ones, not of the corpus.
- **Cold build**: no usable store (first start, other code or settings: :mod:`index.store.key`),
  changed documents holding more than :data:`REBUILD_SHARE` of the passages, or a merge that
  would re-segment that much -- segments are merged by building one anew.

Without a cache folder everything is built in memory.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from corpus.errors import CorpusError, IndexBuildError
from corpus.loader import Document, list_document_files, load_document
from index.encode import Workers, encode_documents, named_terms
from index.search import Index, IndexSettings
from index.store import state as store_state
from index.store.assemble import Assembly, Chunk, StoredChunk, assemble, load_chunk
from index.store.key import cache_key
from index.store.segment import Segment, SegmentWriter
from index.store.segments import LiveSegment, SegmentSet
from index.store.state import DocEntry, State
from index.tokenizer import Tokenizer

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
STORE_FORMAT = 3  # 2: no per-term max_tf/min_len (pruning bounds come from the weights); 3: weight codes
MAX_SEGMENTS = 8
REBUILD_SHARE = 0.5
PARALLEL_MIN_BYTES = 8_000_000  # below this, worker start-up costs more than it saves
NO_STAT = (0, 0, 0, 0)


@dataclass(frozen=True)
class Source:
    """A document to index: already loaded, or a file (read only if it may have changed)."""

    name: str
    stat: tuple[int, int, int, int]
    path: Path | None = None
    document: Document | None = None

    def load(self) -> Document:
        if self.document is not None:
            return self.document
        assert self.path is not None
        return load_document(self.path)


def file_stat(path: Path) -> tuple[int, int, int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino


def open_index(folder: Path, settings: IndexSettings | None = None, progress: ProgressCallback | None = None,
               cache_dir: Path | None = None) -> Index:
    """The index of the corpus folder (see the module docstring). Raises
    :class:`~corpus.errors.CorpusError` for a missing or empty folder or an unreadable file."""
    paths = list_document_files(folder)
    if not paths:
        raise CorpusError(f"corpus folder {folder} holds no .txt or .md document")
    try:
        sources = [Source(p.name, file_stat(p), path=p) for p in paths]
    except OSError as exc:
        raise CorpusError(f"cannot read the corpus folder {folder}: {exc}") from exc
    return _build(sources, settings or IndexSettings(), None, progress, cache_dir)


def build_index(documents: Sequence[Document], settings: IndexSettings | None = None, tokenizer: Tokenizer | None = None,
                progress: ProgressCallback | None = None, cache_dir: Path | None = None) -> Index:
    """The index of loaded documents (by name order), reusing the store in ``cache_dir`` if given;
    ``tokenizer`` (with its user words) instead of one made from the documents' quoted terms."""
    if not documents:
        raise IndexBuildError("no documents to index")
    names = [d.name for d in documents]
    if len(set(names)) != len(names):
        raise IndexBuildError("two documents have the same name")
    sources = sorted((Source(d.name, NO_STAT, document=d) for d in documents), key=lambda s: s.name)
    return _build(sources, settings or IndexSettings(), tokenizer, progress, cache_dir)


def _build(sources: list[Source], settings: IndexSettings, tokenizer: Tokenizer | None,
           progress: ProgressCallback | None, cache_dir: Path | None) -> Index:
    started = time.perf_counter()
    key = cache_key(settings.max_passage_chars, STORE_FORMAT)
    dictionary_cache = None  # jieba's cache: the user's private project cache, shared by every index
    state = store_state.load_state(cache_dir, key) if cache_dir is not None else None
    if state is not None:
        updated = _update(state, sources, settings, tokenizer, progress, cache_dir, dictionary_cache)
        if updated is not None:
            state, tokenizer = updated
            index = Index(state.segment_set(), tokenizer, settings, time.perf_counter() - started)
            log.info("index of %d passages from %d documents ready in %.2fs", index.num_passages,
                     len(index.documents), index.build_seconds)
            return index
    segments, tokenizer = _cold(sources, settings, tokenizer, progress, cache_dir, dictionary_cache, key)
    index = Index(segments, tokenizer, settings, time.perf_counter() - started)
    log.info("index of %d passages from %d documents built in %.2fs", index.num_passages, len(index.documents),
             index.build_seconds)
    return index


# ---------------------------------------------------------------------- cold build


def _cold(sources: list[Source], settings: IndexSettings, tokenizer: Tokenizer | None, progress: ProgressCallback | None,
          cache_dir: Path | None, dictionary_cache: Path | None, key: str) -> tuple[SegmentSet, Tokenizer]:
    """One segment of every document, written to the store when there is a cache folder."""
    paths = [s.path for s in sources if s.path is not None]
    parallel = (
        cache_dir is not None and tokenizer is None and len(paths) == len(sources) > 1 and (os.cpu_count() or 1) > 1
        and sum(s.stat[0] for s in sources) >= PARALLEL_MIN_BYTES
    )
    if parallel:
        assert cache_dir is not None
        (cache_dir / "store").mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="chunks-", dir=cache_dir / "store") as tmp:
            assembly = Assembly()  # the merge's first pass takes each chunk as soon as it is written
            with Workers(dictionary_cache) as pool:
                named = pool.scan(paths)
                words = sorted({w for terms in named for w in terms})
                files = pool.encode(paths, words, settings.max_passage_chars, Path(tmp), progress,
                                    ready=lambda f: assembly.add(load_chunk(f)), named=named)
            # The workers are gone before the second pass: their memory is not held beside it.
            folder, segment = _new_segment(cache_dir, lambda: (load_chunk(f) for f in files), assembly)
        tokenizer = Tokenizer(words, dictionary_cache=dictionary_cache)
    else:
        documents = [s.load() for s in sources]
        if tokenizer is None:
            tokenizer = Tokenizer(sorted({w for d in documents for w in named_terms(d)}), dictionary_cache=dictionary_cache)
        chunk = encode_documents(documents, tokenizer, settings.max_passage_chars, _counter(progress, len(documents)))
        del documents
        folder, segment = _new_segment(cache_dir, lambda: iter([chunk]))
        del chunk
    docs = segment.docs
    log.info("segmented %d documents", len(docs))
    alone = SegmentSet([LiveSegment(segment)], np.zeros(len(docs), np.int32), np.arange(len(docs)))
    if cache_dir is None or folder is None:
        return alone, tokenizer
    entries = [
        DocEntry(d["name"], 0, i, d["fingerprint"], s.stat, tuple(d["named"]))
        for i, (d, s) in enumerate(zip(docs, sources))
    ]
    state = State(key, tokenizer.user_words, [folder.name], [frozenset()], [None], entries, segments=[segment])
    state.okapi_idf = alone.stats(okapi=True).okapi_mean_idf
    try:
        store_state.save_state(cache_dir, state)
    except OSError as exc:
        log.warning("index store not saved (%s); the next start builds again", exc)
    return state.segment_set(), tokenizer


def _new_segment(cache_dir: Path | None, chunks: Callable[[], Iterator[Chunk | StoredChunk]],
                 assembly: Assembly | None = None) -> tuple[Path | None, Segment]:
    """A segment of ``chunks()`` (``assembly``: they have been added to it) in a new store folder,
    or (no cache folder, or the store cannot be written) in memory."""
    if cache_dir is not None:
        folder = store_state.new_segment_dir(cache_dir)
        try:
            if assembly is not None:
                return folder, assembly.write(chunks(), SegmentWriter(folder))
            return folder, assemble(chunks, SegmentWriter(folder))
        except (OSError, IndexBuildError) as exc:
            log.warning("index store not written (%s); the index is kept in memory until the next start", exc)
            shutil.rmtree(folder, ignore_errors=True)
    return None, assemble(chunks, SegmentWriter(None))


def _counter(progress: ProgressCallback | None, total: int) -> Callable[[int], None] | None:
    if progress is None:
        return None
    done = [0]

    def step(count: int) -> None:
        done[0] += count
        progress(done[0], total)

    return step


# ---------------------------------------------------------------------- segments


def _update(state: State, sources: list[Source], settings: IndexSettings, tokenizer: Tokenizer | None,
            progress: ProgressCallback | None, cache_dir: Path, dictionary_cache: Path | None
            ) -> tuple[State, Tokenizer] | None:
    """The state after adding, replacing and removing documents as segments and deletion marks;
    ``None`` when a cold build is due instead."""
    known = {d.name: d for d in state.documents}
    kept: dict[str, DocEntry] = {}
    fresh: dict[str, tuple[Source, Document]] = {}
    for source in sources:
        entry = known.get(source.name)
        if entry is not None and source.stat != NO_STAT and entry.stat == source.stat:
            kept[source.name] = entry
            continue
        document = source.load()
        if entry is not None and entry.fingerprint == document.fingerprint:
            kept[source.name] = replace(entry, stat=source.stat)
        else:
            fresh[source.name] = (source, document)
    if tokenizer is not None:
        words = set(tokenizer.user_words)
    else:
        words = {w for e in kept.values() for w in e.named} | {w for _, d in fresh.values() for w in named_terms(d)}
    changed = words ^ set(state.user_words)
    if changed:
        for name in _holding(state, kept, changed):
            source = next(s for s in sources if s.name == name)
            fresh[name] = (source, source.load())
            del kept[name]
    gone = [e for name, e in known.items() if name not in kept]
    if not fresh and not gone:
        if kept != known:  # files touched, content the same: remember their new stat
            state.documents = sorted(kept.values(), key=lambda e: e.name)
            _save(cache_dir, state)
        return state, tokenizer or Tokenizer(state.user_words, dictionary_cache=dictionary_cache)
    total = sum(seg.num_passages for seg in state.segments)
    dead = sum(_doc_passages(state, e) for e in gone) + sum(
        int(seg.doc_start[d + 1] - seg.doc_start[d]) for seg, ds in zip(state.segments, state.deleted) for d in ds)
    if dead > REBUILD_SHARE * max(total, 1):
        log.info("%d documents changed: building one segment anew", len(fresh) + len(gone))
        return None
    if len(state.segments) + bool(fresh) > MAX_SEGMENTS:
        # Merge: the live documents of every segment but the largest (the small ones that updates
        # made) join the new segment; the largest stays as it is.
        largest = max(range(len(state.segments)), key=lambda s: state.segments[s].num_passages)
        moved = [name for name, e in kept.items() if e.segment != largest]
        if sum(_doc_passages(state, kept[name]) for name in moved) > REBUILD_SHARE * total:
            log.info("%d segments of similar size: building one segment anew", len(state.segments))
            return None
        by_name = {source.name: source for source in sources}
        for name in moved:
            fresh[name] = (by_name[name], by_name[name].load())
            del kept[name]
        gone = [e for name, e in known.items() if name not in kept]
        log.info("merging %d small segments (%d documents) into one", len(state.segments) - 1, len(moved))
    if tokenizer is None:
        tokenizer = Tokenizer(sorted(words), dictionary_cache=dictionary_cache)
    deleted = [set(d) for d in state.deleted]
    for entry in gone:
        deleted[entry.segment].add(entry.local)
    live_df = list(state.live_df)
    for s, segment in enumerate(state.segments):
        newly = deleted[s] - state.deleted[s]
        if newly:
            base = live_df[s] if live_df[s] is not None else np.diff(segment.indptr)
            live_df[s] = (base - _deleted_doc_freqs(segment, newly)).astype(np.int32)
    segment_dirs = list(state.segment_dirs)
    segments = list(state.segments)
    entries = list(kept.values())
    if fresh:
        documents = [fresh[name][1] for name in sorted(fresh)]
        chunk: Chunk = encode_documents(documents, tokenizer, settings.max_passage_chars, _counter(progress, len(documents)))
        folder = store_state.new_segment_dir(cache_dir)
        segments.append(assemble(lambda: iter([chunk]), SegmentWriter(folder)))
        segment_dirs.append(folder.name)
        deleted.append(set())
        live_df.append(None)
        for i, document in enumerate(documents):
            entries.append(DocEntry(document.name, len(segments) - 1, i, document.fingerprint,
                                    fresh[document.name][0].stat, tuple(named_terms(document))))
    entries.sort(key=lambda e: e.name)
    # Segments left without a live document are dropped (and renumbered).
    used = sorted({e.segment for e in entries})
    renumber = {old: new for new, old in enumerate(used)}
    new_state = State(
        state.key, tokenizer.user_words, [segment_dirs[s] for s in used], [frozenset(deleted[s]) for s in used],
        [live_df[s] for s in used], [replace(e, segment=renumber[e.segment]) for e in entries], None,
        [segments[s] for s in used],
    )
    # Okapi's mean IDF (over every term of every segment: a second at a million passages) is left
    # to the first Okapi search; BM25Plus and BM25L never need it.
    _save(cache_dir, new_state)
    log.info("index store: %d documents segmented, %d deleted; %d segments", len(fresh), len(gone), len(used))
    return new_state, tokenizer


def _save(cache_dir: Path, state: State) -> None:
    try:
        store_state.save_state(cache_dir, state)
    except OSError as exc:
        log.warning("index store state not saved (%s); the next start redoes this update", exc)


def _doc_passages(state: State, entry: DocEntry) -> int:
    starts = state.segments[entry.segment].doc_start
    return int(starts[entry.local + 1] - starts[entry.local])


def _deleted_doc_freqs(segment: Segment, docs: set[int]) -> np.ndarray:
    """Per term row, in how many passages of the local documents ``docs`` it occurs."""
    dead = np.zeros(segment.num_passages, dtype=bool)
    for d in docs:
        dead[segment.doc_start[d] : segment.doc_start[d + 1]] = True
    hits = np.flatnonzero(dead[segment.indices])
    rows = np.searchsorted(segment.indptr, hits, side="right") - 1
    return np.bincount(rows, minlength=len(segment.vocabulary))


def _holding(state: State, kept: dict[str, DocEntry], words: set[str]) -> list[str]:
    """The kept documents whose normalised text holds one of ``words``."""
    by_place = {(e.segment, e.local): name for name, e in kept.items()}
    found: set[str] = set()
    for s, segment in enumerate(state.segments):
        for local in segment.docs_holding([w.encode("utf-8") for w in words]):
            name = by_place.get((s, local))
            if name is not None:
                found.add(name)
    if found:
        log.info("%d documents hold a user word added or removed since: re-segmenting them", len(found))
    return sorted(found)
