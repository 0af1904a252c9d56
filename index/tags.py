"""jieba's part-of-speech tags, looked up without reading its dictionary into a dict.

A question needs a word's tag (:meth:`~index.tokenizer.Tokenizer.tag`) only for the few words the
corpus lacks, but the first such word used to read jieba's whole dictionary file into a dict
(349,046 words: ~0.2 s of CPU and ~40 MB, a tenth of a 1,000-question batch at 1,000,000
passages). The table is kept instead as one sorted array of fixed-width ``word<TAB>tag`` UTF-8
entries, in the tokenizer's private jieba cache folder: opened by memory map (no object per word),
searched with ``numpy.searchsorted`` (a few µs a word). It is written once per dictionary file
(its size and mtime in the file name), atomically, with the CRC-32 of its content in its name; a
file that cannot be opened, or whose content does not match that CRC, is a miss -- the dictionary
is read again and the table written anew -- never an error.
"""

from __future__ import annotations

import logging
import zlib
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

import numpy as np

from index.store.files import atomic_write_bytes

log = logging.getLogger(__name__)

FORMAT = 1
_SEPARATOR = b"\t"  # below every byte a word holds but control characters: a word's entries sort together


def read_tags(dictionary: BinaryIO) -> dict[str, str]:
    """word → tag from a jieba dictionary file ("word freq tag" lines; a later line wins)."""
    tags: dict[str, str] = {}
    for raw in dictionary:
        parts = raw.decode("utf-8", errors="replace").split()
        if len(parts) >= 3:
            tags[parts[0]] = parts[2]
    return tags


class TagTable:
    """The tag of each word of jieba's dictionary: ``get(word)``, "" for a word it lacks."""

    def __init__(self, entries: np.ndarray) -> None:
        """``entries``: sorted fixed-width ``word<TAB>tag`` byte strings (:func:`table_entries`)."""
        self._entries = entries

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, word: str) -> str:
        key = word.encode("utf-8") + _SEPARATOR
        entries = self._entries
        if len(key) >= entries.dtype.itemsize or not len(entries):
            return ""  # longer than any entry's word: not in the table
        where = int(entries.searchsorted(key))
        if where < len(entries):
            entry = bytes(entries[where])
            if entry.startswith(key):
                return entry[len(key) :].decode("utf-8")
        return ""


def table_entries(tags: dict[str, str]) -> np.ndarray:
    """The sorted ``word<TAB>tag`` array of a word → tag table."""
    encoded = sorted(word.encode("utf-8") + _SEPARATOR + tag.encode("utf-8") for word, tag in tags.items())
    width = max((len(e) for e in encoded), default=1)
    return np.array(encoded, dtype=f"S{width}")


def load_tag_table(dictionary: Path, folder: Path | None) -> TagTable:
    """The tag table of the jieba dictionary file ``dictionary``, from ``folder`` when it holds
    it, else read from the dictionary (and saved in ``folder``, when given, for the next time)."""
    stem = _stem(dictionary)
    if folder is not None and stem is not None:
        for path in sorted(folder.glob(f"{stem}-*.npy")):
            entries = _open(path)
            if entries is not None:
                return TagTable(entries)
    with dictionary.open("rb") as handle:
        entries = table_entries(read_tags(handle))
    if folder is not None and stem is not None:
        buffer = BytesIO()
        np.save(buffer, entries, allow_pickle=False)
        data = buffer.getvalue()
        try:
            atomic_write_bytes(folder / f"{stem}-{zlib.crc32(data):08x}.npy", data, durable=False)
        except OSError as exc:
            log.warning("jieba's tag table not saved in %s (%s)", folder, exc)
    return TagTable(entries)


def _stem(dictionary: Path) -> str | None:
    """The table's file name for this dictionary file (before its CRC), None if it cannot be read."""
    try:
        info = dictionary.stat()
    except OSError:
        return None
    return f"jieba-tags-v{FORMAT}-{info.st_size}-{info.st_mtime_ns}"


def _open(path: Path) -> np.ndarray | None:
    """The table at ``path`` by memory map, or None (logged) when its content is not what its
    name's CRC says or it is no array of byte strings."""
    try:
        expected = int(path.stem.rsplit("-", 1)[1], 16)
        if zlib.crc32(path.read_bytes()) != expected:
            raise ValueError("content does not match its CRC")
        entries = np.load(path, mmap_mode="r", allow_pickle=False)
        if entries.ndim != 1 or entries.dtype.kind != "S":
            raise ValueError(f"holds {entries.dtype} {entries.shape}")
    except (OSError, ValueError, IndexError) as exc:
        log.warning("jieba's tag table %s unusable (%s): read again", path, exc)
        return None
    return entries.view(np.ndarray) if isinstance(entries, np.memmap) else entries
