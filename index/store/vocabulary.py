"""A segment's vocabulary: its terms sorted, in a fixed-width byte array searched in C.

Terms are stored UTF-8 encoded, sorted (byte order is code-point order), as one ``numpy`` array of
fixed-width byte strings, opened by memory map: looking a term up is one ``numpy.searchsorted``
(a binary search in C, ~2 µs), and opening costs nothing whatever the size -- no Python object per
term is made until a term is asked for. Terms longer than :data:`MAX_WIDTH` bytes, or holding a NUL
byte (which fixed-width byte strings cannot keep), are few: they are kept apart in a small sorted
list and numbered after the others. (Measured against a ``dict`` and ``marisa-trie`` at 330,000
terms: the dict costs ~1.3 s and ~60 MB to build at start-up; the array opens in ~0.1 ms and a
look-up costs ~2 µs, the same order as the trie, without a new dependency.)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np

MAX_WIDTH = 48


class Vocabulary:
    """Sorted terms; ``row(term)`` is the term's number, or -1."""

    def __init__(self, short: np.ndarray, long: tuple[str, ...]) -> None:
        self._short = short
        self._long = long
        self._long_rows = {term: len(short) + i for i, term in enumerate(long)}

    @staticmethod
    def build(terms: Sequence[str]) -> tuple[np.ndarray, list[str], np.ndarray]:
        """The parts of a new vocabulary of distinct ``terms``: ``(short-term array, long terms,
        the row of each of terms)``."""
        order = sorted(range(len(terms)), key=terms.__getitem__)
        encoded = [terms[i].encode("utf-8") for i in order]
        fits = np.fromiter(map(_fits, encoded), dtype=bool, count=len(encoded))
        short = [raw for raw, ok in zip(encoded, fits.tolist()) if ok]
        long = [terms[i] for i, ok in zip(order, fits.tolist()) if not ok]
        width = max((len(t) for t in short), default=1)
        array = np.array(short, dtype=f"S{width}") if short else np.zeros(0, dtype="S1")
        # Short terms first, then long ones, each in sorted order.
        by_order = np.where(fits, np.cumsum(fits) - 1, len(short) + np.cumsum(~fits) - 1)
        rows = np.empty(len(terms), dtype=np.int64)
        rows[np.asarray(order, dtype=np.int64)] = by_order
        return array, long, rows

    def __len__(self) -> int:
        return len(self._short) + len(self._long)

    def row(self, term: str) -> int:
        """The row of ``term``, -1 if the segment lacks it."""
        raw = term.encode("utf-8")
        if not _fits(raw):
            return self._long_rows.get(term, -1)
        short = self._short
        if not len(short) or len(raw) > short.dtype.itemsize:
            return -1
        where = int(short.searchsorted(raw))  # the method: numpy.searchsorted's wrapper costs ~1 µs
        if where < len(short) and short[where] == raw:
            return where
        return -1

    def term(self, row: int) -> str:
        if row < len(self._short):
            return bytes(self._short[row]).decode("utf-8")
        return self._long[row - len(self._short)]

    def starting(self, prefix: str, limit: int) -> list[str]:
        """The terms that begin with ``prefix`` (in byte order; at most ``limit``): one binary
        search for each end of their run in the sorted array (UTF-8 never holds the byte 0xFF, so
        ``prefix + 0xFF`` sorts after every term that begins with it)."""
        raw = prefix.encode("utf-8")
        out = [t for t in self._long if t.startswith(prefix)]
        short = self._short
        if raw and len(short) and len(raw) <= short.dtype.itemsize:
            first = int(short.searchsorted(raw))
            last = int(short.searchsorted(raw + b"\xff"))
            out = [bytes(t).decode("utf-8") for t in short[first : min(last, first + limit)].tolist()] + out
        return sorted(out)[:limit]

    def __iter__(self) -> Iterator[str]:
        """Every term, in row order (decoded one by one)."""
        for start in range(0, len(self._short), 65536):
            for raw in self._short[start : start + 65536].tolist():
                yield raw.decode("utf-8")
        yield from self._long

    def rows(self, terms: list[str]) -> np.ndarray:
        """Rows of many terms at once (-1 for those missing)."""
        out = np.full(len(terms), -1, dtype=np.int64)
        short = self._short
        encoded = [t.encode("utf-8") for t in terms]
        plain = [i for i, raw in enumerate(encoded) if _fits(raw)]
        if plain and len(short):
            width = short.dtype.itemsize
            fits = [i for i in plain if len(encoded[i]) <= width]
            if fits:
                keys = np.array([encoded[i] for i in fits], dtype=f"S{width}")
                where = np.searchsorted(short, keys)
                inside = where < len(short)
                found = np.zeros(len(fits), dtype=bool)
                found[inside] = short[where[inside]] == keys[inside]
                out[np.array(fits)[found]] = where[found]
        for i, raw in enumerate(encoded):
            if not _fits(raw):
                out[i] = self._long_rows.get(terms[i], -1)
        return out


def _fits(raw: bytes) -> bool:
    return 0 < len(raw) <= MAX_WIDTH and b"\0" not in raw
