"""Building an :class:`~index.search.Index` from documents, with the on-disk cache.

Steps, each explicit: passages (:mod:`corpus.passages`) → user dictionary (the corpus's named
terms) → tokens per document → BM25 (:mod:`index.bm25`).

With a cache folder (config ``index.cache_dir``), nothing is done twice:

- **Warm start**: the snapshot of the whole index for exactly these documents (same names,
  same content fingerprints, same tokenizer settings, same user words) is loaded -- no
  segmenting, no rebuilding.
- **Documents added**: when the last snapshot's documents are all still there, unchanged, only
  the new documents are segmented and appended to the snapshot's index.
- **Anything else** (a document changed or removed): only new or changed documents are
  segmented; the others come from the per-document token cache, and BM25 is rebuilt from the
  cached tokens (array work).

The user dictionary is the corpus's named terms, so adding or removing one document can change
it. That does not invalidate the cache: a user word changes the segmentation only of a text
that contains it (:class:`~index.tokenizer.Tokenizer` keeps jieba's ``total`` fixed for that,
and gives each user word a frequency that does not depend on the others). So cached tokens --
of a document, or of the whole snapshot -- made under other user words still hold unless a
word added or removed since occurs in the document's normalised text (kept in each token cache
entry, so that nothing has to be normalised again to tell). Only the documents that contain a
changed word are segmented again; if the snapshot holds one of them, BM25 is rebuilt from the
token cache. Any other change of tokenizer settings, passage size or cache format changes the
settings key and so invalidates everything cached under the old key.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from corpus.errors import IndexBuildError
from corpus.loader import Document
from corpus.passages import Passage, split_document
from index import cache as index_cache
from index.bm25 import EncodedPassages, SparseBM25, encode_passages
from index.fields import passage_tokens
from index.normalize import normalize
from index.search import Index, IndexSettings
from index.tokenizer import Tokenizer, extract_named_terms

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
# How many earlier user-word sets cached entries may still refer to before they are all
# re-recorded under the current one (each such set is one small file in the cache).
MAX_OLD_WORD_SETS = 8
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
            "tokenizer": tokenizer.base_settings_key,
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

    cache = DocumentCache(cache_dir, key, tokenizer.user_words)
    manifest = [(d.name, d.fingerprint) for d in documents]
    by_name = {d.name: d for d in documents}
    # The snapshot's header first: its arrays are loaded only if they can be used.
    latest = index_cache.load_snapshot_info(cache_dir, key)
    if latest is not None:
        old = list(latest.manifest)
        current = dict(manifest)
        if all(current.get(name) == fp for name, fp in old):
            kept = [by_name[name] for name, _ in old]
            added = [d for d in documents if d.name not in dict(old)]
            same_words = latest.word_set == cache.word_set
            usable = same_words or cache.unaffected(kept, by_doc, latest.word_set)
            loaded = index_cache.load_snapshot(cache_dir, key, old, latest.word_set) if usable else None
            if loaded is not None:
                bm25 = loaded[0]
                for encoded in _encode_all(added, by_doc, tokenizer, cache, progress):
                    bm25 = bm25.extended_ids(encoded.vocabulary, encoded.ids, encoded.offsets)
                ordered = kept + added
                if added or not same_words:
                    cache.save(ordered, bm25)
                    cache.prune({d.fingerprint for d in ordered})
                log.info(
                    "index from snapshot (%d kept, %d added%s)",
                    len(kept),
                    len(added),
                    "" if same_words else ", user words changed in none of the kept documents",
                )
                return ordered, _with_params(bm25, settings)
            if not usable:
                log.info("user words changed in documents of the snapshot: rebuilding from the token cache")

    encoded = _encode_all(documents, by_doc, tokenizer, cache, progress)
    bm25 = index_cache.build_bm25(encoded, settings.bm25)
    ordered = list(documents)
    cache.save(ordered, bm25)
    cache.prune({d.fingerprint for d in ordered})
    return ordered, _with_params(bm25, settings)


class DocumentCache:
    """The per-document token cache for one settings key, judged against the current user
    words; without entries when the folder is unusable.

    Every entry records the word set it was segmented under and the document's normalised
    text. An entry made under another word set holds iff no word added or removed since then
    occurs in that text (the user words of the current tokenizer: a user word changes only the
    segmentation of the texts that contain it). Entries that hold keep their word set, which
    therefore stays in the registry; once they refer to more than :data:`MAX_OLD_WORD_SETS`
    other word sets, they are all re-recorded under the current one (:meth:`TokenCache.retag`,
    a rewrite of every such file, so not on every change), and the registry shrinks again.
    """

    def __init__(self, cache_dir: Path, key: str, user_words: Iterable[str]) -> None:
        self._cache_dir = cache_dir
        self._key = key
        self.words = frozenset(user_words)
        self.word_set = index_cache.word_set_id(self.words)
        try:
            self._cache: index_cache.TokenCache | None = index_cache.TokenCache(cache_dir, key)
        except (OSError, ValueError) as exc:
            log.warning("token cache in %s unusable (%s); segmenting without it", cache_dir, exc)
            self._cache = None
        self._changed: dict[str, frozenset[str] | None] = {self.word_set: frozenset()}
        self._recorded = False
        # Entries that hold under the current words but were recorded under another word set.
        self._holding: dict[str, set[str]] = {}

    def changed_words(self, word_set: str) -> frozenset[str] | None:
        """The user words added or removed since ``word_set``; ``None`` if it is unknown."""
        if word_set not in self._changed:
            then = index_cache.load_word_set(self._cache_dir, word_set)
            self._changed[word_set] = None if then is None else then ^ self.words
        return self._changed[word_set]

    def holds(self, word_set: str, text: str) -> bool:
        """Whether tokens of normalised ``text`` made under ``word_set`` are those the current
        user words give (no added or removed word occurs in the text)."""
        changed = self.changed_words(word_set)
        return changed is not None and not any(word in text for word in changed)

    def get(self, fingerprint: str) -> EncodedPassages | None:
        """The document's cached tokens if they hold under the current user words."""
        entry = self._cache.get_entry(fingerprint) if self._cache else None
        if entry is None:
            return None
        if entry.word_set != self.word_set:
            if not self.holds(entry.word_set, entry.text):
                return None
            self._holding.setdefault(entry.word_set, set()).add(fingerprint)
        return entry.encoded

    def put(self, fingerprint: str, encoded: EncodedPassages, text: str) -> None:
        """Store a document segmented now (under the current user words)."""
        if self._cache:
            self.record_word_set()
            self._cache.put_encoded(fingerprint, encoded, text=text, word_set=self.word_set)

    def unaffected(self, documents: Sequence[Document], by_doc: dict[str, list[Passage]], word_set: str) -> bool:
        """Whether no document of ``documents`` contains a user word added or removed since
        ``word_set`` (so their tokens made under it still hold). The normalised texts come
        from the token cache (or are normalised now for a document it lacks). When they all
        hold, so do their entries (see :meth:`prune`)."""
        changed = self.changed_words(word_set)
        if changed is None:
            return False
        started = time.perf_counter()
        for document in documents:
            entry = self._cache.get_entry(document.fingerprint, tokens=False) if self._cache else None
            text = entry.text if entry is not None else _normalised_text(by_doc[document.name])
            if any(word in text for word in changed):
                log.info("%s contains a user word added or removed since the snapshot", document.name)
                return False
            if entry is not None and entry.word_set != self.word_set:
                if entry.word_set == word_set or self.holds(entry.word_set, text):
                    self._holding.setdefault(entry.word_set, set()).add(document.fingerprint)
        log.info(
            "%d user words changed, in none of %d documents (checked in %.2f s)",
            len(changed),
            len(documents),
            time.perf_counter() - started,
        )
        return True

    def record_word_set(self) -> None:
        """Record the current word set in the registry (once)."""
        if not self._recorded:
            index_cache.save_word_set(self._cache_dir, self.words)
            self._recorded = True

    def prune(self, keep: set[str]) -> None:
        """Remove the entries of documents not in ``keep`` and the word sets no entry of
        ``keep`` that holds refers to (after re-recording those entries under the current word
        set, if they refer to too many). Call it once every document of the corpus has been
        looked up (:meth:`get`) or checked (:meth:`unaffected`)."""
        if not self._cache:
            return
        try:
            self._cache.prune(keep)
        except OSError as exc:
            log.warning("could not prune the token cache: %s", exc)
        in_use = {self.word_set}
        if len(self._holding) > MAX_OLD_WORD_SETS:
            self.record_word_set()
            started = time.perf_counter()
            count = 0
            for old, fingerprints in self._holding.items():
                for fingerprint in fingerprints & keep:
                    count += 1
                    if not self._cache.retag(fingerprint, self.word_set):
                        in_use.add(old)
            log.info("re-recorded %d token cache entries under the current user words in %.2f s",
                     count, time.perf_counter() - started)
        else:
            in_use.update(self._holding)
        self._holding.clear()
        index_cache.prune_word_sets(self._cache_dir, in_use)

    def save(self, ordered: Sequence[Document], bm25: SparseBM25) -> None:
        self.record_word_set()
        try:
            index_cache.save_snapshot(
                self._cache_dir,
                self._key,
                [(d.name, d.fingerprint) for d in ordered],
                bm25,
                {"documents": len(ordered)},
                word_set=self.word_set,
            )
        except IndexBuildError as exc:
            log.warning("index snapshot not saved (%s); the next start rebuilds from the token cache", exc)


