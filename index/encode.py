"""Documents → passages → tokens → a :class:`~index.store.assemble.Chunk`, here or in workers.

A cold build of a large corpus runs in worker processes (one per core, ``spawn``: nothing of the
parent's threads or state is inherited), in two rounds over chunks of files: first each file is
read, checked and its quoted named terms collected (the user dictionary needs all of them before
anything is segmented), then each chunk is segmented with the whole dictionary and saved to a
temporary file, which the parent merges (:class:`~index.store.assemble.Assembly`: the first
pass over each chunk as soon as it is written, the second once the workers are gone). Workers hold
one chunk at a time; the parent holds one chunk and the final posting arrays.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import gc
import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from corpus.errors import IndexBuildError
from corpus.loader import Document, load_document
from corpus.passages import Passage, split_document
from index.bulk import BulkEncoder, bulk_encoder
from index.fields import passage_tokens
from index.store.assemble import Chunk, make_chunk, save_chunk
from index.tokenizer import Tokenizer, extract_named_terms

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
FILES_PER_TASK = 40
#: Text from which segmenting with jieba-rs pays for copying the dictionary into it (~0.3 s, the
#: time jieba takes over ~50,000 characters): the tokens are the same either way.
FAST_CUT_MIN_CHARS = 100_000


def document_record(document: Document, named: list[str] | None = None) -> dict[str, Any]:
    """What a segment keeps of a document (``named``: its quoted terms, for the dictionary; given
    when already collected)."""
    return {
        "name": document.name, "title": document.title, "fingerprint": document.fingerprint,
        "subtitle": document.subtitle, "source": document.source, "date": document.date,
        "authors": list(document.authors), "copyright": document.copyright, "added": document.added,
        "named": named_terms(document) if named is None else named,
    }


def named_terms(document: Document) -> list[str]:
    return extract_named_terms(document.lines)


def encode_documents(documents: Sequence[Document], tokenizer: Tokenizer, max_chars: int,
                     progress: Callable[[int], None] | None = None, numbered: bool = False,
                     named: Sequence[list[str]] | None = None) -> Chunk:
    """The chunk of ``documents``; :class:`IndexBuildError` for a document without passages.
    ``numbered``: its terms may come as numbers (:class:`~index.store.assemble.Numbered`, for a
    worker's chunks, all taken in order by one merge); ``named``: each document's quoted terms,
    when already collected."""
    if sum(len(line) for document in documents for line in document.lines) >= FAST_CUT_MIN_CHARS:
        tokenizer.segment_fast()
        encoder = bulk_encoder(tokenizer)
        if encoder is not None:  # all passages at once (the same postings: index.bulk)
            chunk = _encode_bulk(encoder, documents, max_chars, numbered, named)
            if chunk is not None:
                if progress is not None:
                    progress(len(documents))
                return chunk
    records = []
    rows = []
    counts = []
    for i, document in enumerate(documents):
        passages = split_document(document, max_chars)
        if not passages:
            raise IndexBuildError(f"{document.name}: the document holds no passage")
        for passage in passages:
            norm, tokens = passage_tokens(tokenizer, passage)
            rows.append((passage.paragraph, passage.part, passage.section, passage.text, norm, tokens))
        records.append(document_record(document, None if named is None else named[i]))
        counts.append(len(passages))
        if progress is not None:
            progress(1)
    return make_chunk(records, rows, counts)


def _encode_bulk(encoder: BulkEncoder, documents: Sequence[Document], max_chars: int, numbered: bool,
                 named: Sequence[list[str]] | None) -> Chunk | None:
    records = []
    passages: list[Passage] = []
    counts = []
    for i, document in enumerate(documents):
        parts = split_document(document, max_chars)
        if not parts:
            raise IndexBuildError(f"{document.name}: the document holds no passage")
        passages.extend(parts)
        records.append(document_record(document, None if named is None else named[i]))
        counts.append(len(parts))
    return encoder.chunk(records, passages, counts, numbered)


# ---------------------------------------------------------------------- worker processes

_worker_tokenizers: dict[tuple[str, ...], Tokenizer] = {}


def _tokenizer(user_words: tuple[str, ...], dictionary_cache: str | None) -> Tokenizer:
    if user_words not in _worker_tokenizers:
        _worker_tokenizers.clear()
        cache = Path(dictionary_cache) if dictionary_cache else None
        _worker_tokenizers[user_words] = Tokenizer(user_words, dictionary_cache=cache)
    return _worker_tokenizers[user_words]


def _scan_files(paths: list[str]) -> list[list[str]]:
    """The quoted named terms of each file; raises CorpusError for an unreadable one."""
    return [named_terms(load_document(Path(path))) for path in paths]


def _encode_files(paths: list[str], named: list[list[str]] | None, user_words: tuple[str, ...],
                  dictionary_cache: str | None, max_chars: int, out: str) -> tuple[str, int]:
    # Segmenting makes no reference cycles, but many containers: the cyclic collector would walk
    # the tokenizer's word memo (hundreds of thousands of entries) again and again.
    gc.disable()
    try:
        documents = [load_document(Path(p)) for p in paths]
        tokenizer = _tokenizer(user_words, dictionary_cache)
        save_chunk(Path(out), encode_documents(documents, tokenizer, max_chars, numbered=True, named=named))
    finally:
        gc.enable()
    return out, len(documents)


def _start_worker() -> None:
    """A worker leaves without tearing down its interpreter (``os._exit`` once Python's own exit
    steps have run: multiprocessing's are done by then, the streams flushed here): freeing the
    dictionaries and tables object by object took seconds, while the build waits for it."""
    atexit.register(_leave)


def _leave() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


class Workers:
    """A pool of worker processes for one cold build (closed on exit)."""

    def __init__(self, dictionary_cache: Path | None, workers: int | None = None) -> None:
        self._dictionary_cache = str(dictionary_cache) if dictionary_cache else None
        self._pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=workers or os.cpu_count() or 1, mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
        )

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def scan(self, paths: Sequence[Path]) -> list[list[str]]:
        tasks = [[str(p) for p in paths[i : i + FILES_PER_TASK]] for i in range(0, len(paths), FILES_PER_TASK)]
        return [row for rows in self._pool.map(_scan_files, tasks) for row in rows]

    def encode(self, paths: Sequence[Path], user_words: Sequence[str], max_chars: int, folder: Path,
               progress: ProgressCallback | None = None, ready: Callable[[Path], None] | None = None,
               named: Sequence[list[str]] | None = None) -> list[Path]:
        """Segment ``paths`` into chunk files in ``folder``, in order; ``ready(file)`` is called
        for each in order as soon as it and those before it are written (while the workers go
        on with the next ones)."""
        futures = []
        words = tuple(user_words)
        for number, start in enumerate(range(0, len(paths), FILES_PER_TASK)):
            task = [str(p) for p in paths[start : start + FILES_PER_TASK]]
            out = str(folder / f"chunk-{number:06d}.bin")
            names = None if named is None else list(named[start : start + FILES_PER_TASK])
            futures.append(self._pool.submit(_encode_files, task, names, words, self._dictionary_cache, max_chars, out))
        done = 0
        files = []
        for future in futures:
            out, count = future.result()
            files.append(Path(out))
            if ready is not None:
                ready(files[-1])
            done += count
            if progress is not None:
                progress(done, len(paths))
        return files
