"""Answer quality on real documents nobody here wrote: the external reading-comprehension sets.

``python -m tests.eval_external [SET.json ...] [--baseline] [--show N] [--only dev|frozen]``
(``make eval`` runs it on both sets with the baseline, then the article's question sets).

Each set (SQuAD-style JSON, ``tests/data/external/``) is loaded as a corpus of many documents and
every question asked in-process through :meth:`Engine.ask`, judged on its ``ask --json`` form
exactly as the outside scorer judges the CLI's output (the scorer's definitions):

- **answerable** (every article loaded): nothing returned; right document first; gold answer text
  (script-normalised, spaces removed) in the first passage / the first three; hedged (passages
  shown, not confident). **Figure questions** (多少/幾/何時/哪一年…, gold has a digit): the direct
  answer contains the gold text or is contained in it.
- **other script**: the same questions converted to the other script (OpenCC): gold in the first three.
- **unanswerable**: the odd-numbered articles removed, their questions asked: a passage list shown
  *confidently* without the gold answer is a false answer.
- **off-topic**: every question against the shipped corpus (``config.yaml``): anything shown.

Articles with ``index % 4 == 3`` are *frozen*: reported separately, their failures never shown.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import opencc

from bot.config import load_config
from bot.engine import Engine
from bot.format import answer_to_json

ROOT = Path(__file__).resolve().parents[1]
EXTERNAL = ROOT / "tests" / "data" / "external"
SETS = (EXTERNAL / "drcd-dev.json", EXTERNAL / "cmrc2018-trial.json")
WORK = ROOT / ".cache" / "eval"
FIGURE_Q = re.compile(r"多少|幾|几|哪一年|哪年|何時|何时|什麼時候|什么时候")
_T2S, _S2T = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def is_frozen(article: int) -> bool:
    """The held-back quarter of each set's articles (see tests/data/external/README.md)."""
    return article % 4 == 3


@dataclass(frozen=True)
class Question:
    q: str
    doc: str
    article: int
    answers: tuple[str, ...]

    @property
    def is_figure(self) -> bool:
        return bool(FIGURE_Q.search(self.q)) and any(re.search(r"\d", a) for a in self.answers)


@dataclass(frozen=True)
class Measures:
    """Percentages of the scorer's table (``figure`` over figure questions, ``false`` over the
    unanswerable ones), with the counts they are over."""

    questions: int
    nothing: float
    doc1: float
    gold1: float
    gold3: float
    hedged: float
    figure_questions: int
    figure: float
    cross3: float
    unanswerable: int
    false: float
    offtopic: float

    def line(self) -> str:
        return (
            f"nothing {self.nothing:.1f}%  doc1 {self.doc1:.1f}%  gold1 {self.gold1:.1f}%  "
            f"top3 {self.gold3:.1f}%  hedged {self.hedged:.1f}%  figure {self.figure:.1f}% "
            f"(of {self.figure_questions})  cross3 {self.cross3:.1f}%  false {self.false:.1f}% "
            f"(of {self.unanswerable})  off-topic {self.offtopic:.1f}%  [{self.questions} q]"
        )


def norm(text: str) -> str:
    return re.sub(r"\s+", "", _T2S.convert(text))


def load_set(path: Path) -> tuple[list[dict], list[Question]]:
    """The set's articles and its answerable questions (as the outside scorer reads them)."""
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    questions = []
    for i, article in enumerate(data):
        for paragraph in article["paragraphs"]:
            for qa in paragraph["qas"]:
                answers = tuple(sorted({a["text"].strip() for a in qa["answers"] if a["text"].strip()}))
                question = qa["question"].replace("\n", " ").strip()
                if answers and question:
                    questions.append(Question(question, f"{i:04d}.txt", i, answers))
    return data, questions


def write_corpus(articles: Sequence[dict], root: Path, keep: Callable[[int], bool]) -> Path:
    """One document per kept article, as the scorer writes them; returns the config file."""
    corpus = root / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for i, article in enumerate(articles):
        if keep(i):
            body = "\n\n".join(p["context"].strip() for p in article["paragraphs"])
            title = (article.get("title") or body[:12]).strip()
            path = corpus / f"{i:04d}.txt"
            text = f"{title}\n\n{body}\n"
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
            wanted.add(path.name)
    for stale in corpus.glob("*.txt"):
        if stale.name not in wanted:
            stale.unlink()
    config = root / "config.yaml"
    config.write_text("corpus:\n  path: corpus\nindex:\n  cache_dir: cache\nlogging:\n  level: WARNING\n")
    return config


