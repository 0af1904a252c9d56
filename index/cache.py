"""On-disk cache of segmented documents and of whole BM25 indexes (no pickle anywhere).

The cache lives under one directory (config key ``index.cache_dir``, default
:data:`DEFAULT_CACHE_DIR`). Everything in it is tied to a *settings key*: a string the
caller computes from whatever changes tokens for every text (tokenizer settings, format
version; :func:`make_settings_key` helps). Data written under another key is never
returned: it is ignored and, for token entries, deleted by :meth:`TokenCache.prune`.

The user dictionary (the corpus's named terms) is deliberately *not* part of the settings
key: a user word changes the segmentation only of the texts that contain it
(:class:`index.tokenizer.Tokenizer` keeps jieba's ``total`` fixed for that), so adding one
document that quotes a new term must not throw every document's tokens away. Instead each
token entry and the snapshot record the *word set* (the id of a user-word set, see
:func:`word_set_id`) they were segmented under, each token entry also keeps its document's
normalised text, and the caller decides whether an entry still holds (no added or removed
word occurs in its text; :mod:`index.build`). The word sets themselves are kept in a small
registry, so that the caller can tell which words changed since an entry was written.

Layout (``FORMAT_VERSION`` = 2)::

    <cache_dir>/tokens/<key-id>/settings.json       the settings key, for humans
    <cache_dir>/tokens/<key-id>/<fingerprint>.tok   one segmented document
    <cache_dir>/wordsets/<word-set>.json            a user-word set: {"format_version", "words"}
    <cache_dir>/snapshot/snapshot.json              the current whole-index snapshot header
    <cache_dir>/snapshot/gen-<hex>/bm25/            SparseBM25.save() of the index
    <cache_dir>/snapshot/gen-<hex>/payload.json     the caller's passage data (UTF-8 JSON)

``<key-id>`` is the first 16 hex digits of SHA-256 over ``FORMAT_VERSION`` and the settings
key; ``<fingerprint>`` is the document's content digest (lower-case hex, e.g.
``hashlib.sha256(data).hexdigest()``, see :func:`fingerprint_bytes`); ``<word-set>`` is
:func:`word_set_id` of the sorted words (32 hex digits), checked when the file is read.

A ``.tok`` file is::

    8 bytes   magic b"zhqa-tok"
    4 bytes   header length H, unsigned little-endian
    H bytes   UTF-8 JSON header: format_version, settings_key, fingerprint, word_set,
              num_passages, num_tokens, text_bytes, text_chars, text_crc32,
              vocabulary_bytes, body_crc32
    text      the document's normalised text, UTF-8, zlib-compressed (text_bytes bytes;
              text_chars characters once decompressed; text_crc32 of the compressed bytes)
    body      vocabulary: UTF-8 JSON list of the document's own terms in order of first
              occurrence (vocabulary_bytes bytes), then
              offsets: little-endian int64 x (num_passages + 1), then
              ids: little-endian int32 x num_tokens (indexes into the vocabulary);
              body_crc32 covers all three

so passage ``i`` is ``vocabulary[ids[offsets[i]:offsets[i + 1]]]``. Ids are local to the
document, so merging many cached documents into one index is array work
(:func:`build_bm25`). The header is small and comes first, so the word set and the text can
be read without decoding the tokens (``get_entry(..., tokens=False)``), and re-recording an
entry under another word set (:meth:`TokenCache.retag`) leaves text and body byte for byte.
A missing, truncated, corrupt or foreign entry is a cache miss (corruption is logged as a
warning); it never raises.

``snapshot.json`` holds ``format`` (``"zh-news-qa-bot/index-snapshot"``),
``format_version``, ``settings_key``, ``word_set``, ``manifest`` (the ordered list of
``[document name, fingerprint]`` the index was built from), ``generation`` (the ``gen-*``
folder), ``num_passages``, ``payload_bytes`` and ``payload_sha256``. A save writes a new
generation folder completely, then atomically replaces ``snapshot.json``, then removes the
older generations; :func:`load_snapshot` returns ``None`` unless key, word set, manifest and
version match exactly and every file checks out; :func:`load_snapshot_info` reads only the
header (manifest and word set), to decide whether the snapshot is worth loading. :func:`load_latest_snapshot` returns the
snapshot whatever its manifest and word set (same key and checks), so a caller whose corpus
only gained documents at the end can extend it (:meth:`SparseBM25.extended`) instead of
rebuilding. All files are written atomically (temp file in the same folder, ``os.replace``;
fsync too, except for token entries, which are checksummed).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import struct
import time
import zlib
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from corpus.errors import IndexBuildError
from index.bm25 import (
    BM25Params,
    EncodedPassages,
    SparseBM25,
    assign_ids,
    atomic_write_bytes,
    encode_passages,
    read_json_object,
)

__all__ = [
    "DEFAULT_CACHE_DIR",
    "FORMAT_VERSION",
    "CacheEntry",
    "Snapshot",
    "SnapshotInfo",
    "TokenCache",
    "build_bm25",
    "fingerprint_bytes",
    "load_latest_snapshot",
    "load_snapshot",
    "load_snapshot_info",
    "load_word_set",
    "make_settings_key",
    "prune_word_sets",
    "save_snapshot",
    "save_word_set",
    "word_set_id",
]

logger = logging.getLogger(__name__)

FORMAT_VERSION = 2
"""Version of the cache layout described in the module docstring."""

DEFAULT_CACHE_DIR = Path(".cache/index")

SNAPSHOT_FORMAT = "zh-news-qa-bot/index-snapshot"
_TOKEN_MAGIC = b"zhqa-tok"
_HEADER_LENGTH = struct.Struct("<I")
_FINGERPRINT = re.compile(r"[0-9a-f]{16,128}")
_TOKENS_DIR = "tokens"
_SNAPSHOT_DIR = "snapshot"
_SNAPSHOT_HEADER = "snapshot.json"
_WORD_SETS_DIR = "wordsets"
_WORD_SET_ID = re.compile(r"[0-9a-f]{32}")

Manifest = Sequence[tuple[str, str]]


def make_settings_key(settings: Mapping[str, Any]) -> str:
    """A settings key: canonical JSON of ``settings`` (JSON-serialisable, e.g. tokenizer
    name and version, passage settings) together with :data:`FORMAT_VERSION`."""
    return json.dumps(
        {"cache_format_version": FORMAT_VERSION, **settings},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )


def fingerprint_bytes(data: bytes) -> str:
    """The document fingerprint the cache expects: SHA-256 hex digest of the raw bytes."""
    return hashlib.sha256(data).hexdigest()


def _key_id(settings_key: str) -> str:
    return hashlib.sha256(f"{FORMAT_VERSION}\0{settings_key}".encode()).hexdigest()[:16]


def _check_fingerprint(fingerprint: str) -> str:
    if not isinstance(fingerprint, str) or not _FINGERPRINT.fullmatch(fingerprint.lower()):
        raise ValueError(f"a fingerprint must be 16-128 hex digits, got {fingerprint!r}")
    return fingerprint.lower()


def _check_settings_key(settings_key: str) -> str:
    if not isinstance(settings_key, str) or not settings_key:
        raise ValueError("the settings key must be a non-empty str")
    return settings_key


def word_set_id(words: Iterable[str]) -> str:
    """The id of a user-word set: 32 hex digits of SHA-256 over its sorted words (JSON)."""
    canonical = json.dumps(sorted(set(words)), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def _word_set_path(directory: str | os.PathLike[str], set_id: str) -> Path:
    if not isinstance(set_id, str) or not _WORD_SET_ID.fullmatch(set_id):
        raise ValueError(f"a word set id must be 32 lower-case hex digits, got {set_id!r}")
    return Path(directory) / _WORD_SETS_DIR / f"{set_id}.json"


def save_word_set(directory: str | os.PathLike[str], words: Iterable[str]) -> str:
    """Record a user-word set in the registry (if it is not there yet); returns its id.

    A write failure is logged, not raised: entries recorded under an unknown word set are
    cache misses later, nothing worse."""
    words = sorted(set(words))
    set_id = word_set_id(words)
    path = _word_set_path(directory, set_id)
    if load_word_set(directory, set_id, quiet=True) is None:
        blob = json.dumps({"format_version": FORMAT_VERSION, "words": words}, ensure_ascii=False)
        try:
            atomic_write_bytes(path, blob.encode("utf-8"))
        except OSError as exc:
            logger.warning("cannot record the user-word set %s: %s", path, exc)
    return set_id


def load_word_set(directory: str | os.PathLike[str], set_id: str, *, quiet: bool = False) -> frozenset[str] | None:
    """The words of a recorded user-word set; ``None`` if unknown, damaged (the words must
    hash to ``set_id``) or of another format version. Never raises for a bad file."""
    try:
        path = _word_set_path(directory, set_id)
    except ValueError:
        return None
    if not path.exists():
        return None
    try:
        record = read_json_object(path, what="user-word set")
        words = record.get("words")
        if record.get("format_version") != FORMAT_VERSION:
            return None
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise IndexBuildError(f"{path} does not list words")
        if word_set_id(words) != set_id:
            raise IndexBuildError(f"{path} does not hold the word set it is named after")
    except IndexBuildError as exc:
        if not quiet:
            logger.warning("user-word set unusable, ignored: %s", exc)
        return None
    return frozenset(words)


def prune_word_sets(directory: str | os.PathLike[str], keep: Collection[str]) -> int:
    """Delete the recorded word sets not in ``keep`` (and leftover temp files); returns how
    many sets were removed. Never raises for file-system errors."""
    return _prune_folder(Path(directory) / _WORD_SETS_DIR, ".json", set(keep), "word set")


def _prune_folder(folder: Path, suffix: str, keep: Collection[str], what: str) -> int:
    """Delete the ``suffix`` files of ``folder`` whose stem is not in ``keep``, and leftover
    temp files; returns how many ``suffix`` files went. Never raises for file-system errors."""
    if not folder.is_dir():
        return 0
    removed = 0
    for path in folder.iterdir():
        stale = path.suffix == suffix and path.stem not in keep
        stale_temp = path.name.startswith(".") and path.name.endswith(".tmp")
        if stale or stale_temp:
            try:
                path.unlink()
            except OSError as exc:
                logger.warning("cannot remove stale %s %s: %s", what, path, exc)
                continue
            removed += stale
    return removed


@dataclass(frozen=True)
class CacheEntry:
    """A cached document: the word set it was segmented under, its normalised text, and
    its tokens (``None`` when read with ``tokens=False``)."""

    word_set: str
    text: str
    encoded: EncodedPassages | None


class TokenCache:
    """Segmented documents, keyed by content fingerprint, valid for one settings key.

    ``get``/``get_encoded``/``get_entry`` never raise for a bad entry (they log and return
    ``None``); ``put`` logs a warning instead of raising when the cache cannot be written,
    since the cache is only an optimisation. Fingerprints must be hex digests
    (:class:`ValueError` otherwise, so no file name can escape the cache folder).

    An entry also records the word set (user dictionary) it was segmented under and the
    document's normalised text; this class does not judge whether that word set still
    fits -- ``get_encoded`` returns the tokens whatever it is (see :mod:`index.build`).
    """

    def __init__(self, directory: str | os.PathLike[str], settings_key: str) -> None:
        """Use ``<directory>/tokens/<key-id>/`` for entries of ``settings_key``."""
        self._settings_key = _check_settings_key(settings_key)
        self._root = Path(directory) / _TOKENS_DIR
        self._dir = self._root / _key_id(settings_key)

    @property
    def directory(self) -> Path:
        """The folder holding this settings key's entries."""
        return self._dir

    def _path(self, fingerprint: str) -> Path:
        return self._dir / f"{_check_fingerprint(fingerprint)}.tok"

    def get(self, fingerprint: str) -> list[list[str]] | None:
        """The token lists of the document's passages, in order; ``None`` on a miss."""
        encoded = self.get_encoded(fingerprint)
        return None if encoded is None else encoded.to_tokens()

    def get_encoded(self, fingerprint: str) -> EncodedPassages | None:
        """The document as local vocabulary + id arrays (for :func:`build_bm25`);
        ``None`` on a miss."""
        entry = self.get_entry(fingerprint)
        return None if entry is None else entry.encoded

    def get_entry(self, fingerprint: str, *, tokens: bool = True) -> CacheEntry | None:
        """The whole entry (word set, normalised text and, if ``tokens``, the tokens);
        ``None`` on a miss. With ``tokens=False`` the token arrays are neither checked nor
        decoded (the text still is)."""
        fingerprint = _check_fingerprint(fingerprint)
        path = self._path(fingerprint)
        data = self._read(path)
        if data is None:
            return None
        try:
            return self._decode(data, fingerprint, tokens)
        except _ForeignEntry as exc:
            logger.debug("token cache entry %s ignored: %s", path, exc)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, struct.error, zlib.error) as exc:
            logger.warning("token cache entry %s is corrupt, ignored: %s", path, exc)
        return None

    def put(
        self, fingerprint: str, passages_tokens: Sequence[Sequence[str]], *, text: str = "", word_set: str = ""
    ) -> EncodedPassages:
        """Store the document's passages' tokens; returns them encoded (for
        :func:`build_bm25`), whether or not the write succeeded."""
        encoded = encode_passages(passages_tokens)
        self.put_encoded(fingerprint, encoded, text=text, word_set=word_set)
        return encoded

    def put_encoded(
        self, fingerprint: str, encoded: EncodedPassages, *, text: str = "", word_set: str = ""
    ) -> bool:
        """Store an already encoded document, with its normalised ``text`` and the
        ``word_set`` it was segmented under; ``False`` (and a warning) if it could not be
        written."""
        fingerprint = _check_fingerprint(fingerprint)
        if not isinstance(text, str) or not isinstance(word_set, str):
            raise TypeError("text and word_set must be str")
        vocabulary = json.dumps(list(encoded.vocabulary), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        body = (
            vocabulary
            + np.ascontiguousarray(encoded.offsets, dtype="<i8").tobytes()
            + np.ascontiguousarray(encoded.ids, dtype="<i4").tobytes()
        )
        packed_text = zlib.compress(text.encode("utf-8"), 1)
        header = {
            "format_version": FORMAT_VERSION,
            "settings_key": self._settings_key,
            "fingerprint": fingerprint,
            "word_set": word_set,
            "num_passages": encoded.num_passages,
            "num_tokens": int(len(encoded.ids)),
            "text_bytes": len(packed_text),
            "text_chars": len(text),
            "text_crc32": zlib.crc32(packed_text),
            "vocabulary_bytes": len(vocabulary),
            "body_crc32": zlib.crc32(body),
        }
        try:
            self._write_settings()
            atomic_write_bytes(self._path(fingerprint), _pack(header, packed_text, body), durable=False)  # checksummed
        except OSError as exc:
            logger.warning("cannot write token cache entry for %s: %s", fingerprint, exc)
            return False
        return True

    def retag(self, fingerprint: str, word_set: str) -> bool:
        """Record that the entry's tokens also hold under ``word_set`` (text and tokens stay
        byte for byte). ``False`` if there is no valid entry or it could not be rewritten."""
        fingerprint = _check_fingerprint(fingerprint)
        path = self._path(fingerprint)
        data = self._read(path)
        if data is None:
            return False
        try:
            header, start = self._header(data, fingerprint)
        except _ForeignEntry:
            return False
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, struct.error) as exc:
            logger.warning("token cache entry %s is corrupt, ignored: %s", path, exc)
            return False
        if header.get("word_set") == word_set:
            return True
        header["word_set"] = word_set
        rest = memoryview(data)[start:]

        def write(handle: BinaryIO) -> None:
            handle.write(_pack(header))
            handle.write(rest)

        try:
            atomic_write_bytes(path, write, durable=False)  # checksummed
        except OSError as exc:
            logger.warning("cannot rewrite token cache entry for %s: %s", fingerprint, exc)
            return False
        return True

    def _write_settings(self) -> None:
        settings_file = self._dir / "settings.json"
        if not settings_file.exists():
            atomic_write_bytes(
                settings_file,
                json.dumps(
                    {"format_version": FORMAT_VERSION, "settings_key": self._settings_key},
                    ensure_ascii=False,
                ).encode("utf-8"),
            )

    def _read(self, path: Path) -> bytes | None:
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            logger.warning("token cache entry %s unreadable, ignored: %s", path, exc)
            return None

    def prune(self, keep: Collection[str]) -> int:
        """Delete entries whose fingerprint is not in ``keep``, leftover temp files, and the
        folders of every other settings key (this process is taken to own the cache).
        Returns how many entries were removed. Never raises for file-system errors."""
        keep_set = {_check_fingerprint(f) for f in keep}
        if self._root.is_dir():
            for folder in self._root.iterdir():
                if folder != self._dir and folder.is_dir():
                    logger.info("removing token cache of another settings key: %s", folder)
                    shutil.rmtree(folder, ignore_errors=True)
        removed = _prune_folder(self._dir, ".tok", keep_set, "cache file")
        logger.debug("pruned %d token cache entries from %s", removed, self._dir)
        return removed

    def _header(self, data: bytes, fingerprint: str) -> tuple[dict[str, Any], int]:
        """The parsed header of a ``.tok`` blob and where the text section starts;
        :class:`ValueError` (and friends) if damaged, :class:`_ForeignEntry` if valid but
        written for other settings/content."""
        if data[: len(_TOKEN_MAGIC)] != _TOKEN_MAGIC:
            raise ValueError("bad magic bytes")
        start = len(_TOKEN_MAGIC) + _HEADER_LENGTH.size
        (header_length,) = _HEADER_LENGTH.unpack_from(data, len(_TOKEN_MAGIC))
        if start + header_length > len(data):
            raise ValueError("truncated header")
        header = json.loads(data[start : start + header_length].decode("utf-8"))
        if not isinstance(header, dict):
            raise ValueError("header is not a JSON object")
        if header.get("format_version") != FORMAT_VERSION:
            raise _ForeignEntry(f"format_version {header.get('format_version')!r}")
        if header.get("settings_key") != self._settings_key:
            raise _ForeignEntry("written under another settings key")
        if header.get("fingerprint") != fingerprint:
            raise _ForeignEntry("written for another fingerprint")
        if not isinstance(header.get("word_set"), str):
            raise ValueError("word_set is not a string")
        return header, start + header_length

    def _decode(self, data: bytes, fingerprint: str, tokens: bool = True) -> CacheEntry:
        """Parse a ``.tok`` blob (see :meth:`_header` for what it raises)."""
        header, start = self._header(data, fingerprint)
        num_passages, num_tokens = int(header["num_passages"]), int(header["num_tokens"])
        text_bytes, text_chars = int(header["text_bytes"]), int(header["text_chars"])
        vocabulary_bytes = int(header["vocabulary_bytes"])
        if min(num_passages, num_tokens, text_bytes, text_chars, vocabulary_bytes) < 0:
            raise ValueError("negative counts")
        rest = memoryview(data)[start:]
        expected = text_bytes + vocabulary_bytes + 8 * (num_passages + 1) + 4 * num_tokens
        if len(rest) != expected:
            raise ValueError(f"entry has {len(rest)} bytes after its header, expected {expected}")
        packed_text = rest[:text_bytes]
        if zlib.crc32(packed_text) != header["text_crc32"]:
            raise ValueError("text checksum mismatch")
        # At most 4 UTF-8 bytes a character: never inflate more than the header promised.
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed_text, 4 * text_chars + 1)
        if inflater.unconsumed_tail or not inflater.eof:
            raise ValueError("text does not decompress to its stated length")
        text = raw.decode("utf-8")
        if len(text) != text_chars:
            raise ValueError("text has another length than its header says")
        if not tokens:
            return CacheEntry(word_set=header["word_set"], text=text, encoded=None)
        body = rest[text_bytes:]
        if zlib.crc32(body) != header["body_crc32"]:
            raise ValueError("body checksum mismatch")
        vocabulary = json.loads(bytes(body[:vocabulary_bytes]).decode("utf-8"))
        if not isinstance(vocabulary, list) or not set(map(type, vocabulary)) <= {str}:
            raise ValueError("vocabulary is not a list of strings")
        if len(set(vocabulary)) != len(vocabulary):
            raise ValueError("vocabulary lists a term twice")
        split = vocabulary_bytes + 8 * (num_passages + 1)
        offsets = np.frombuffer(body[vocabulary_bytes:split], dtype="<i8").astype(np.int64)
        ids = np.frombuffer(body[split:], dtype="<i4").astype(np.int32)
        if offsets[0] != 0 or offsets[-1] != num_tokens or np.any(np.diff(offsets) < 0):
            raise ValueError("offsets are inconsistent")
        if ids.size and (int(ids.min()) < 0 or int(ids.max()) >= len(vocabulary)):
            raise ValueError("a token id is out of range")
        encoded = EncodedPassages(vocabulary=tuple(vocabulary), ids=ids, offsets=offsets)
        return CacheEntry(word_set=header["word_set"], text=text, encoded=encoded)