def _normalised_text(passages: Sequence[Passage]) -> str:
    """What a token cache entry records as a document's text: its passages, normalised, one
    a line. A user word can only change how a run of Chinese characters is segmented, so one
    found across a line break (or anywhere outside such a run) only makes the check cautious."""
    return "\n".join(normalize(p.text) for p in passages)


def _encode_all(
    documents: Sequence[Document],
    by_doc: dict[str, list[Passage]],
    tokenizer: Tokenizer,
    cache: DocumentCache | None,
    progress: ProgressCallback | None,
) -> list[EncodedPassages]:
    """Integer-coded tokens of each document: from the cache, or segmented now (and cached)."""
    out: list[EncodedPassages] = []
    total = len(documents)
    segmented = 0
    for done, document in enumerate(documents, start=1):
        encoded = cache.get(document.fingerprint) if cache else None
        passages = by_doc[document.name]
        if encoded is None or encoded.num_passages != len(passages):
            pairs = [passage_tokens(tokenizer, p) for p in passages]
            encoded = encode_passages([tokens for _, tokens in pairs])
            segmented += 1
            if cache:
                cache.put(document.fingerprint, encoded, "\n".join(text for text, _ in pairs))
        out.append(encoded)
        if progress is not None:
            progress(done, total)
    if total:
        log.info("segmented %d of %d documents (the rest came from the cache)", segmented, total)
    return out


def _with_params(bm25: SparseBM25, settings: IndexSettings) -> SparseBM25:
    return bm25 if bm25.params == settings.bm25 else bm25.with_params(settings.bm25)
