"""The console's background warm-up never takes Ctrl-C away from the line editor."""

from __future__ import annotations

import signal
import threading

import pytest

from bot.console.chat import _warm_up


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX threads only")
def test_the_warm_up_thread_blocks_the_terminals_signals() -> None:
    seen: list[set[signal.Signals]] = []

    class Engine:
        def warm_up(self) -> None:
            seen.append(set(signal.pthread_sigmask(signal.SIG_BLOCK, [])))

    thread = threading.Thread(target=_warm_up, args=(Engine(),))
    thread.start()
    thread.join(10)
    assert seen and signal.SIGINT in seen[0]
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])  # not the caller's
