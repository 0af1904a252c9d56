"""The console's background warm-up never takes Ctrl-C away from the line editor."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

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


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="Linux /proc only")
def test_the_libraries_start_no_thread_that_could_take_ctrl_c() -> None:
    # NumPy's BLAS would start a worker thread at import, not blocking SIGINT: the kernel may hand
    # it a Ctrl-C meant for the line editor. A fresh interpreter, as `make run` starts one.
    code = "import os, bot.cli, numpy; print(len(os.listdir('/proc/self/task')))"
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, check=True)
    assert out.stdout.strip() == "1"
