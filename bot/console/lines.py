"""Where the chat's lines come from: a terminal with line editing and history, or any stream.

Line editing is the standard library's :mod:`readline` (GNU readline on Linux): no extra
dependency, and the keys people already know from the shell and the Python prompt (arrows,
Ctrl-A/E/K/W/R, their own ``~/.inputrc``). History is kept per user in
``$XDG_STATE_HOME/zh-news-qa-bot/history`` (by default ``~/.local/state/...``), readable only by
its owner, and survives restarts. Without readline (e.g. Windows) the terminal reader still works,
without editing.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Protocol, TextIO

log = logging.getLogger(__name__)

HISTORY_LENGTH = 1000


class LineSource(Protocol):
    def read(self) -> str | None:
        """The next line without its newline; None at the end of input. Ctrl-C raises
        :class:`KeyboardInterrupt`."""


class StreamLines:
    """Lines of a stream that is not a terminal (a pipe, a file): no prompt, no history."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def read(self) -> str | None:
        line = self._stream.readline()
        return line.rstrip("\r\n") if line else None


class TerminalLines:
    """Lines typed at a terminal, with ``prompt``, editing and the history file ``history``."""

    def __init__(self, prompt: str, history: Path | None, commands: Sequence[str] = ()) -> None:
        self._prompt = prompt
        self._history = history
        self._readline = _readline()
        if self._readline is not None:
            self._set_up(self._readline, commands)

    def read(self) -> str | None:
        try:
            line = input(self._prompt)
        except EOFError:
            return None
        self._remember(line)
        return line

    def _set_up(self, readline: ModuleType, commands: Sequence[str]) -> None:
        readline.set_auto_history(False)
        readline.set_history_length(HISTORY_LENGTH)
        if self._history is not None:
            try:
                readline.read_history_file(self._history)
                readline.write_history_file(self._history)  # keeps the file to its length
            except OSError:
                self._history = _create(self._history)
        # Tab completes the chat's commands.
        readline.set_completer_delims(" \t\n")
        readline.set_completer(lambda text, state: ([c for c in commands if c.startswith(text)] + [None])[state])
        if "libedit" in (readline.__doc__ or ""):
            readline.parse_and_bind("bind ^I rl_complete")
        else:
            readline.parse_and_bind("tab: complete")

    def _remember(self, line: str) -> None:
        readline = self._readline
        if readline is None or not line.strip():
            return
        length = readline.get_current_history_length()
        if length and readline.get_history_item(length) == line:
            return  # the same line again is not worth a second entry
        readline.add_history(line)
        if self._history is not None:
            try:
                readline.append_history_file(1, self._history)
            except OSError as exc:
                log.warning("history not saved (%s): %s", self._history, exc.strerror or exc)
                self._history = None


def _readline() -> ModuleType | None:
    try:
        import readline
    except ImportError:
        return None
    return readline


def _create(path: Path) -> Path | None:
    """An empty history file only its owner can read, or None when it cannot be made."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.close(fd)
    except OSError as exc:
        log.warning("no history file (%s): %s", path, exc.strerror or exc)
        return None
    with contextlib.suppress(OSError):
        path.chmod(0o600)
    return path
