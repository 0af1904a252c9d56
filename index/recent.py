"""What an index works out per passage and keeps for the passages read most recently.

A passage's derived values (the passage itself, its matching forms, its place in its document)
do not depend on the question, only on the index: each :class:`~index.search.Index` keeps its
own :class:`Recent` tables, so a reload (a new index) starts them afresh, and a large corpus
keeps only the most recent ``size`` of them.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Recent(Generic[K, V]):
    """``make(key)``, remembered for the ``size`` keys made most recently (the oldest out
    first). Thread-safe: two threads may both make a value; either is kept, they are equal."""

    def __init__(self, make: Callable[[K], V], size: int) -> None:
        self._make = make
        self._size = max(1, size)
        self._kept: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, key: K, make: Callable[[K], V] | None = None) -> V:
        """The value of ``key``: kept, or made (by ``make`` when given: another way to the same
        value, e.g. from what the caller has read already)."""
        value = self._kept.get(key)
        if value is not None:
            return value
        value = (make or self._make)(key)
        kept = self._kept
        with self._lock:
            if key not in kept:
                if len(kept) >= self._size:
                    kept.popitem(last=False)
                kept[key] = value
        return value

    def __len__(self) -> int:
        return len(self._kept)
