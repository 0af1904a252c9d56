"""The console chat and the progress bar, driven in-process."""

from __future__ import annotations

import io

from bot.console import run_console
from bot.engine import Engine
from bot.format.text import plural
from bot.progress import ProgressBar


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _chat(engine: Engine, text: str) -> str:
    stdout = io.StringIO()
    assert run_console(engine, stdin=io.StringIO(text), stdout=stdout) == 0
    return stdout.getvalue()


def test_console_answers_pages_and_reloads(engine: Engine) -> None:
    before = engine.stats()
    out = _chat(engine, "how many 共富工坊?\n/more\n/reload\n/stats\n北京今天天气怎么样？\n/quit\nnever read\n")
    assert out.startswith("答案 Answer: 8821家\n1. ")
    more = len(engine.ask("how many 共富工坊?", count=False).results) > engine.config.passages_shown
    assert ("\n4. " in out) if more else ("No more passages" in out)
    documents = plural(before.documents, "document")
    assert f"reloaded: {documents}, {plural(before.passages, 'passage')} in " in out
    assert "no document changed" in out
    # /stats comes after the first question; the weather question after it finds nothing.
    asked = before.questions + 1
    stats = f"{documents}, {plural(before.passages, 'passage')} · {plural(asked, 'question')}, "
    assert stats + f"{before.unanswered} without an answer, {before.hedged} possibly related" in out
    assert "沒有找到相關內容" in out.split(stats)[1]
    assert "never read" not in out


def test_console_counts_in_words_with_the_right_plural() -> None:
    assert plural(1, "document") == "1 document" and plural(2, "passage") == "2 passages"
    assert plural(0, "question") == "0 questions"


def test_console_points_unknown_commands_to_help_and_asks_nothing(engine: Engine) -> None:
    before = engine.stats().questions
    out = _chat(engine, "/bogus\n/Help\n")
    assert out.startswith("未知指令 /bogus · Unknown command /bogus — /help lists the commands.\n")
    assert "/reload" in out.split("\n", 1)[1]  # /Help is the help, whatever the case
    assert engine.stats().questions == before


def test_console_answers_small_talk_with_the_help(engine: Engine) -> None:
    before = engine.stats().questions
    out = _chat(engine, "hello\n")
    assert "Ask about the documents" in out and "/quit" in out and "沒有找到相關內容" not in out
    assert engine.stats().questions == before


def test_console_nothing_found_shows_questions_that_work(engine: Engine) -> None:
    out = _chat(engine, "北京今天天气怎么样？\n")
    lines = out.splitlines()
    assert lines[:2] == ["沒有找到相關內容。/ Nothing in the documents answers that.", "可以這樣問 · Try for example:"]
    examples = [line.removeprefix("  • ") for line in lines[2:] if line.startswith("  • ")]
    assert examples
    for question in examples:
        answer = engine.ask(question, count=False)
        assert answer.found and answer.figure is not None, question


def test_console_output_to_a_pipe_is_plain(engine: Engine) -> None:
    out = _chat(engine, "how many 共富工坊?\n全省共打造了多少家共富工坊？\n")
    assert "8821家" in out and not set(out) & set("*_`\033")
    assert "\n\n答案 Answer: 8821家" in out  # a blank line between replies


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
