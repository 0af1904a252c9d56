"""A small progress bar for standard error; shows only when a build takes more than a moment."""

from __future__ import annotations

import time
from typing import TextIO


class ProgressBar:
    """Callable as ``progress(done, total)``; redraws at most a few times a second."""

    def __init__(self, stream: TextIO, label: str = "", delay: float = 1.0, width: int = 30) -> None:
        self._stream = stream
        self._label = label
        self._start = time.monotonic()
        self._delay = delay
        self._width = width
        self._last = 0.0
        self._shown = False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        finished = total > 0 and done >= total
        if now - self._start < self._delay and not (finished and self._shown):
            return
        if not finished and now - self._last < 0.2:
            return
        self._last = now
        share = done / total if total else 1.0
        filled = int(share * self._width)
        bar = "█" * filled + "·" * (self._width - filled)
        self._stream.write(f"\r{self._label} [{bar}] {done}/{total} {now - self._start:5.1f}s")
        self._shown = True
        if finished:
            self._stream.write("\n")
        self._stream.flush()
