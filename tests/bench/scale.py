"""Scale: a synthetic archive of 1,000 / 10,000 / 100,000 passages through the real command line.

The archive is generated, deterministically (fixed seed), from jieba's own dictionary: words drawn
by their dictionary frequency (Chinese words only), figures mixed in (8821家, 433.6萬名, 2900多名,
99.67%, 2023年4月), a few quoted named terms (“…”, the corpus's user words), documents of 100
paragraphs of 60–120 characters ending in 。 or ﹔, a title line first and a heading line now and
then. Every paragraph is one passage, so N passages are N/100 documents.

For each size, with its own config.yaml (``corpus.path`` and ``index.cache_dir`` relative to it),
every figure is taken from child processes of ``python -m bot --config … ask --json``:

- cold build: the first ``ask`` with an empty cache (wall time to the answer);
- warm start: the same again with the cache warm (median of repeats);
- per question: 1,000 questions generated from the archive on standard input; the time of a
  question is the gap between successive JSON lines read from the pipe (start-up excluded by a
  first, unmeasured question) -- mean, median, p99;
- one added document: a new 100-paragraph file, then a start (minus the warm start);
- peak memory: the child's max RSS (``os.wait4``'s resource usage of that very child);
- baseline in the same run: ``rank_bm25.BM25Okapi.get_scores`` over the same passages' tokens
  (rebuilt from the index's postings) and the engine's own query terms, median over 30 questions.
"""

from __future__ import annotations

import gc
import itertools
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import jieba
from tests.tokens import query_terms

ROOT = Path(__file__).resolve().parents[2]
SEED = 20240115
PARAGRAPHS_PER_DOC = 100
SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (1_000, 10_000)
QUESTIONS = 1_000
BASELINE_QUERIES = 30
TARGET_SIZE = 100_000
TARGET_MEAN_MS = 5.0
TARGET_RATIO = 25.0
AIM_RATIO = 100.0
TARGET_WARM_S = 5.0
TARGET_ADDED_S = 5.0
CHILD_TIMEOUT_S = 1200.0  # a cold build of 100,000 passages takes a few minutes; never wait forever

_HAN_RE = re.compile(r"^[\u4e00-\u9fff]+$")
_COUNT_UNITS = "家 名 个 個 项 項 次 所 座 件 起 户 村 人 场 批 篇 条".split()
_PEOPLE_UNITS = "名 人 户 人次".split()


# --------------------------------------------------------------------------- the archive


class Lexicon:
    """jieba's dictionary: Chinese words with their frequencies, and the nouns among them."""

    def __init__(self) -> None:
        words: list[str] = []
        weights: list[int] = []
        nouns: list[str] = []
        noun_weights: list[int] = []
        with jieba.get_dict_file() as handle:
            for raw in handle:
                parts = raw.decode("utf-8", errors="replace").split()
                if len(parts) < 2 or not _HAN_RE.match(parts[0]) or not parts[1].isdigit():
                    continue
                word, freq = parts[0], int(parts[1])
                words.append(word)
                weights.append(freq)
                if len(parts) >= 3 and parts[2] == "n" and 2 <= len(word) <= 4:
                    nouns.append(word)
                    noun_weights.append(freq)
        self.words = words
        self._cum = list(itertools.accumulate(weights))
        self.nouns = nouns
        self._noun_cum = list(itertools.accumulate(noun_weights))

    def draw(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self._cum, k=k)

    def noun(self, rng: random.Random) -> str:
        return rng.choices(self.nouns, cum_weights=self._noun_cum, k=1)[0]

    def named_terms(self, count: int, seed: int) -> list[str]:
        """Fixed quoted terms (two nouns run together, like 共富工坊), the same in every archive."""
        rng = random.Random(seed)
        terms: list[str] = []
        while len(terms) < count:
            term = self.noun(rng) + self.noun(rng)
            if term not in terms and len(term) <= 8:
                terms.append(term)
        return terms


@dataclass(frozen=True)
class Planted:
    """A figure written into the archive, with the words around it (for a question)."""

    kind: str  # count, percent, date
    figure: str
    unit: str
    noun: str
    verb: str


@dataclass
class Archive:
    folder: Path
    documents: int
    passages: int
    chars: int
    planted: list[Planted] = field(default_factory=list)
    word_sets: list[tuple[str, ...]] = field(default_factory=list)


