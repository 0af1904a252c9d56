"""CC-CEDICT as parsed, kept in the user's cache folder: read back in ~0.1 s, where parsing the
shipped file takes ~0.3 s -- a cost every process pays on its first question that needs the
dictionary (a Chinese question naming a word no document holds, any English question).

The file is the project's own flat format, no pickle: a header line (format, the source file's
size and modification time), the lengths of three blocks and their CRC-32, then the headwords
(one a line), their entries (NUL-separated, in the same order) and the characters' readings.
Anything unexpected -- another source, a short or altered file -- is a miss: the shipped file is
parsed again and the cache rewritten; a cache that cannot be written is only logged.

Each source has its own file (named by its key), and the newest few are kept: two installs side by
side (a checkout's .venv and a clone's, each with its own copy of the shipped file) would otherwise
overwrite one file in turn, and each process would parse the dictionary again.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Mapping
from pathlib import Path

from index.segmenter import user_cache_folder
from index.store.files import atomic_write_bytes

log = logging.getLogger(__name__)

_FORMAT = b"zh-news-qa-bot cedict 2"  # 2: the Traditional-only characters' readings too
_SIZES = 3  # the blocks' lengths, then their CRC-32, each 8 bytes little-endian
_KEPT = 3  # cache files of other sources kept beside the one written: the newest


def cache_folder() -> Path:
    """Where the parsed dictionary is kept: beside jieba's (:func:`~index.segmenter.user_cache_folder`)."""
    return user_cache_folder() / "cedict"


def cache_file(key: bytes) -> Path:
    """The cache file of the source ``key`` (its header holds the key too: a name alike is a miss)."""
    return cache_folder() / f"cedict-{zlib.crc32(key):08x}.bin"


def source_key(source: Path) -> bytes:
    """What identifies the shipped file: its size and modification time (a reinstall changes them)."""
    stat = source.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}".encode("ascii")


def read_cached(path: Path, key: bytes) -> tuple[dict[bytes, bytes], dict[str, frozenset[str]]] | None:
    """The headwords' entries and the characters' readings cached at ``path`` for the source
    ``key``; None when there is no such file or it is not exactly what :func:`write_cached` wrote."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    header = _FORMAT + b" " + key + b"\n"
    fixed = len(header) + 8 * (_SIZES + 1)
    if not raw.startswith(header) or len(raw) < fixed:
        return None
    numbers = [int.from_bytes(raw[i : i + 8], "little") for i in range(len(header), fixed, 8)]
    *sizes, crc = numbers
    if fixed + sum(sizes) != len(raw) or zlib.crc32(memoryview(raw)[fixed:]) != crc:
        return None
    start = fixed
    blocks = []
    for size in sizes:
        blocks.append(raw[start : start + size])
        start += size
    heads, entries = blocks[0].split(b"\n"), blocks[1].split(b"\0")
    if len(heads) != len(entries):
        return None
    try:
        lines = blocks[2].decode("utf-8").split("\n") if blocks[2] else []
    except UnicodeDecodeError:
        return None
    readings: dict[str, frozenset[str]] = {}
    for line in lines:
        char, tab, syllables = line.partition("\t")
        if not tab:
            return None
        readings[char] = frozenset(syllables.split(" "))
    return dict(zip(heads, entries)), readings


def write_cached(path: Path, key: bytes, chunks: Mapping[bytes, bytes], readings: Mapping[str, frozenset[str]]) -> None:
    """Keep ``chunks`` and ``readings`` at ``path`` for the source ``key`` (written whole, then
    renamed into place by :func:`~index.store.files.atomic_write_bytes`, in a private folder).
    Never raises: a cache is only a saving."""
    if any(b"\n" in head or b"\0" in head for head in chunks) or any(b"\0" in entry for entry in chunks.values()):
        log.debug("CC-CEDICT not cached: a headword or an entry holds a separator")
        return
    blocks = [
        b"\n".join(chunks),
        b"\0".join(chunks.values()),
        "\n".join(f"{char}\t{' '.join(sorted(found))}" for char, found in readings.items()).encode("utf-8"),
    ]
    body = b"".join(blocks)
    numbers = [*(len(block) for block in blocks), zlib.crc32(body)]
    header = _FORMAT + b" " + key + b"\n" + b"".join(n.to_bytes(8, "little") for n in numbers)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write_bytes(path, header + body, durable=False)  # a cache: losing it in a crash costs a parse
    except OSError as exc:
        log.info("CC-CEDICT not cached in %s: %s", path.parent, exc)
        return
    _prune(path)


def _prune(written: Path) -> None:
    """Remove the cache files of other sources beyond the newest :data:`_KEPT`, and the one file of
    the format's first version (``cedict.bin``)."""
    try:
        legacy = written.parent / "cedict.bin"
        if legacy != written:
            legacy.unlink(missing_ok=True)
        others = [path for path in written.parent.glob("cedict-*.bin") if path != written]
        others.sort(key=lambda path: path.stat().st_mtime_ns, reverse=True)
        for old in others[_KEPT:]:
            old.unlink(missing_ok=True)
    except OSError as exc:  # another process pruning at the same time: only a saving lost
        log.debug("CC-CEDICT cache not pruned: %s", exc)