def engine_for(config_path: Path) -> Engine:
    return Engine.from_config(load_config(config_path, environ={}))


def ask_all(engine: Engine, questions: Iterable[str]) -> list[dict]:
    return [answer_to_json(engine.ask(q, count=False)) for q in questions]


def shown(out: dict) -> bool:
    return bool(out.get("passages"))


def confident(out: dict) -> bool:
    return shown(out) and out.get("confident", True) is not False


def gold_in(out: dict, answers: Sequence[str], k: int) -> bool:
    texts = [norm(p.get("text", "")) for p in (out.get("passages") or [])[:k]]
    return any(norm(a) in t for a in answers for t in texts)


def figure_ok(out: dict, answers: Sequence[str]) -> bool:
    got = out.get("answer")
    if not got:
        return False
    g = norm(got)
    return any(norm(a) in g or g in norm(a) for a in answers)


@dataclass(frozen=True)
class Run:
    """Every answer of one set: answerable, other script, unanswerable, off-topic."""

    questions: list[Question]
    full: list[dict]
    other: list[dict]
    half: dict[int, dict]  # question position → answer with half the articles
    offtopic: list[dict]
    seconds: float


def run_set(path: Path, shipped: Engine, offtopic: bool = True) -> Run:
    articles, questions = load_set(path)
    started = time.perf_counter()
    full = engine_for(write_corpus(articles, WORK / path.stem / "full", lambda i: True))
    half = engine_for(write_corpus(articles, WORK / path.stem / "half", lambda i: i % 2 == 0))
    traditional = sum(_T2S.convert(q.q) != q.q for q in questions) > len(questions) / 3
    convert = _T2S if traditional else _S2T
    outs = ask_all(full, (q.q for q in questions))
    other = ask_all(full, (convert.convert(q.q) for q in questions))
    negatives = [n for n, q in enumerate(questions) if q.article % 2 == 1]
    half_outs = dict(zip(negatives, ask_all(half, (questions[n].q for n in negatives))))
    off = ask_all(shipped, (q.q for q in questions)) if offtopic else []
    return Run(questions, outs, other, half_outs, off, time.perf_counter() - started)


def measure(run: Run, keep: Callable[[Question], bool] = lambda q: True) -> Measures:
    rows = [n for n, q in enumerate(run.questions) if keep(q)]
    qs, outs = run.questions, run.full
    pct = lambda a, b: 100.0 * a / b if b else 0.0  # noqa: E731
    figs = [n for n in rows if qs[n].is_figure]
    negs = [n for n in rows if n in run.half]
    return Measures(
        questions=len(rows),
        nothing=pct(sum(not shown(outs[n]) for n in rows), len(rows)),
        doc1=pct(sum(shown(outs[n]) and outs[n]["passages"][0]["doc"] == qs[n].doc for n in rows), len(rows)),
        gold1=pct(sum(gold_in(outs[n], qs[n].answers, 1) for n in rows), len(rows)),
        gold3=pct(sum(gold_in(outs[n], qs[n].answers, 3) for n in rows), len(rows)),
        hedged=pct(sum(shown(outs[n]) and not confident(outs[n]) for n in rows), len(rows)),
        figure_questions=len(figs),
        figure=pct(sum(figure_ok(outs[n], qs[n].answers) for n in figs), len(figs)),
        cross3=pct(sum(gold_in(run.other[n], qs[n].answers, 3) for n in rows), len(rows)),
        unanswerable=len(negs),
        false=pct(sum(confident(run.half[n]) and not gold_in(run.half[n], qs[n].answers, 3) for n in negs), len(negs)),
        offtopic=pct(sum(shown(run.offtopic[n]) for n in rows), len(rows)) if run.offtopic else 0.0,
    )


def failures(run: Run, limit: int) -> list[str]:
    """Dev-article questions without the gold answer in the first three (never frozen ones)."""
    lines: list[str] = []
    for n, q in enumerate(run.questions):
        if len(lines) >= limit:
            break
        if is_frozen(q.article) or gold_in(run.full[n], q.answers, 3):
            continue
        out = run.full[n]
        got = "nothing" if not shown(out) else f"{out['passages'][0]['doc']} {out['passages'][0]['text'][:50]}"
        lines.append(f"  MISS {q.q} | want {q.answers[0][:40]} ({q.doc}) | got {got}")
    return lines