class _Writer:
    """Generates paragraphs, headings and documents from one random stream."""

    def __init__(self, lexicon: Lexicon, rng: random.Random, named: list[str]) -> None:
        self.lex = lexicon
        self.rng = rng
        self.named = named
        self.planted: list[Planted] = []
        self.word_sets: list[tuple[str, ...]] = []
        self._drawn: list[str] = []  # the words of the paragraph being written

    def _figure_phrase(self) -> str:
        rng = self.rng
        noun = self.lex.noun(rng)
        verb = next((w for w in self.lex.draw(rng, 4) if len(w) >= 2), "完成")
        r = rng.random()
        if r < 0.45:
            unit = rng.choice(_COUNT_UNITS)
            figure = f"{int(10 ** rng.uniform(0.5, 4.7))}{unit}"
            kind = "count"
        elif r < 0.6:
            unit = rng.choice(_PEOPLE_UNITS)
            figure = f"{rng.uniform(1, 999):.1f}{rng.choice('萬万')}{unit}"
            kind = "count"
        elif r < 0.7:
            unit = rng.choice(_COUNT_UNITS)
            figure = (
                f"{rng.randint(2, 99) * 100}多{unit}" if rng.random() < 0.5 else f"{rng.uniform(1, 99):.1f}萬余{unit}"
            )
            kind = "count"
        elif r < 0.85:
            unit = "%"
            figure = f"{rng.uniform(1, 99.99):.2f}%"
            kind = "percent"
        else:
            unit = "年"
            figure = f"{rng.randint(2000, 2024)}年{rng.randint(1, 12)}月"
            kind = "date"
        self.planted.append(Planted(kind, figure, unit, noun, verb))
        if kind == "count":
            return f"{verb}{figure}{noun}"
        if kind == "percent":
            return f"{noun}{verb}達到{figure}"
        return f"{noun}于{figure}{verb}"

    def _clause(self) -> str:
        words = self.lex.draw(self.rng, self.rng.randint(4, 9))
        self._drawn.extend(w for w in words if len(w) >= 2)
        r = self.rng.random()
        if r < 0.35:
            words.insert(self.rng.randint(0, len(words)), self._figure_phrase())
        elif r < 0.38:
            words.insert(self.rng.randint(0, len(words)), f"“{self.rng.choice(self.named)}”")
        return "".join(words)

    def _sentence(self) -> str:
        clauses = [self._clause() for _ in range(self.rng.randint(1, 3))]
        return "，".join(clauses) + ("。" if self.rng.random() < 0.85 else "﹔")

    def paragraph(self, prefix: str = "") -> str:
        target = self.rng.randint(60, 120)
        text = prefix
        self._drawn = []
        for _ in range(20):  # bounded: a few sentences fill a paragraph
            if len(text) >= target:
                break
            sentence = self._sentence()
            if len(text) + len(sentence) > 120:
                if text:
                    break
                continue  # a first sentence over 120 characters: draw another
            text += sentence
        content = sorted(set(self._drawn))
        if len(content) >= 2:
            k = min(len(content), self.rng.randint(2, 4))
            self.word_sets.append(tuple(self.rng.sample(content, k)))
        return text

    def heading(self) -> str:
        return "".join(self.lex.draw(self.rng, self.rng.randint(3, 6)))[:20] or "综述"

    def document(self, first: bool = False) -> str:
        title = "".join(self.lex.draw(self.rng, self.rng.randint(4, 8)))[:30]
        lines = [title]
        for i in range(PARAGRAPHS_PER_DOC):
            if i > 0 and self.rng.random() < 0.08:
                lines.append(self.heading())
            # The first document quotes every named term, so later documents add none.
            prefix = f"“{self.named[i]}”" if first and i < len(self.named) else ""
            lines.append(self.paragraph(prefix))
        return "\n".join(lines) + "\n"


