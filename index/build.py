"""Building an :class:`~index.search.Index` from documents, with the on-disk cache.

Steps, each explicit: passages (:mod:`corpus.passages`) → user dictionary (the corpus's named
terms) → tokens per document → BM25 (:mod:`index.bm25`).

With a cache folder (config ``index.cache_dir``), nothing is done twice:

- **Warm start**: the snapshot of the whole index for exactly these documents (same names,
  same content fingerprints, same tokenizer settings) is loaded -- no segmenting, no rebuilding.
- **Documents added**: when the last snapshot's documents are all still there, unchanged, only
  the new documents are segmented and appended to the snapshot's index.
- **Anything else** (a document changed or removed): only new or changed documents are
  segmented; the others come from the per-document token cache, and BM25 is rebuilt from the
  cached tokens (array work).

A change of tokenizer settings, user dictionary, passage size or cache format changes the
settings key and so invalidates everything cached under the old key.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from corpus.errors import IndexBuildError
from corpus.loader import Document
from corpus.passages import Passage, split_document
from index import cache as index_cache
from index.bm25 import EncodedPassages, SparseBM25, encode_passages
from index.search import Index, IndexSettings
from index.tokenizer import Tokenizer, extract_named_terms

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
# Bump when passage splitting changes in a way that changes the passages of a document.
PASSAGES_VERSION = 1


def build_index(
    documents: Sequence[Document],
    settings: IndexSettings | None = None,
    tokenizer: Tokenizer | None = None,
    progress: ProgressCallback | None = None,
    cache_dir: Path | None = None,
) -> Index:
    """Cut documents into passages, tokenise them and build BM25, reusing the cache if given."""
    settings = settings or IndexSettings()
    started = time.perf_counter()
    if not documents:
        raise IndexBuildError("no documents to index")
    by_doc = {d.name: split_document(d, settings.max_passage_chars) for d in documents}
    empty = [name for name, passages in by_doc.items() if not passages]
    if empty:
        raise IndexBuildError(f"{empty[0]}: the document holds no passage")
    if tokenizer is None:
        tokenizer = Tokenizer(extract_named_terms(line for d in documents for line in d.lines))
    key = index_cache.make_settings_key(
        {
            "tokenizer": tokenizer.settings_key,
            "max_passage_chars": settings.max_passage_chars,
            "passages_version": PASSAGES_VERSION,
        }
    )
    ordered, bm25 = _bm25_for(documents, by_doc, tokenizer, settings, key, cache_dir, progress)
    passages = [p for d in ordered for p in by_doc[d.name]]
    if bm25.num_passages != len(passages):
        raise IndexBuildError(
            f"index holds {bm25.num_passages} passages but the documents have {len(passages)}"
        )
    elapsed = time.perf_counter() - started
    log.info("index of %d passages from %d documents ready in %.2fs", len(passages), len(ordered), elapsed)
    return Index(ordered, passages, tokenizer, bm25, settings, elapsed)


def _bm25_for(
    documents: Sequence[Document],
    by_doc: dict[str, list[Passage]],
    tokenizer: Tokenizer,
    settings: IndexSettings,
    key: str,
    cache_dir: Path | None,
    progress: ProgressCallback | None,
) -> tuple[list[Document], SparseBM25]:
    """The documents in index order and their BM25, from the cache where possible."""
    if cache_dir is None:
        encoded = _encode_all(documents, by_doc, tokenizer, None, progress)
        return list(documents), _with_params(index_cache.build_bm25(encoded, settings.bm25), settings)

    manifest = [(d.name, d.fingerprint) for d in documents]
    by_name = {d.name: d for d in documents}
    latest = index_cache.load_latest_snapshot(cache_dir, key)
    if latest is not None:
        old = [(str(name), str(fp)) for name, fp in latest.manifest]
        current = dict(manifest)
        if all(current.get(name) == fp for name, fp in old):
            kept = [by_name[name] for name, _ in old]
            added = [d for d in documents if d.name not in dict(old)]
            bm25 = latest.bm25
            if added:
                tokens = TokenCacheView(cache_dir, key)
                for encoded in _encode_all(added, by_doc, tokenizer, tokens, progress):
                    bm25 = bm25.extended_ids(encoded.vocabulary, encoded.ids, encoded.offsets)
                ordered = kept + added
                _save(cache_dir, key, ordered, bm25)
                tokens.prune({d.fingerprint for d in ordered})
            else:
                ordered = kept
            log.info("index from snapshot (%d kept, %d added)", len(kept), len(added))
            return ordered, _with_params(bm25, settings)

    tokens = TokenCacheView(cache_dir, key)
    encoded = _encode_all(documents, by_doc, tokenizer, tokens, progress)
    bm25 = index_cache.build_bm25(encoded, settings.bm25)
    ordered = list(documents)
    _save(cache_dir, key, ordered, bm25)
    tokens.prune({d.fingerprint for d in ordered})
    return ordered, _with_params(bm25, settings)


class TokenCacheView:
    """The per-document token cache for one settings key; absent when the folder is unusable."""

    def __init__(self, cache_dir: Path, key: str) -> None:
        try:
            self._cache: index_cache.TokenCache | None = index_cache.TokenCache(cache_dir, key)
        except (OSError, ValueError) as exc:
            log.warning("token cache in %s unusable (%s); segmenting without it", cache_dir, exc)
            self._cache = None

    def get(self, fingerprint: str) -> EncodedPassages | None:
        return self._cache.get_encoded(fingerprint) if self._cache else None

    def put(self, fingerprint: str, encoded: EncodedPassages) -> None:
        if self._cache:
            self._cache.put_encoded(fingerprint, encoded)

    def prune(self, keep: set[str]) -> None:
        if self._cache:
            try:
                self._cache.prune(keep)
            except OSError as exc:
                log.warning("could not prune the token cache: %s", exc)


def _encode_all(
    documents: Sequence[Document],
    by_doc: dict[str, list[Passage]],
    tokenizer: Tokenizer,
    tokens: TokenCacheView | None,
    progress: ProgressCallback | None,
) -> list[EncodedPassages]:
    """Integer-coded tokens of each document: from the cache, or segmented now (and cached)."""
    out: list[EncodedPassages] = []
    total = len(documents)
    segmented = 0
    for done, document in enumerate(documents, start=1):
        encoded = tokens.get(document.fingerprint) if tokens else None
        passages = by_doc[document.name]
        if encoded is None or encoded.num_passages != len(passages):
            encoded = encode_passages([tokenizer.tokens(p.text) for p in passages])
            segmented += 1
            if tokens:
                tokens.put(document.fingerprint, encoded)
        out.append(encoded)
        if progress is not None:
            progress(done, total)
    log.info("segmented %d of %d documents (the rest came from the cache)", segmented, total)
    return out


def _save(cache_dir: Path, key: str, ordered: Sequence[Document], bm25: SparseBM25) -> None:
    try:
        index_cache.save_snapshot(
            cache_dir, key, [(d.name, d.fingerprint) for d in ordered], bm25, {"documents": len(ordered)}
        )
    except IndexBuildError as exc:
        log.warning("index snapshot not saved (%s); the next start rebuilds from the token cache", exc)


def _with_params(bm25: SparseBM25, settings: IndexSettings) -> SparseBM25:
    return bm25 if bm25.params == settings.bm25 else bm25.with_params(settings.bm25)
