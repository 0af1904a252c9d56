"""Owning the terminal's Ctrl-C while the chat runs.

Ctrl-C goes to every process of the terminal's foreground process group. Started by ``make run``,
the chat shares that group with make, which reacts to Ctrl-C by waiting for the chat to end and
then ending itself with an error -- although the chat only cleared its input line. So, like a
shell starting a job, the chat moves into a process group of its own and makes it the terminal's
foreground for as long as it runs; Ctrl-C then reaches the chat alone. On the way out the terminal
goes back to the group that had it. Ctrl-Z is ignored meanwhile: stopping the chat alone would
leave make waiting for it and the shell waiting for make, with nobody at the terminal.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
from collections.abc import Iterator

log = logging.getLogger(__name__)


@contextlib.contextmanager
def own_foreground(fd: int) -> Iterator[bool]:
    """Run the block in a foreground process group of its own on terminal ``fd``; yields whether
    it moved (it does not when it already leads its group, or is not in the foreground)."""
    previous = _take(fd)
    if previous is None:
        yield False
        return
    old_tstp = signal.signal(signal.SIGTSTP, signal.SIG_IGN)
    try:
        yield True
    finally:
        signal.signal(signal.SIGTSTP, old_tstp)
        _set_foreground(fd, previous)


def _take(fd: int) -> int | None:
    """Move into a new process group that has the terminal; the group that had it, or None."""
    try:
        group = os.getpgrp()
        if group == os.getpid() or os.tcgetpgrp(fd) != group:
            return None
        os.setpgid(0, 0)
    except OSError as exc:
        log.debug("keeping the process group: %s", exc)
        return None
    if not _set_foreground(fd, os.getpgrp()):
        with contextlib.suppress(OSError):
            os.setpgid(0, group)
        return None
    return group


def _set_foreground(fd: int, group: int) -> bool:
    # A process outside the foreground group that sets it is sent SIGTTOU: ignore it meanwhile.
    old_ttou = signal.signal(signal.SIGTTOU, signal.SIG_IGN)
    try:
        os.tcsetpgrp(fd, group)
        return True
    except OSError as exc:
        log.debug("cannot hand the terminal to group %d: %s", group, exc)
        return False
    finally:
        signal.signal(signal.SIGTTOU, old_ttou)