def generate_archive(folder: Path, passages: int, seed: int = SEED, lexicon: Lexicon | None = None) -> Archive:
    """Write ``passages / 100`` documents into ``folder``; the same files for the same seed."""
    lexicon = lexicon or Lexicon()
    folder.mkdir(parents=True, exist_ok=True)
    writer = _Writer(lexicon, random.Random(seed), lexicon.named_terms(24, seed))
    documents = max(1, passages // PARAGRAPHS_PER_DOC)
    chars = 0
    for d in range(documents):
        text = writer.document(first=d == 0)
        chars += len(text)
        (folder / f"doc-{d:05d}.txt").write_text(text, encoding="utf-8")
    return Archive(folder, documents, documents * PARAGRAPHS_PER_DOC, chars, writer.planted, writer.word_sets)


def added_document(lexicon: Lexicon, number: int, new_named_term: bool = False) -> str:
    """A further 100-paragraph document; with ``new_named_term`` it quotes a term no other has."""
    named = lexicon.named_terms(24, SEED)
    writer = _Writer(lexicon, random.Random(SEED * 31 + number), named)
    text = writer.document()
    if new_named_term:
        fresh = next(t for t in lexicon.named_terms(64, SEED + 1) if t not in named)
        head, _, rest = text.partition("\n")
        text = f"{head}\n“{fresh}”{rest}"
    return text


def make_questions(archive: Archive, count: int, seed: int = SEED) -> list[tuple[str, frozenset[str]]]:
    """Questions from the archive itself, each with the figures planted beside its words: counts,
    proportions and times about planted figures, and 2–4 words taken from one paragraph."""
    rng = random.Random(seed + 1)
    by_kind: dict[str, list[Planted]] = {"count": [], "percent": [], "date": []}
    figures: dict[tuple[str, str, str], set[str]] = {}
    for p in archive.planted:
        by_kind[p.kind].append(p)
        figures.setdefault((p.kind, p.noun, p.verb), set()).add(p.figure)

    def pick(items: list, k: int) -> list:
        return rng.sample(items, k) if len(items) >= k else rng.choices(items, k=k)

    n_count, n_pct, n_date = int(count * 0.5), int(count * 0.15), int(count * 0.1)
    out: list[tuple[str, frozenset[str]]] = []
    for kind, n in (("count", n_count), ("percent", n_pct), ("date", n_date)):
        for p in pick(by_kind[kind], n):
            if kind == "count":
                unit = {"個": "个", "項": "项"}.get(p.unit, p.unit)
                q = f"{p.verb}{p.noun}有多少{unit}？" if rng.random() < 0.5 else f"{p.verb}了多少{unit}{p.noun}？"
            elif kind == "percent":
                q = f"{p.noun}{p.verb}的比例是多少？"
            else:
                q = f"{p.noun}是什么时候{p.verb}的？"
            out.append((q, frozenset(figures[(p.kind, p.noun, p.verb)])))
    for words in pick(archive.word_sets, count - len(out)):
        out.append(("".join(words) + rng.choice(("", "？", "是什么？")), frozenset()))
    rng.shuffle(out)
    return out


# --------------------------------------------------------------------------- child processes


@dataclass
class ChildRun:
    stamps: list[float]  # seconds from start to each line of standard output
    lines: list[bytes]
    max_rss_mb: float
    returncode: int
    stderr: str
    cpu_s: float = 0.0  # user + system time of the child and the processes it waited for

    @property
    def first_line(self) -> float:
        return self.stamps[0] if self.stamps else float("nan")


def run_bot(config: Path, question: str | None = None, stdin_path: Path | None = None,
            timeout: float = CHILD_TIMEOUT_S) -> ChildRun:
    """Run ``python -m bot --config CONFIG ask --json`` once; time every output line."""
    cmd = [sys.executable, "-m", "bot", "--config", str(config), "ask", "--json"]
    if question is not None:
        cmd.append(question)
    env = dict(os.environ)
    env.pop("TELEGRAM_BOT_TOKEN", None)
    stamps: list[float] = []
    lines: list[bytes] = []
    with tempfile.TemporaryFile() as err, open(stdin_path or os.devnull, "rb") as stdin:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdin=stdin, stdout=subprocess.PIPE, stderr=err, env=env)
        watchdog = threading.Timer(timeout, proc.kill)
        watchdog.start()
        try:
            assert proc.stdout is not None
            readline = proc.stdout.readline
            while True:
                line = readline()
                if not line:
                    break
                stamps.append(time.perf_counter() - start)
                lines.append(line)
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            proc.stdout.close()
        finally:
            watchdog.cancel()
            if proc.returncode is None:
                proc.kill()
                proc.wait()
        err.seek(0)
        stderr = err.read().decode("utf-8", errors="replace")
    return ChildRun(stamps, lines, usage.ru_maxrss / 1024, proc.returncode, stderr, usage.ru_utime + usage.ru_stime)