def _pack(header: Mapping[str, Any], *sections: bytes) -> bytes:
    blob = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return b"".join((_TOKEN_MAGIC, _HEADER_LENGTH.pack(len(blob)), blob, *sections))


class _ForeignEntry(Exception):
    """A well-formed cache entry that belongs to other settings, version or content."""


def build_bm25(documents: Sequence[EncodedPassages], params: BM25Params | None = None) -> SparseBM25:
    """One :class:`SparseBM25` over the passages of ``documents``, in order (passage
    numbers run on across documents).

    Each document's local vocabulary is mapped to global ids once (C-level dict look-ups,
    one per distinct term per document); the tokens themselves are only touched by NumPy.
    Scores equal ``SparseBM25`` (and ``rank_bm25``) built from the concatenated token
    lists. Raises :class:`IndexBuildError` if a document's ids or offsets are inconsistent.
    """
    started = time.perf_counter()
    for number, document in enumerate(documents):
        ids, offsets = document.ids, document.offsets
        if (
            ids.ndim != 1
            or offsets.ndim != 1
            or len(offsets) < 1
            or offsets[0] != 0
            or offsets[-1] != len(ids)
            or (ids.size and (int(ids.min()) < 0 or int(ids.max()) >= len(document.vocabulary)))
        ):
            raise IndexBuildError(f"document #{number} has inconsistent token ids or offsets")
    # All local vocabularies end to end; global ids in order of first occurrence.
    local_terms = list(chain.from_iterable(document.vocabulary for document in documents))
    local_to_global, terms = assign_ids(local_terms, {})
    del local_terms
    vocab_sizes = np.fromiter((len(d.vocabulary) for d in documents), dtype=np.int64, count=len(documents))
    token_counts = np.fromiter((len(d.ids) for d in documents), dtype=np.int64, count=len(documents))
    vocab_starts = np.cumsum(vocab_sizes) - vocab_sizes
    if documents:
        local_ids = np.concatenate([d.ids for d in documents]).astype(np.int64)
        local_ids += np.repeat(vocab_starts, token_counts)
        ids = local_to_global[local_ids]
        lengths = np.concatenate([np.diff(d.offsets) for d in documents])
    else:
        ids = np.zeros(0, dtype=np.int32)
        lengths = np.zeros(0, dtype=np.int64)
    offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    bm25 = SparseBM25.from_token_ids(terms, ids, offsets, params)
    logger.info(
        "built BM25 index: %d documents, %d passages, %d terms in %.2f s",
        len(documents),
        bm25.num_passages,
        len(bm25.vocabulary),
        time.perf_counter() - started,
    )
    return bm25


