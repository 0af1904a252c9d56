"""``make bench-archive``: issue 14's table at 1,000,000 passages, beside rank_bm25 in the same run.

Opt-in (not in CI; ~an hour on the 2-core machine, most of it generating the archive and
rank_bm25's own build). The same synthetic archive as the scale section (jieba's dictionary words,
100 paragraphs a file), through ``python -m bot --config … ask --json`` child processes:

- cold build: first answer with an empty cache; peak RSS of the whole process tree (the parent
  and its worker processes, summed, sampled every 50 ms from /proc) and of the parent alone;
- warm start: median of 5 starts to the first answer; RSS serving: after 1,000 questions;
- per question: 1,000 questions on standard input, gaps between JSON lines;
- one added document: a new 100-paragraph file, start to first answer, minus the warm start;
- rank_bm25 ``BM25Okapi.get_scores`` over the same passages' tokens, median of 10 questions.

``python -m tests.bench.archive --passages 100000`` runs it at another size.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.bench import scale

TARGETS = {"per question": "≤ 1 ms", "ratio": "≥ 500×", "warm": "≤ 3 s", "added": "≤ +2 s",
           "cold": "≤ 90 s", "rss build": "≤ 2 GB", "rss serve": "≤ 1 GB"}


def tree_rss_mb(pid: int) -> float:
    """RSS of a process and all its descendants, in MB (from /proc)."""
    total = 0
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(parent, []).append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    stack = [pid]
    while stack:
        current = stack.pop()
        stack.extend(children.get(current, []))
        try:
            with open(f"/proc/{current}/status", encoding="utf-8") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def run_sampled(config: Path, question: str) -> tuple[scale.ChildRun, float]:
    """:func:`scale.run_bot`, sampling the process tree's RSS meanwhile; returns its peak."""
    peak = [0.0]
    stop = threading.Event()
    original = subprocess.Popen

    def popen(*args, **kwargs):  # type: ignore[no-untyped-def]
        proc = original(*args, **kwargs)

        def sample() -> None:  # never proc.poll(): it could reap the child before run_bot's wait4
            while not stop.is_set():
                peak[0] = max(peak[0], tree_rss_mb(proc.pid))
                time.sleep(0.05)

        threading.Thread(target=sample, daemon=True).start()
        return proc

    subprocess.Popen = popen  # type: ignore[misc]
    try:
        run = scale.run_bot(config, question, timeout=7200)
    finally:
        subprocess.Popen = original  # type: ignore[misc]
        stop.set()
    return run, peak[0]


def _archive_questions(folder: Path, passages: int, lexicon: scale.Lexicon) -> list[str]:
    """The archive's 1,000 questions; the archive is generated first unless ``folder`` holds it
    (with its questions, saved beside it so that a reused archive is asked the same)."""
    saved = folder / "questions.json"
    if (folder / "corpus").is_dir() and saved.is_file():
        return json.loads(saved.read_text(encoding="utf-8"))
    shutil.rmtree(folder / "corpus", ignore_errors=True)
    archive = scale.generate_archive(folder / "corpus", passages, scale.SEED, lexicon)
    questions = [q for q, _ in scale.make_questions(archive, scale.QUESTIONS)]
    saved.write_text(json.dumps(questions, ensure_ascii=False), encoding="utf-8")
    return questions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.archive")
    parser.add_argument("--passages", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, default=None, help="generate into / reuse this folder")
    parser.add_argument("--generate-only", action="store_true", help="only generate the archive (into --keep)")
    parser.add_argument("--reuse-store", action="store_true",
                        help="with --keep: serve from the store an earlier run built (no cold build measured)")
    args = parser.parse_args(argv)
    root = args.keep or Path(tempfile.mkdtemp(prefix="zhqa-bench-archive-"))
    folder = root / f"n{args.passages}"
    lexicon = scale.Lexicon()
    started = time.perf_counter()
    questions = _archive_questions(folder, args.passages, lexicon)
    print(f"== archive: {args.passages:,} passages ready in {time.perf_counter() - started:.0f} s", flush=True)
    if args.generate_only:
        return 0
    reuse = args.reuse_store and (folder / "cache").is_dir()
    if not reuse:
        shutil.rmtree(folder / "cache", ignore_errors=True)
    for added in (folder / "corpus").glob("zz-added-*.txt"):
        added.unlink()
    config = scale._write_config(folder)
    probe = questions[0]
    if reuse:
        scale._start(config, probe, "start on the reused store")  # drops what an earlier run added
        cold_cell = cold_rss_cell = "(reused)"
    else:
        cold, cold_tree = run_sampled(config, probe)
        scale._checked(cold, "cold build")
        print(f"  cold build {cold.first_line:.1f} s ({cold.cpu_s:.0f} CPU-seconds in all processes; load average "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs), peak RSS {cold_tree:.0f} MB (tree), "
              f"{cold.max_rss_mb:.0f} MB (parent)", flush=True)
        cold_cell, cold_rss_cell = f"{cold.first_line:.0f} s", f"{cold_tree / 1024:.2f} GB"
    warm = statistics.median(scale._start(config, probe, "warm start").first_line for _ in range(5))
    print(f"  warm start {warm:.2f} s", flush=True)
    stdin_path = folder / "questions.txt"
    stdin_path.write_text("\n".join([probe, *questions]) + "\n", encoding="utf-8")
    served = scale._serve(config, stdin_path)
    print(f"  per question {served.mean_ms:.3f} ms (median {statistics.median(served.gaps):.3f}); "
          f"RSS serving {served.run.max_rss_mb:.0f} MB", flush=True)
    (folder / "corpus" / "zz-added-00.txt").write_text(scale.added_document(lexicon, 0), encoding="utf-8")
    added = scale._start(config, probe, "added document").first_line - scale._start(config, probe, "warm").first_line
    print(f"  one added document: {added:+.2f} s over a warm start", flush=True)
    scale.BASELINE_QUERIES = 10
    base = scale.measure_baseline(config, folder / "cache", questions, repeats=1)
    ratio = base.rank_bm25_ms / served.mean_ms
    print(f"  rank_bm25 get_scores {base.rank_bm25_ms:.0f} ms a question (median of {base.queries}): {ratio:.0f}× the "
          f"engine through `ask --json`; in-process, same questions in turn: engine.ask {base.engine_ms:.2f} ms "
          f"({base.rank_bm25_ms / base.engine_ms:.0f}×), Index.search alone {base.search_ms:.2f} ms "
          f"({base.rank_bm25_ms / max(base.search_ms, 1e-9):.0f}×)", flush=True)
    print("\n| passages | cold build | peak RSS building | warm start | +1 document over warm | RSS serving | per question | vs rank_bm25 |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| {args.passages:,} | {cold_cell} | {cold_rss_cell} | {warm:.2f} s | {added:+.2f} s | "
          f"{served.run.max_rss_mb / 1024:.2f} GB | {served.mean_ms:.2f} ms | {ratio:.0f}× |")
    print("targets: " + ", ".join(f"{k} {v}" for k, v in TARGETS.items()))
    if args.keep is None:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