def _checked(run: ChildRun, what: str, lines: int = 1) -> ChildRun:
    if run.returncode != 0 or len(run.lines) < lines:
        tail = run.stderr.strip().splitlines()[-3:]
        raise RuntimeError(f"{what}: exit {run.returncode}, {len(run.lines)} lines; {' | '.join(tail)}")
    return run


# --------------------------------------------------------------------------- the baseline


def _passage_tokens(engine, cache_dir: Path) -> list[list[str]]:
    """Every passage's tokens as the index holds them, rebuilt from its postings: the same bag of
    tokens :func:`index.fields.passage_tokens` gave (BM25 ignores their order), without segmenting
    every passage again (at a million passages that takes as long as the build)."""
    index = engine.index
    tokens: list[list[str]] = [[] for _ in range(index.num_passages)]
    for term in index.vocabulary():
        ids, tf, _ = index.segments.postings(term)
        for i, n in zip(ids.tolist(), tf.tolist()):
            tokens[i].extend((term,) * n)
    return tokens


@dataclass
class Baseline:
    build_s: float
    rank_bm25_ms: float
    engine_ms: float  # in-process engine.ask on the same questions, timed beside rank_bm25
    queries: int
    search_ms: float = 0.0  # Index.search alone on those questions' terms (the part rank_bm25 does)


def measure_baseline(config: Path, cache_dir: Path, questions: list[str], repeats: int) -> Baseline:
    """rank_bm25 over the same passages' tokens, and engine.ask in-process, question by question
    in turn (so both see the same machine load)."""
    from rank_bm25 import BM25Okapi

    from bot.answer.model import AnswerSettings
    from bot.answer.query import read_question
    from bot.config import load_config
    from bot.engine import Engine

    engine = Engine.from_config(load_config(config, environ={}))
    tokenizer = engine.index.tokenizer
    candidates = AnswerSettings().candidates
    queries = [(q, query_terms(tokenizer, q)) for q in questions]
    queries = [(q, terms) for q, terms in queries if terms][:BASELINE_QUERIES]
    corpus = _passage_tokens(engine, cache_dir)
    if len(corpus) != engine.index.num_passages:
        raise RuntimeError(f"baseline: {len(corpus)} token lists for {engine.index.num_passages} passages")
    params = engine.index.settings.bm25
    started = time.perf_counter()
    plain = BM25Okapi(corpus, k1=params.k1, b=params.b, epsilon=params.epsilon)
    build_s = time.perf_counter() - started
    del corpus
    for q, terms in queries[:3]:  # warm up both (the engine's lazy tables, as in a running bot)
        engine.ask(q)
        plain.get_scores(terms)
    for q, _ in queries:
        engine.ask(q)

    base: list[float] = []
    ours: list[float] = []
    searched: list[float] = []
    for q, terms in queries:
        weighted = read_question(engine.index, q).terms
        b_times, e_times, s_times = [], [], []
        for _ in range(repeats):
            t = time.perf_counter()
            plain.get_scores(terms)
            b_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            engine.ask(q)
            e_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            engine.index.search(weighted, candidates)
            s_times.append(time.perf_counter() - t)
        base.append(statistics.median(b_times) * 1000)
        ours.append(statistics.median(e_times) * 1000)
        searched.append(statistics.median(s_times) * 1000)
    del plain, engine
    gc.collect()
    return Baseline(build_s, statistics.median(base), statistics.median(ours), len(queries), statistics.median(searched))


# --------------------------------------------------------------------------- one size


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


@dataclass
class SizeResult:
    passages: int
    cold_s: float
    warm_s: float
    added_s: float
    named_s: float | None
    mean_ms: float
    median_ms: float
    p99_ms: float
    baseline: Baseline
    rss_mb: float


@dataclass
class Served:
    """One run of the 1,000 questions through `ask --json`."""

    gaps: list[float]  # ms between successive answers
    mean_ms: float
    run: ChildRun


def _write_config(folder: Path) -> Path:
    config = folder / "config.yaml"
    config.write_text(
        "# written by tests/bench/scale.py\n"
        "corpus:\n  path: corpus\n"
        "index:\n  cache_dir: cache\n"
        "logging:\n  level: WARNING\n",
        encoding="utf-8",
    )
    return config


def _serve(config: Path, stdin_path: Path) -> Served:
    run = _checked(run_bot(config, stdin_path=stdin_path), "1,000 questions", QUESTIONS + 1)
    gaps = [(b - a) * 1000 for a, b in zip(run.stamps, run.stamps[1:])]
    return Served(gaps, (run.stamps[-1] - run.stamps[0]) * 1000 / len(gaps), run)