def baseline(path: Path) -> str:
    """The design card taken literally: ``jieba.lcut`` + ``BM25Okapi`` over ~160-character passages."""
    import jieba
    from rank_bm25 import BM25Okapi

    jieba.setLogLevel(60)
    articles, questions = load_set(path)
    units: list[tuple[str, str]] = []
    for i, article in enumerate(articles):
        for paragraph in article["paragraphs"]:
            current = ""
            for sentence in re.findall(r"[^。！？；]*[。！？；]?", paragraph["context"]):
                if sentence and current and len(current) + len(sentence) > 160:
                    units.append((f"{i:04d}.txt", current))
                    current = ""
                current += sentence
            if current:
                units.append((f"{i:04d}.txt", current))
    punct = re.compile(r"^[\W_]+$")

    def tokens(text: str) -> list[str]:
        return [w for w in jieba.lcut(text) if w.strip() and not punct.match(w)]

    bm25 = BM25Okapi([tokens(u[1]) for u in units])
    doc1 = top3 = 0
    for q in questions:
        scores = bm25.get_scores(tokens(q.q))
        top = sorted(range(len(scores)), key=lambda j: -scores[j])[:3]
        doc1 += units[top[0]][0] == q.doc
        top3 += any(norm(a) in norm(units[j][1]) for a in q.answers for j in top)
    n = len(questions)
    return f"baseline (jieba.lcut + BM25Okapi, always answers): doc1 {100 * doc1 / n:.1f}%, top3 {100 * top3 / n:.1f}%"


def article_sets(engine: Engine) -> list[str]:
    """Totals of every question set in tests/data: over the shipped article, or with the extra
    documents a set is about (``<set>_docs/`` beside it) added to it."""
    from tests.evaluation import judge, load_questions

    lines = []
    data = ROOT / "tests" / "data"
    for path in sorted(data.glob("*.jsonl")):
        docs = data / f"{path.stem}_docs"
        asking = engine_with_documents(docs) if docs.is_dir() else engine
        outcomes = [judge(item, asking.ask(item["q"], count=False)) for item in load_questions(path)]
        n = len(outcomes)
        where = f" (+ {docs.name}/)" if docs.is_dir() else ""
        lines.append(
            f"  {path.name}{where}: first passage {sum(o.passage_ok for o in outcomes)}/{n}, "
            f"direct answer {sum(o.answer_ok for o in outcomes)}/{n}"
        )
    return lines


def engine_with_documents(docs: Path) -> Engine:
    """An engine over the shipped article and the documents in ``docs``."""
    root = WORK / f"article+{docs.name}"
    corpus = root / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    wanted = {p.name: p for p in [*(ROOT / "corpus" / "documents").glob("*.txt"), *docs.glob("*.txt")]}
    for stale in corpus.glob("*.txt"):
        if stale.name not in wanted:
            stale.unlink()
    for name, source in wanted.items():
        target = corpus / name
        if not target.exists() or target.read_bytes() != source.read_bytes():
            target.write_bytes(source.read_bytes())
    config = root / "config.yaml"
    config.write_text("corpus:\n  path: corpus\nindex:\n  cache_dir: cache\nlogging:\n  level: WARNING\n")
    return engine_for(config)


def main(argv: Sequence[str]) -> int:
    args = list(argv)
    show = int(args[args.index("--show") + 1]) if "--show" in args else 0
    paths = [Path(a) for a in args if a.endswith(".json")] or list(SETS)
    shipped = Engine.from_config(load_config(ROOT / "config.yaml", environ={}))
    for path in paths:
        run = run_set(path, shipped)
        print(f"{path.name}: {len(run.questions)} questions, {run.seconds:.0f} s")
        print("  all     " + measure(run).line())
        print("  dev     " + measure(run, lambda q: not is_frozen(q.article)).line())
        print("  frozen  " + measure(run, lambda q: is_frozen(q.article)).line())
        if "--baseline" in args:
            print("  " + baseline(path))
        for line in failures(run, show):
            print(line)
    print("article question sets (tests/data/*.jsonl):")
    for line in article_sets(shipped):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
