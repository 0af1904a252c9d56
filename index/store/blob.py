"""A segment's large byte blobs (passage texts, normalised texts), read piece by piece.

Answering reads a few passages' texts at a time, scattered over hundreds of megabytes. Through a
memory map each read maps the pages around it into the process (the kernel's fault-around), and
those pages stay counted in its resident memory until it unmaps them: at 1,000,000 passages the
texts read by 1,000 questions put ~0.5 GB of mapped pages in RSS. A :class:`FileBlob` reads with
``os.pread`` on a descriptor held open instead: the bytes come from the page cache (shared, and
reclaimable by the kernel) into a small ``bytes`` object, and nothing stays mapped. Positioned
reads need no lock, so any number of threads may read at once.

The descriptor is closed by :meth:`FileBlob.close` or, at the latest, when the blob is no longer
referenced (``weakref.finalize``): an index replaced by a reload closes its files once its last
question is answered. A file truncated after opening gives short reads (a shorter, still
decodable text), never a crash.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from corpus.errors import IndexBuildError
from index.store.files import fd_check

_SCAN = 8 << 20  # bytes read at a time when searching a whole blob
_HEADER_READERS = {(1, 0): np.lib.format.read_array_header_1_0, (2, 0): np.lib.format.read_array_header_2_0}


class Blob:
    """Bytes addressed by offset: :meth:`read` and :meth:`text` of a range, :meth:`find_all`."""

    size: int

    def __len__(self) -> int:
        return self.size

    def read(self, start: int, stop: int) -> bytes:
        raise NotImplementedError

    def text(self, start: int, stop: int) -> str:
        """The UTF-8 text of bytes ``start:stop`` (undecodable bytes replaced)."""
        return self.read(start, stop).decode("utf-8", "replace")

    def chunks(self, overlap: int) -> Iterator[tuple[int, bytes]]:
        """``(offset, bytes)`` pieces covering the blob, each overlapping the next by ``overlap``."""
        start = 0
        while start < self.size:
            stop = min(self.size, start + _SCAN + overlap)
            yield start, self.read(start, stop)
            if stop >= self.size:
                return
            start += _SCAN

    def find_all(self, words: Sequence[bytes]) -> Iterator[tuple[int, int]]:
        """``(offset, i)`` wherever ``words[i]`` starts (overlapping occurrences included), each
        word's increasing; the blob is read once for all of them."""
        wanted = [(i, word) for i, word in enumerate(words) if word]
        if not wanted:
            return
        last = {i: -1 for i, _ in wanted}
        for base, piece in self.chunks(max(len(word) for _, word in wanted) - 1):
            for i, word in wanted:
                where = piece.find(word)
                while where != -1:
                    if base + where > last[i]:
                        last[i] = base + where
                        yield base + where, i
                    where = piece.find(word, where + 1)

    def close(self) -> None:
        """Let go of what the blob holds (its file); reading afterwards raises :class:`ValueError`."""


class MemoryBlob(Blob):
    """A blob held in memory (a segment built without a cache folder)."""

    def __init__(self, data: np.ndarray | bytes) -> None:
        self._view = memoryview(data if isinstance(data, bytes) else np.ascontiguousarray(data, dtype=np.uint8))
        self.size = len(self._view)

    def read(self, start: int, stop: int) -> bytes:
        return bytes(self._view[start:stop])

    def text(self, start: int, stop: int) -> str:
        return str(self._view[start:stop], "utf-8", "replace")


class FileBlob(Blob):
    """The data of a one-dimensional ``uint8`` ``.npy`` file, read with ``os.pread``."""

    def __init__(self, fd: int, offset: int, size: int, path: Path) -> None:
        self._fd = fd
        self._offset = offset
        self.size = size
        self.path = path
        self._closer = weakref.finalize(self, os.close, fd)

    def read(self, start: int, stop: int) -> bytes:
        if not self._closer.alive:
            raise ValueError(f"{self.path} is closed")
        return os.pread(self._fd, max(0, stop - start), self._offset + start)

    def text(self, start: int, stop: int) -> str:
        if not self._closer.alive:
            raise ValueError(f"{self.path} is closed")
        return os.pread(self._fd, max(0, stop - start), self._offset + start).decode("utf-8", "replace")

    def close(self) -> None:
        self._closer()

    @property
    def closed(self) -> bool:
        return not self._closer.alive


def open_blob(path: Path, expected: Any) -> FileBlob:
    """``path``, a ``uint8`` vector ``.npy`` whose size and sampled CRC are ``expected``
    (:func:`~index.store.files.file_check`, checked on the descriptor kept), opened for positioned
    reads; :class:`IndexBuildError` when it is missing, damaged or not such a file."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise IndexBuildError(f"cannot open {path}: {exc}") from exc
    try:
        if fd_check(fd) != expected:
            raise ValueError("missing, truncated or damaged")
        with os.fdopen(os.dup(fd), "rb") as handle:
            version = np.lib.format.read_magic(handle)
            read_header = _HEADER_READERS.get(version)
            if read_header is None:
                raise ValueError(f".npy format {version} not supported")
            shape, fortran, dtype = read_header(handle)
            offset = handle.tell()
        size = os.fstat(fd).st_size
        if dtype != np.dtype(np.uint8) or len(shape) != 1 or fortran or offset + shape[0] != size:
            raise ValueError(f"a uint8 vector of {size - offset} bytes expected, found {dtype} {shape}")
    except (OSError, ValueError) as exc:
        os.close(fd)
        raise IndexBuildError(f"cannot open {path}: {exc}") from exc
    return FileBlob(fd, offset, int(shape[0]), path)