def _row(label: str, seconds: float, note: str) -> None:
    print(f"  {label:<62}{seconds:8.2f} s    {note}", flush=True)


def _start(config: Path, probe: str, what: str) -> ChildRun:
    return _checked(run_bot(config, probe), what)


def measure_size(root: Path, size: int, lexicon: Lexicon, quick: bool) -> SizeResult:
    folder = root / f"n{size}"
    started = time.perf_counter()
    archive = generate_archive(folder / "corpus", size, SEED, lexicon)
    generated_s = time.perf_counter() - started
    asked = make_questions(archive, QUESTIONS)
    questions = [q for q, _ in asked]
    config = _write_config(folder)
    probe = questions[0]
    print(f"\n== scale: {archive.passages:,} passages ({archive.documents:,} documents × {PARAGRAPHS_PER_DOC} "
          f"paragraphs, {archive.chars / 1e6:.1f} M characters, generated in {generated_s:.1f} s; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)", flush=True)

    cold = _start(config, probe, "cold build")
    _row("cold build: first `ask`, empty cache → answer", cold.first_line, f"peak RSS {cold.max_rss_mb:5.0f} MB")

    warm_runs = [_start(config, probe, "warm start") for _ in range(3 if quick else 5)]
    warm = statistics.median(r.first_line for r in warm_runs)
    warm_rss = max(r.max_rss_mb for r in warm_runs)
    _row(f"warm start: cache warm → answer, median of {len(warm_runs)}", warm,
         f"peak RSS {warm_rss:5.0f} MB   [target ≤ {TARGET_WARM_S:g} s]")

    stdin_path = folder / "questions.txt"
    stdin_path.write_text("\n".join([probe, *questions]) + "\n", encoding="utf-8")
    runs = sorted((_serve(config, stdin_path) for _ in range(1 if quick else 3)), key=lambda r: r.mean_ms)
    served = runs[len(runs) // 2]
    gaps = served.gaps
    slowest = max(range(len(gaps)), key=gaps.__getitem__)
    answers = [json.loads(line) for line in served.run.lines[1:]]
    found = sum(1 for a in answers if a["passages"])
    figure_qs = [(a, expected) for a, (_, expected) in zip(answers, asked) if expected]
    right = sum(1 for a, expected in figure_qs if a["answer"] in expected)
    means = ", ".join(f"{r.mean_ms:.2f}" for r in runs)
    print(f"  per question through the engine: `ask --json`, {len(gaps):,} questions on stdin, the gaps between "
          f"JSON lines" + (f" (median run of {len(runs)} by mean: {means} ms)" if len(runs) > 1 else ""))
    print(f"      mean {served.mean_ms:6.2f} ms   median {statistics.median(gaps):6.2f} ms   "
          f"p99 {_quantile(gaps, 0.99):6.2f} ms   [target mean ≤ {TARGET_MEAN_MS:g} ms at {TARGET_SIZE:,}]")
    print(f"      slowest: question {slowest + 1}, {gaps[slowest]:.0f} ms; mean without it "
          f"{(sum(gaps) - gaps[slowest]) / (len(gaps) - 1):.2f} ms (once per process, the first question naming "
          f"a word the corpus lacks loads CC-CEDICT for the proper-name check, ~0.3 s alone: `ask` loads nothing ahead)")
    print(f"      passages found for {found:,} of {len(answers):,}; a planted figure answered {right:,} of "
          f"{len(figure_qs):,} figure questions (synthetic text: a sanity check, not accuracy); "
          f"peak RSS {served.run.max_rss_mb:.0f} MB", flush=True)

    base = measure_baseline(config, folder / "cache", questions, repeats=3 if size <= 10_000 else 1)
    print(f"  baseline, same run: rank_bm25 BM25Okapi.get_scores, median of {base.queries} questions "
          f"{base.rank_bm25_ms:8.2f} ms    (BM25Okapi built in {base.build_s:.1f} s)")
    print(f"      rank_bm25 / engine: {base.rank_bm25_ms / served.mean_ms:6.1f}x the mean per question above; "
          f"{base.rank_bm25_ms / base.engine_ms:6.1f}x in-process engine.ask timed beside it "
          f"({base.engine_ms:.2f} ms)   [target ≥ {TARGET_RATIO:g}x, aim {AIM_RATIO:g}x]", flush=True)

    # Each start after an addition is paired with the warm start right after it (same load).
    added_runs: list[tuple[float, float]] = []
    for i in range(1 if quick else 3):
        (folder / "corpus" / f"zz-added-{i:02d}.txt").write_text(added_document(lexicon, i), encoding="utf-8")
        took = _start(config, probe, "added document").first_line
        added_runs.append((took, took - _start(config, probe, "warm start").first_line))
    added = statistics.median(t for t, _ in added_runs)
    added_delta = statistics.median(d for _, d in added_runs)
    _row(f"one added document (100 paragraphs) → answer, median of {len(added_runs)}", added,
         f"= warm start {added_delta:+.2f} s   [target ≤ warm start + {TARGET_ADDED_S:g} s]")

    (folder / "corpus" / "zz-added-named.txt").write_text(
        added_document(lexicon, 99, new_named_term=True), encoding="utf-8")
    named = _start(config, probe, "added document with a new named term").first_line
    named_delta = named - _start(config, probe, "warm start").first_line
    _row("one added document quoting a new named term → answer", named,
         f"= warm start {named_delta:+.2f} s   (only documents containing the new term are re-segmented)")

    return SizeResult(size, cold.first_line, warm, added_delta, named_delta, served.mean_ms,
                      statistics.median(gaps), _quantile(gaps, 0.99), base,
                      max(cold.max_rss_mb, warm_rss, served.run.max_rss_mb))


# --------------------------------------------------------------------------- the section


def run(quick: bool = False) -> None:
    sizes = QUICK_SIZES if quick else SIZES
    started = time.perf_counter()
    lexicon = Lexicon()
    root = Path(tempfile.mkdtemp(prefix="zhqa-bench-scale-"))
    results: list[SizeResult] = []
    try:
        for size in sizes:
            try:
                results.append(measure_size(root, size, lexicon, quick))
            except (RuntimeError, OSError, subprocess.SubprocessError, ValueError) as exc:
                print(f"  FAILED at {size:,} passages: {exc}", flush=True)
            shutil.rmtree(root / f"n{size}", ignore_errors=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)

    print(f"\n== scale summary ({time.perf_counter() - started:.0f} s; targets at {TARGET_SIZE:,} passages)")
    print(f"  {'passages':>9} {'cold build':>11} {'warm start':>11} {'+1 doc':>8} {'+1 doc, new term':>17} "
          f"{'mean/q':>9} {'median/q':>9} {'p99/q':>9} {'rank_bm25/q':>12} {'ratio':>7} {'peak RSS':>9}")
    for r in results:
        print(f"  {r.passages:>9,} {r.cold_s:>9.2f} s {r.warm_s:>9.2f} s {r.added_s:>+6.2f} s {r.named_s:>+15.2f} s "
              f"{r.mean_ms:>6.2f} ms {r.median_ms:>6.2f} ms {r.p99_ms:>6.2f} ms {r.baseline.rank_bm25_ms:>9.2f} ms "
              f"{r.baseline.rank_bm25_ms / r.mean_ms:>6.1f}x {r.rss_mb:>6.0f} MB")
    big = next((r for r in results if r.passages == TARGET_SIZE), None)
    if big is None:
        print(f"  (quick: {TARGET_SIZE:,} passages not measured; `make bench` measures it)")
        return
    ratio = big.baseline.rank_bm25_ms / big.mean_ms
    checks = [
        (f"mean per question ≤ {TARGET_MEAN_MS:g} ms", big.mean_ms <= TARGET_MEAN_MS, f"{big.mean_ms:.2f} ms"),
        (f"≥ {TARGET_RATIO:g}x rank_bm25 (aim {AIM_RATIO:g}x)", ratio >= TARGET_RATIO, f"{ratio:.1f}x"),
        (f"warm start ≤ {TARGET_WARM_S:g} s", big.warm_s <= TARGET_WARM_S, f"{big.warm_s:.2f} s"),
        (f"added document ≤ warm + {TARGET_ADDED_S:g} s", big.added_s <= TARGET_ADDED_S, f"{big.added_s:+.2f} s"),
        (f"... quoting a new named term ≤ warm + {TARGET_ADDED_S:g} s", (big.named_s or 0) <= TARGET_ADDED_S,
         f"{big.named_s:+.2f} s"),
    ]
    for label, ok, value in checks:
        print(f"  {'met   ' if ok else 'MISSED'} {label:<46} {value}")
