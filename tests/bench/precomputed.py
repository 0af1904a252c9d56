"""What a per-passage table of figures would save a question, measured before anyone builds one.

``python -m tests.bench.precomputed CONFIG QUESTIONS [--rounds N]`` answers ``QUESTIONS`` (a JSON
list, or one question a line) over the index of ``CONFIG`` in process, as ``ask --json`` does
(:mod:`tests.bench.stages`), in three ways, each in a fresh child process, in turn, ``N`` rounds:

- ``plain``: as the bot does;
- ``figures``: every text's figures (:func:`index.figures.passage_figures`) looked up in a table
  made before the questions are timed -- what a store holding each passage's figures would cost
  at best (reading and decoding the table is not counted);
- ``all``: the text's layout (:func:`bot.answer.figure.nearness.layout`) and character-by-character
  matching form (``aligner_for``) looked up too.

The texts are those the questions read figures from (gathered by a first run, not timed). Such a
table holds a passage's own figures: it serves a shown text only where that is one passage's text
alone (a window without its neighbours' sentences) -- the share is printed. Prints each way's CPU
a question (median of the rounds) and its ratio to ``plain`` (median and range of the rounds' pairs).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.bench.stages import _questions

WAYS = ("plain", "figures", "all")


def _patch(name: str, original: Callable[[str], Any], table: dict[str, Any]) -> None:
    """Every module's binding of ``original`` (imported by name) looks ``table`` up first."""
    get = table.get

    def looked_up(text: str) -> Any:
        found = get(text)
        return original(text) if found is None else found

    for module in list(sys.modules.values()):
        if getattr(module, name, None) is original:
            setattr(module, name, looked_up)


def _gather(config: Path, questions: list[str]) -> tuple[list[str], int, int]:
    """The texts whose figures the questions read; of the passages shown, how many show their
    passage's text alone."""
    import index.figures as figures
    from bot.config import load_config
    from bot.engine import Engine

    seen: set[str] = set()
    original = figures.find_figures

    def recording(text: str) -> list[Any]:
        seen.add(text)
        return original(text)

    figures.find_figures = recording
    engine = Engine.from_config(load_config(config, environ={}))
    alone = shown = 0
    for question in questions:
        for result in engine.ask(question, count=False).results:
            shown += 1
            alone += result.text == result.passage.text
    return sorted(seen), alone, shown


def _timed(config: Path, questions: list[str], way: str, texts: list[str]) -> float:
    """CPU seconds a question, the index opened and warmed by the first question."""
    import bot.answer  # noqa: F401 (every module binding the names below is loaded first)
    import index.figures as figures
    import index.normalize as normalize
    from bot.answer.figure import nearness
    from bot.cli import settle_garbage_collector
    from bot.config import load_config
    from bot.engine import Engine
    from bot.format import answer_to_json

    cached = (figures.passage_figures, figures._figure, nearness.layout, normalize.aligner_for)
    if way in ("figures", "all"):
        _patch("passage_figures", figures.passage_figures, {t: tuple(figures.find_figures(t)) for t in texts})
    if way == "all":
        _patch("layout", nearness.layout, {t: nearness.layout(t) for t in texts})
        _patch("aligner_for", normalize.aligner_for, {t: normalize.aligner_for(t) for t in texts})
    for function in cached:
        function.cache_clear()  # type: ignore[attr-defined]
    engine = Engine.from_config(load_config(config, environ={}))
    settle_garbage_collector()
    engine.ask(questions[0])
    started = time.process_time()
    for question in questions[1:]:
        json.dumps(answer_to_json(engine.ask(question)), ensure_ascii=False)
    return (time.process_time() - started) / (len(questions) - 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.precomputed")
    parser.add_argument("config", type=Path)
    parser.add_argument("questions", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--way", choices=WAYS, help=argparse.SUPPRESS)  # a child: one way, timed
    parser.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    questions = _questions(args.questions)
    if args.way:
        texts = json.loads(args.texts.read_text(encoding="utf-8"))
        print(json.dumps({"cpu_ms": _timed(args.config, questions, args.way, texts) * 1e3}))
        return 0
    texts_path = args.config.parent / "precomputed-texts.json"
    child = subprocess.run([sys.executable, "-c", "from tests.bench.precomputed import _gather_main; _gather_main()",
                            str(args.config), str(args.questions), str(texts_path)],
                           capture_output=True, text=True, check=True)
    alone, shown = json.loads(child.stdout.strip().splitlines()[-1])
    print(f"{len(questions) - 1} questions, {args.config}: of {shown} passages shown, {alone} "
          f"({100 * alone / max(shown, 1):.0f}%) show their passage's text alone", flush=True)
    times: dict[str, list[float]] = {way: [] for way in WAYS}
    for r in range(args.rounds):
        for way in WAYS if r % 2 == 0 else WAYS[::-1]:
            run = subprocess.run([sys.executable, "-m", "tests.bench.precomputed", str(args.config),
                                  str(args.questions), "--way", way, "--texts", str(texts_path)],
                                 capture_output=True, text=True, check=True)
            times[way].append(json.loads(run.stdout.strip().splitlines()[-1])["cpu_ms"])
        print(f"  round {r + 1}: " + ", ".join(f"{way} {times[way][-1]:.3f} ms" for way in WAYS), flush=True)
    for way in WAYS:
        pairs = [t / p for t, p in zip(times[way], times["plain"])]
        print(f"  {way:8s} {statistics.median(times[way]):.3f} ms of CPU a question; × {statistics.median(pairs):.2f} "
              f"plain (rounds {min(pairs):.2f}-{max(pairs):.2f})")
    return 0


def _gather_main() -> None:
    """Child: gather the texts (written to the file named third) and print the shown share."""
    config, questions, out = Path(sys.argv[1]), _questions(Path(sys.argv[2])), Path(sys.argv[3])
    texts, alone, shown = _gather(config, questions)
    out.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    print(json.dumps([alone, shown]))


if __name__ == "__main__":
    sys.exit(main())
