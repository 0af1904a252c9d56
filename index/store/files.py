"""Safe file helpers for the store: atomic writes, arrays opened by memory map, JSON headers.

Arrays are plain ``.npy`` files (``allow_pickle=False``) opened with ``numpy.load(mmap_mode="r")``:
opening costs the same whatever their size, and pages are read when a question touches them. Each
file's size and a CRC-32 of its first and last MiB are recorded when it is written, and checked when
it is opened (with its dtype and shape), so a truncated, replaced or garbled file is refused
(:class:`~corpus.errors.IndexBuildError`) rather than served.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from corpus.errors import IndexBuildError
from corpus.store import sync_folder

_SAMPLE = 1 << 20


def atomic_write_bytes(path: Path, data: bytes | Callable[[BinaryIO], None], *, durable: bool = True) -> None:
    """Write ``data`` (bytes, or a function writing into a binary file) to ``path`` atomically:
    a temp file in the same folder, then ``os.replace``; fsync'ed when ``durable``. Raises
    :class:`OSError` (the temp file removed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            if callable(data):
                data(handle)
            else:
                handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if durable:
        sync_folder(path.parent)



def file_check(path: Path) -> dict[str, int]:
    """Size and sampled CRC-32 of a file, as recorded in a header and checked on opening."""
    with path.open("rb") as handle:
        return fd_check(handle.fileno())


def fd_check(fd: int) -> dict[str, int]:
    """:func:`file_check` of an open file (by positioned reads: its offset is left alone)."""
    size = os.fstat(fd).st_size
    crc = zlib.crc32(os.pread(fd, _SAMPLE, 0))
    if size > _SAMPLE:
        start = max(_SAMPLE, size - _SAMPLE)
        crc = zlib.crc32(os.pread(fd, size - start, start), crc)
    return {"bytes": size, "crc32": crc}


def bytes_check(data: bytes) -> dict[str, int]:
    """:func:`file_check` of a file's content already in memory."""
    crc = zlib.crc32(data[:_SAMPLE])
    if len(data) > _SAMPLE:
        crc = zlib.crc32(data[max(_SAMPLE, len(data) - _SAMPLE) :], crc)
    return {"bytes": len(data), "crc32": crc}


def save_array(folder: Path, name: str, array: np.ndarray) -> dict[str, int]:
    """Write ``array`` to ``folder/name.npy`` (no pickle); returns its :func:`file_check`."""
    path = folder / f"{name}.npy"
    with path.open("wb") as handle:
        np.save(handle, np.ascontiguousarray(array), allow_pickle=False)
        handle.flush()
        os.fsync(handle.fileno())
    return file_check(path)


def open_array(
    folder: Path, name: str, checks: Mapping[str, Any], dtype: Any, shape: tuple[int, ...]
) -> np.ndarray:
    """``folder/name.npy`` by memory map, after checking size, sampled CRC, dtype and shape."""
    path = folder / f"{name}.npy"
    expected = checks.get(name)
    try:
        if not isinstance(expected, dict) or file_check(path) != expected:
            raise IndexBuildError(f"{path} is missing, truncated or damaged")
        array = np.load(path, mmap_mode="r", allow_pickle=False) if expected["bytes"] > 128 + 64 else np.load(path)
    except (OSError, ValueError) as exc:
        raise IndexBuildError(f"cannot open {path}: {exc}") from exc
    if np.dtype(array.dtype) not in [np.dtype(d) for d in (dtype if isinstance(dtype, tuple) else (dtype,))]:
        raise IndexBuildError(f"{path} holds {array.dtype}, expected {dtype}")
    if array.shape != shape and not (shape and shape[0] == -1 and array.ndim == 1):
        raise IndexBuildError(f"{path} has shape {array.shape}, expected {shape}")
    # A plain ndarray over the same mapping: numpy.memmap's own indexing costs ~8 µs a call.
    return array.view(np.ndarray) if isinstance(array, np.memmap) else array


def write_json(path: Path, value: Any, *, durable: bool = True) -> None:
    """``value`` as UTF-8 JSON, written atomically."""
    atomic_write_bytes(path, json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), durable=durable)


def read_json_object(path: Path, *, what: str) -> dict[str, Any]:
    """A JSON object from ``path``; :class:`IndexBuildError` if missing or malformed."""
    try:
        value = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError as exc:
        raise IndexBuildError(f"no {what} at {path}") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IndexBuildError(f"the {what} {path} is unreadable or not valid JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise IndexBuildError(f"the {what} {path} is not a JSON object")
    return value
