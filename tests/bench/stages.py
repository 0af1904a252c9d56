"""Where a question's time goes: each answering step's own time over a batch of questions.

``python -m tests.bench.stages CONFIG QUESTIONS [--plain]`` opens the index of ``CONFIG`` (a config
file, as for ``python -m bot --config``), settles the garbage collector as ``ask`` does, and answers
every question of ``QUESTIONS`` (a JSON list, or one question a line) in process, with its JSON
form, as ``ask --json`` would. Each step below is timed by a wrapper (CPU time of the thread: the
machine's other work does not count) and reported by its *own* time (the steps it calls are
subtracted), per question, so the rows add up to the whole:

- reading the question; search: weighting fresh terms' postings, the top k, the rest of it;
- the evidence; the figure chosen in each candidate, and the figures read from texts (the figure
  pattern); the shown texts; reading the store (passages, matching forms, places, texts);
- ranking, the shown passages, the signals (each without the steps above), the JSON, the rest.

Each wrapper costs ~1-2 µs a call (~0.2-0.4 ms a question): the whole is first measured in a child
process without them (``--plain``: CPU and wall time only), and what a wrapper costs its caller
(measured on a no-op at start) is not counted in the caller's own time. The same figures at 100,000 and
1,000,000 passages say what grows with the corpus (docs/scale.md).
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import time
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import Any

_OWN: collections.Counter[str] = collections.Counter()
_CALLS: collections.Counter[str] = collections.Counter()
_STACK: list[float] = []  # the time of the steps called by each step being timed
_OVERHEAD = [0.0]  # what a wrapper costs its caller beyond the time it measures (calibrated)


def _timed(function: Callable[..., Any], label: str) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        _STACK.append(0.0)
        started = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            elapsed = time.thread_time() - started
            inner = _STACK.pop()
            _OWN[label] += elapsed - inner
            _CALLS[label] += 1
            if _STACK:
                _STACK[-1] += elapsed + _OVERHEAD[0]
    return timed


def _calibrate(calls: int = 50_000) -> None:
    """A wrapper's own cost, as its caller sees it: a timed no-op's calls minus what they measure."""
    noop = _timed(lambda: None, "(calibrating)")
    _STACK.append(0.0)
    started = time.thread_time()
    for _ in range(calls):
        noop()
    outside = time.thread_time() - started
    measured = _STACK.pop()
    _OVERHEAD[0] = max(0.0, (outside - measured) / calls)
    del _OWN["(calibrating)"], _CALLS["(calibrating)"]


def _wrap(owner: Any, name: str, label: str) -> None:
    setattr(owner, name, _timed(getattr(owner, name), label))


def _instrument() -> None:
    """Wrap the steps (before the index is opened: it binds its store readers when made)."""
    import bot.answer as answer
    import bot.format as fmt
    import index.figures as figures
    import index.search as search
    from index.store.segment import Segment

    import index.views as views

    for name, label in (("read_passage", "store: passages"), ("read_forms", "store: matching forms"),
                        ("read_place", "store: places")):
        for module in (search, views):  # the index binds its readers from search's names
            _wrap(module, name, label)
    _wrap(Segment, "text", "store: texts")
    _wrap(search, "scored_postings", "search: weighting fresh terms")
    _wrap(search, "top_k", "search: top k")
    _wrap(search.Index, "search", "search: the rest")
    _wrap(figures, "find_figures", "figures read from texts")
    for name, label in (("read_question", "reading the question"), ("gather", "evidence"),
                        ("document_cover", "evidence"), ("unknown_share", "evidence"),
                        ("choose_figure", "figure chosen (but the pattern)"), ("shown_text", "shown texts"),
                        ("rank_candidates", "ranking (the rest)"), ("_results", "shown passages (the rest)"),
                        ("_signals", "signals (the rest)"), ("consider", "the rest")):
        _wrap(answer, name, label)
    # the figures read while ranking, and in the paragraph before (modules whose names bot.answer
    # shadows with functions of theirs: found by their full names)
    for module in (import_module("bot.answer.ranked"), import_module("bot.answer.date_before")):
        _wrap(module, "choose_figure", "figure chosen (but the pattern)")
    _wrap(fmt, "answer_to_json", "JSON")


def _questions(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("["):
        return [str(q) for q in json.loads(text)]
    return [line for line in text.splitlines() if line.strip()]


def _answer_all(config: Path, questions: list[str]) -> tuple[float, float]:
    """CPU and wall seconds answering ``questions`` (the index opened and warmed by one question)."""
    from bot.cli import settle_garbage_collector
    from bot.config import load_config
    from bot.engine import Engine
    from bot.format import answer_to_json

    engine = Engine.from_config(load_config(config, environ={}))
    settle_garbage_collector()
    engine.ask(questions[0])
    _OWN.clear()
    _CALLS.clear()
    cpu, wall = time.process_time(), time.perf_counter()
    for question in questions[1:]:
        json.dumps(answer_to_json(engine.ask(question)), ensure_ascii=False)
    return time.process_time() - cpu, time.perf_counter() - wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.stages")
    parser.add_argument("config", type=Path)
    parser.add_argument("questions", type=Path)
    parser.add_argument("--plain", action="store_true", help="the whole only, without timing the steps")
    args = parser.parse_args(argv)
    questions = _questions(args.questions)
    n = len(questions) - 1
    if args.plain:
        cpu, wall = _answer_all(args.config, questions)
        print(json.dumps({"cpu_ms": cpu * 1e3 / n, "wall_ms": wall * 1e3 / n}))
        return 0
    child = subprocess.run([sys.executable, "-m", "tests.bench.stages", str(args.config), str(args.questions), "--plain"],
                           capture_output=True, text=True, check=True)
    plain = json.loads(child.stdout.strip().splitlines()[-1])
    _instrument()
    _calibrate()
    cpu, wall = _answer_all(args.config, questions)
    print(f"{n} questions, {args.config}: {plain['cpu_ms']:.3f} ms of CPU a question ({plain['wall_ms']:.3f} ms wall) "
          f"without timing the steps; {cpu * 1e3 / n:.3f} ms ({wall * 1e3 / n:.3f} ms wall) with")
    for label, seconds in _OWN.most_common():
        print(f"  {label:34s} {seconds * 1e3 / n:6.3f} ms  {_CALLS[label] / n:5.1f} calls")
    return 0


if __name__ == "__main__":
    sys.exit(main())
