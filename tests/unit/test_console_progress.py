"""The console chat and the progress bar, driven in-process."""

from __future__ import annotations

import io

from bot.console import run_console
from bot.engine import Engine
from bot.progress import ProgressBar


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_console_answers_pages_and_reloads(engine: Engine) -> None:
    stdin = io.StringIO("how many 共富工坊?\n/more\n/reload\n/stats\nunknown words only\n/quit\nnever read\n")
    stdout = io.StringIO()
    assert run_console(engine, stdin=stdin, stdout=stdout) == 0
    out = stdout.getvalue()
    assert "8821家" in out
    more = len(engine.ask("how many 共富工坊?", count=False).results) > engine.config.passages_shown
    assert ("4. " in out) if more else ("no more passages" in out)
    assert "reloaded:" in out and "no document changed" in out
    assert "questions" in out
    assert "never read" not in out


def test_progress_bar_stays_quiet_for_quick_work_and_draws_for_slow(monkeypatch) -> None:
    clock = FakeClock()
    monkeypatch.setattr("bot.progress.time.monotonic", clock)
    quick = io.StringIO()
    bar = ProgressBar(quick, label="indexing", delay=1.0)
    bar(5, 10)
    bar(10, 10)
    assert quick.getvalue() == ""

    slow = io.StringIO()
    bar = ProgressBar(slow, label="indexing", delay=1.0)
    clock.now = 2.0
    bar(5, 10)
    clock.now = 3.0
    bar(10, 10)
    text = slow.getvalue()
    assert "indexing" in text and "5/10" in text and "10/10" in text and text.endswith("\n")
