"""The article: time per question through the whole engine, and from process start to first answer."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from rank_bm25 import BM25Okapi

from bot.config import load_config
from bot.engine import Engine
from tests.evaluation import load_questions
from tests.tokens import query_terms
from tests.tokens import tokens as index_tokens

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


def _per_call_ms(func, items: list[str], repeats: int) -> list[float]:
    """Median over ``repeats`` of each item's time, in milliseconds."""
    out = []
    for item in items:
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            func(item)
            times.append(time.perf_counter() - start)
        out.append(statistics.median(times) * 1000)
    return out


def _first_line_seconds(cmd: list[str]) -> float:
    """Wall time from starting ``cmd`` to its first line on standard output."""
    env = dict(os.environ)
    env.pop("TELEGRAM_BOT_TOKEN", None)
    start = time.perf_counter()
    with subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env) as proc:
        assert proc.stdout is not None
        proc.stdout.readline()
        elapsed = time.perf_counter() - start
        proc.wait(timeout=60)
    return elapsed


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def run(quick: bool = False) -> None:
    repeats = 5 if quick else 15
    engine = Engine.from_config(load_config(ROOT / "config.yaml", environ={}))
    chinese = [q["q"] for q in load_questions(DATA / "questions.jsonl") + load_questions(DATA / "questions_heldout.jsonl")]
    english = [q["q"] for q in load_questions(DATA / "questions-english.jsonl")]
    english_dev = DATA / "english_dev.jsonl"
    if english_dev.exists():
        english += [q["q"] for q in load_questions(english_dev)]
    engine.warm_up()  # as every adapter does in the background after start-up
    for q in chinese + english:  # warm caches (lazy tables) as a running bot would be
        engine.ask(q)

    index = engine.index
    plain = BM25Okapi([index_tokens(index.tokenizer, p.text) for p in index.passages])
    tokenizer = index.tokenizer

    def baseline(question: str) -> None:
        plain.get_scores(query_terms(tokenizer, question))

    zh = _per_call_ms(engine.ask, chinese, repeats)
    en = _per_call_ms(engine.ask, english, repeats)
    base = _per_call_ms(baseline, chinese, repeats)
    print(f"== article: {len(index.documents)} document(s), {index.num_passages} passages")
    print(f"  per question, whole engine (median over {len(zh)} Chinese questions x {repeats}): "
          f"median {statistics.median(zh):.2f} ms, p90 {_quantile(zh, 0.9):.2f} ms, max {max(zh):.2f} ms  [target ≤ 5 ms]")
    print(f"  per question, English ({len(en)} questions): median {statistics.median(en):.2f} ms, "
          f"p90 {_quantile(en, 0.9):.2f} ms")
    print(f"  baseline in the same run: tokenise + rank_bm25 get_scores only: median {statistics.median(base):.2f} ms "
          f"(engine/baseline = {statistics.median(zh) / max(statistics.median(base), 1e-9):.1f}x; the engine also "
          "picks figures, highlights and checks relevance)")

    runs = 3 if quick else 7
    python = sys.executable
    cmd = [python, "-m", "bot", "--config", str(ROOT / "config.yaml"), "ask", "how many 共富工坊?"]
    first = [_first_line_seconds(cmd) for _ in range(runs)]
    bare = [_first_line_seconds([python, "-c", "print('ok')"]) for _ in range(runs)]
    imports = [_first_line_seconds([python, "-c", "import numpy, jieba, opencc, yaml; print('ok')"]) for _ in range(runs)]
    print(f"  process start → first answer (`python -m bot ask`, median of {runs}): {statistics.median(first):.2f} s  [target ≤ 2 s]")
    print(f"    same run: bare interpreter {statistics.median(bare):.2f} s, importing the libraries {statistics.median(imports):.2f} s "
          f"(first answer = {statistics.median(first) / statistics.median(imports):.1f}x the imports alone)")