def _normalise_manifest(manifest: Manifest) -> list[list[str]]:
    result = []
    for entry in manifest:
        name, fingerprint = entry
        if not isinstance(name, str) or not isinstance(fingerprint, str):
            raise TypeError(f"manifest entries must be (str, str) pairs, got {entry!r}")
        result.append([name, fingerprint])
    return result


def save_snapshot(
    directory: str | os.PathLike[str],
    settings_key: str,
    manifest: Manifest,
    bm25: SparseBM25,
    passages_payload: Any,
    word_set: str = "",
) -> None:
    """Persist a whole index plus the caller's JSON-serialisable passage data.

    ``manifest`` is the ordered ``(document name, fingerprint)`` list the index was built
    from, ``word_set`` the user-word set it was segmented under (:func:`word_set_id`). Atomic (see the module docstring); older snapshots are removed afterwards. Raises
    :class:`IndexBuildError` if it cannot be written, :class:`TypeError`/:class:`ValueError`
    for a payload that is not JSON-serialisable or a malformed manifest.
    """
    settings_key = _check_settings_key(settings_key)
    if not isinstance(word_set, str):
        raise TypeError("word_set must be a str")
    entries = _normalise_manifest(manifest)
    payload = json.dumps(passages_payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    root = Path(directory) / _SNAPSHOT_DIR
    generation = f"gen-{os.urandom(8).hex()}"
    started = time.perf_counter()
    try:
        root.mkdir(parents=True, exist_ok=True)
        bm25.save(root / generation / "bm25")
        atomic_write_bytes(root / generation / "payload.json", payload)
        header = {
            "format": SNAPSHOT_FORMAT,
            "format_version": FORMAT_VERSION,
            "settings_key": settings_key,
            "word_set": word_set,
            "manifest": entries,
            "generation": generation,
            "num_passages": bm25.num_passages,
            "payload_bytes": len(payload),
            "payload_sha256": hashlib.sha256(payload).hexdigest(),
        }
        atomic_write_bytes(
            root / _SNAPSHOT_HEADER, json.dumps(header, ensure_ascii=False, indent=1).encode("utf-8")
        )
    except (OSError, IndexBuildError) as exc:
        shutil.rmtree(root / generation, ignore_errors=True)
        raise IndexBuildError(f"cannot save the index snapshot to {root}: {exc}") from exc
    for old in root.iterdir():
        if old.name != generation and old.name.startswith("gen-"):
            shutil.rmtree(old, ignore_errors=True)
        elif old.name.startswith(".") and old.name.endswith(".tmp"):
            with contextlib.suppress(OSError):
                old.unlink()
    logger.info(
        "saved index snapshot (%d documents, %d passages) in %.2f s",
        len(entries),
        bm25.num_passages,
        time.perf_counter() - started,
    )


@dataclass(frozen=True)
class Snapshot:
    """A loaded snapshot: the documents it was built from, the index and the caller's data."""

    manifest: tuple[tuple[str, str], ...]
    bm25: SparseBM25
    passages_payload: Any
    word_set: str = ""


def load_snapshot(
    directory: str | os.PathLike[str], settings_key: str, manifest: Manifest, word_set: str = ""
) -> tuple[SparseBM25, Any] | None:
    """The snapshot's ``(index, passages_payload)`` if it was saved under ``settings_key``
    and ``word_set`` for exactly ``manifest`` (same documents, fingerprints and order);
    otherwise ``None``. A missing, foreign-version, truncated or corrupt snapshot is also
    ``None`` (logged), never an exception. A manifest mismatch is detected before any array
    is read."""
    snapshot = _read_snapshot(
        Path(directory), _check_settings_key(settings_key), _normalise_manifest(manifest), word_set
    )
    assert snapshot is None or isinstance(snapshot, Snapshot)
    return None if snapshot is None else (snapshot.bm25, snapshot.passages_payload)


def load_latest_snapshot(directory: str | os.PathLike[str], settings_key: str) -> Snapshot | None:
    """The current snapshot saved under ``settings_key``, whatever documents and word set
    it covers (``None`` when missing, foreign or damaged, as :func:`load_snapshot`).

    For adding documents without a full rebuild: if ``snapshot.manifest`` is a prefix of
    the corpus's manifest, ``snapshot.bm25.extended(...)`` (or ``extended_ids`` with
    cached tokens) the new documents' passages; they are numbered after the old ones.
    """
    snapshot = _read_snapshot(Path(directory), _check_settings_key(settings_key), None)
    assert snapshot is None or isinstance(snapshot, Snapshot)
    return snapshot


@dataclass(frozen=True)
class SnapshotInfo:
    """What a snapshot was built from, read from its header alone (no array is loaded)."""

    manifest: tuple[tuple[str, str], ...]
    word_set: str


def load_snapshot_info(directory: str | os.PathLike[str], settings_key: str) -> SnapshotInfo | None:
    """The manifest and word set of the current snapshot saved under ``settings_key``
    (``None`` when missing, foreign or its header is damaged), without loading its index:
    to decide whether it can be used before paying for that (then :func:`load_snapshot`
    with exactly this manifest and word set, which checks everything)."""
    info = _read_snapshot(Path(directory), _check_settings_key(settings_key), None, info_only=True)
    assert info is None or isinstance(info, SnapshotInfo)
    return info


def _read_snapshot(
    directory: Path,
    settings_key: str,
    entries: list[list[str]] | None,
    word_set: str | None = None,
    info_only: bool = False,
) -> Snapshot | SnapshotInfo | None:
    root = directory / _SNAPSHOT_DIR
    header_path = root / _SNAPSHOT_HEADER
    if not header_path.exists():
        logger.debug("no index snapshot at %s", root)
        return None
    started = time.perf_counter()
    try:
        header = read_json_object(header_path, what="index snapshot header")
        if header.get("format") != SNAPSHOT_FORMAT or header.get("format_version") != FORMAT_VERSION:
            logger.info(
                "index snapshot %s has format %r version %r, not %r version %d: ignored",
                header_path,
                header.get("format"),
                header.get("format_version"),
                SNAPSHOT_FORMAT,
                FORMAT_VERSION,
            )
            return None
        if header.get("settings_key") != settings_key:
            logger.info("index snapshot %s was built with other settings: ignored", header_path)
            return None
        stored_manifest = header.get("manifest")
        if entries is not None and stored_manifest != entries:
            logger.info("index snapshot %s was built from other documents: ignored", header_path)
            return None
        if word_set is not None and header.get("word_set") != word_set:
            logger.info("index snapshot %s was built with other user words: ignored", header_path)
            return None
        try:
            manifest = tuple((str(name), str(fp)) for name, fp in stored_manifest)
        except (TypeError, ValueError) as exc:
            raise IndexBuildError(f"{header_path} has a malformed manifest") from exc
        word_set = header.get("word_set")
        if not isinstance(word_set, str):
            raise IndexBuildError(f"{header_path} names no word set")
        generation = header.get("generation")
        if not isinstance(generation, str) or not re.fullmatch(r"gen-[0-9a-f]{16}", generation):
            raise IndexBuildError(f"{header_path} names a bad generation {generation!r}")
        if info_only:
            return SnapshotInfo(manifest=manifest, word_set=word_set)
        bm25 = SparseBM25.load(root / generation / "bm25")
        payload_path = root / generation / "payload.json"
        try:
            payload_bytes = payload_path.read_bytes()
        except OSError as exc:
            raise IndexBuildError(f"cannot read {payload_path}: {exc}") from exc
        if (
            len(payload_bytes) != header.get("payload_bytes")
            or hashlib.sha256(payload_bytes).hexdigest() != header.get("payload_sha256")
        ):
            raise IndexBuildError(f"{payload_path} is truncated or corrupt")
        if bm25.num_passages != header.get("num_passages"):
            raise IndexBuildError(f"{root / generation} holds another number of passages than its header")
        payload = json.loads(payload_bytes.decode("utf-8"))
    except (IndexBuildError, ValueError) as exc:
        logger.warning("index snapshot at %s unusable, ignored: %s", root, exc)
        return None
    logger.info(
        "loaded index snapshot (%d passages) in %.2f s", bm25.num_passages, time.perf_counter() - started
    )
    return Snapshot(manifest=manifest, bm25=bm25, passages_payload=payload, word_set=word_set)
