"""Fit the answering models (:mod:`bot.answer.decide`) and write :mod:`bot.answer.fitted`.

``python -m tests.fit_answering [--thresholds] [--write]`` -- prints what it fitted and how the dev
data score with it; ``--write`` also rewrites ``bot/answer/fitted.py`` (review the diff before
committing); ``--thresholds`` keeps the fitted coefficients and sets only the two thresholds by the
trade-off below.

Data (all development data; the frozen articles and sets are never used):

- the external sets' *dev* articles (``tests/data/external``: every article with
  ``index % 4 != 3``): answerable questions over every article; the questions of the
  odd-numbered articles with those removed (unanswerable); every question against the shipped
  article (off-topic);
- the article's question sets ``questions.jsonl``, ``questions_heldout.jsonl`` and ``questions_dev2.jsonl``.

Models (L2-regularised; the rank model a conditional logit over each question's candidates,
fitted with SciPy's L-BFGS; the other two logistic regressions by Newton's method):

1. **rank** -- one row per candidate passage: its features, and whether what is shown of it
   holds the gold answer (external) or the expected passage text (article sets).
2. **shown** -- one row per question: answerable questions (1) against off-topic questions and
   the article's negatives (0). Threshold: off-topic questions shown at most ``OFFTOPIC_SHOWN``.
3. **confident** -- one row per shown question: the gold answer in the first three passages (1)
   or not (0; the unanswerable questions are all 0 unless another article holds the answer).
   Threshold: the lowest at which at most ``FALSE_CONFIDENT`` of the unanswerable questions are
   answered confidently.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, fields, replace

import numpy as np
from scipy.optimize import minimize

from bot.answer import Considered, consider
from bot.answer.decide import FITTED, Models, RankFeatures, Signals, probability
from bot.answer.reading import Reading
from bot.answer.window import shown_text
from bot.config import load_config
from bot.engine import Engine
from tests.eval_external import (
    ROOT, SETS, WORK, Question, engine_for, is_frozen, load_set, norm, write_corpus,
)
from tests.evaluation import load_questions

OFFTOPIC_SHOWN = 0.003  # at most this share of off-topic questions may be shown
FALSE_CONFIDENT = 0.02  # at most this share of unanswerable questions answered confidently
ARTICLE_SETS = ("questions.jsonl", "questions_heldout.jsonl", "questions_dev2.jsonl")
ARTICLE_WEIGHT = 5.0  # an article question counts as this many rows (there are few of them)
FITTED_PATH = ROOT / "bot" / "answer" / "fitted.py"


@dataclass(frozen=True)
class Case:
    """One question asked: what it wants (``gold`` texts; none for a negative) and where."""

    question: str
    gold: tuple[str, ...]
    group: str  # answerable, unanswerable, offtopic, article, article-negative
    weight: float = 1.0


def cases_and_engines() -> list[tuple[Engine, list[Case]]]:
    shipped = Engine.from_config(load_config(ROOT / "config.yaml", environ={}))
    out: list[tuple[Engine, list[Case]]] = []
    for path in SETS:
        articles, questions = load_set(path)
        dev = [q for q in questions if not is_frozen(q.article)]
        full = engine_for(write_corpus(articles, WORK / path.stem / "full", lambda i: True))
        half = engine_for(write_corpus(articles, WORK / path.stem / "half", lambda i: i % 2 == 0))
        out.append((full, [_case(q, "answerable") for q in dev]))
        out.append((half, [_case(q, "unanswerable") for q in dev if q.article % 2 == 1]))
        out.append((shipped, [Case(q.q, (), "offtopic") for q in dev]))
    article: list[Case] = []
    for name in ARTICLE_SETS:
        for item in load_questions(ROOT / "tests" / "data" / name):
            if _is_english(item["q"]) and item["kind"] != "mixed-english":
                continue
            gold = (item["passage"],) if item["passage"] else ()
            article.append(Case(item["q"], gold, "article" if gold else "article-negative", ARTICLE_WEIGHT))
    out.append((shipped, article))
    return out


def _case(q: Question, group: str) -> Case:
    return Case(q.q, q.answers, group)


def _is_english(text: str) -> bool:
    return not any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _holds(text: str, case: Case) -> bool:
    if case.group.startswith("article"):
        return any(g in text for g in case.gold)
    t = norm(text)
    return any(norm(g) in t for g in case.gold)


@dataclass(frozen=True)
class Asked:
    case: Case
    considered: Considered
    labels: tuple[bool, ...]  # per candidate: what is shown of it holds the gold
    top3: bool  # the answer's first three passages hold the gold


def ask_all(runs: Sequence[tuple[Engine, list[Case]]], models: Models) -> list[Asked]:
    out = []
    for engine, cases in runs:
        index = engine.index
        reading = Reading(index)
        for case in cases:
            considered = consider(index, case.question, models=models)
            labels = tuple(
                bool(case.gold) and _holds(shown_text(reading, c.evidence.id, c.evidence.first, c.evidence.last).text, case)
                for c in considered.candidates
            )
            top3 = bool(case.gold) and any(_holds(r.text, case) for r in considered.answer.results[:3])
            out.append(Asked(case, considered, labels, top3))
    return out


def logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray | None = None, l2: float = 1e-2) -> np.ndarray:
    """Weights (last: bias) of an L2-regularised logistic regression, by Newton's method."""
    w = np.ones(len(y)) if w is None else w
    xb = np.hstack([x, np.ones((len(x), 1))])
    beta = np.zeros(xb.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ beta, -30, 30)))
        grad = xb.T @ (w * (p - y)) + l2 * beta
        hess = xb.T @ (xb * (w * p * (1 - p))[:, None]) + l2 * np.eye(len(beta))
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


def _model(names: Sequence[str], beta: np.ndarray) -> dict[str, float]:
    out = {name: round(float(b), 4) for name, b in zip(names, beta)}
    out["bias"] = round(float(beta[-1]), 4)
    return out


def fit_rank(asked: Sequence[Asked], l2: float = 1e-2) -> dict[str, float]:
    """A conditional logit over each question's candidates: the probability that a candidate is
    one whose shown text holds the gold is softmax(score) among the question's candidates."""
    names = [f.name for f in fields(RankFeatures)]
    groups = []
    for a in asked:
        if a.case.group not in ("answerable", "article") or not any(a.labels) or all(a.labels):
            continue
        x = np.array([[getattr(c.features, n) for n in names] for c in a.considered.candidates])
        groups.append((x, np.array(a.labels, dtype=float), a.case.weight))

    def loss(beta: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = 0.5 * l2 * beta @ beta, l2 * beta
        for x, y, w in groups:
            s = x @ beta
            s -= s.max()
            e = np.exp(s)
            p_all = e / e.sum()
            p_pos = (e * y) / (e * y).sum()
            total -= w * (np.log((e * y).sum()) - np.log(e.sum()))
            grad = grad - w * (p_pos @ x - p_all @ x)
        return total, grad

    beta = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B").x
    return {name: round(float(b), 4) for name, b in zip(names, beta)}


def _signals(a: Asked) -> list[float] | None:
    s = a.considered.signals
    return None if s is None else list(asdict(s).values())


def fit_shown(asked: Sequence[Asked]) -> tuple[dict[str, float], float]:
    names = ["window", "unknown", "heading"]
    rows, ys, ws, groups = [], [], [], []
    for a in asked:
        s = a.considered.signals
        if s is None:
            continue
        positive = a.case.group in ("answerable", "article")
        if not positive and a.case.group not in ("offtopic", "article-negative"):
            continue
        rows.append([getattr(s, n) for n in names])
        ys.append(float(positive))
        ws.append(a.case.weight)
        groups.append(a.case.group)
    model = _model(names, logistic(np.array(rows), np.array(ys), np.array(ws)))
    return model, shown_threshold(asked, model)


def shown_threshold(asked: Sequence[Asked], model: Mapping[str, float]) -> float:
    """The lowest threshold showing at most ``OFFTOPIC_SHOWN`` of the off-topic questions."""
    offtopic = sum(a.case.group == "offtopic" for a in asked)
    scores = sorted(
        (probability(a.considered.signals, model) for a in asked
         if a.case.group == "offtopic" and a.considered.signals is not None),
        reverse=True,
    )
    allowed = int(OFFTOPIC_SHOWN * offtopic)
    at = scores[allowed] + 1e-6 if len(scores) > allowed else 0.0
    return round(max(at, 0.05), 4)


def fit_confident(asked: Sequence[Asked], shown: Models) -> tuple[dict[str, float], float]:
    names = [f.name for f in fields(Signals)]
    rows, ys, ws = [], [], []
    for a in asked:
        s = a.considered.signals
        if s is None or not shown.is_shown(s) or a.case.group in ("offtopic", "article-negative"):
            continue
        rows.append([getattr(s, n) for n in names])
        ys.append(float(a.top3))
        ws.append(a.case.weight)
    model = _model(names, logistic(np.array(rows), np.array(ys), np.array(ws)))
    return model, confident_threshold(asked, model, shown)


def confident_threshold(asked: Sequence[Asked], model: Mapping[str, float], shown: Models) -> float:
    """The lowest threshold answering at most ``FALSE_CONFIDENT`` of the unanswerable questions
    confidently (and wrongly)."""
    unanswerable = [a for a in asked if a.case.group == "unanswerable"]
    false = sorted(
        (probability(a.considered.signals, model) for a in unanswerable
         if a.considered.signals is not None and shown.is_shown(a.considered.signals) and not a.top3),
        reverse=True,
    )
    allowed = int(FALSE_CONFIDENT * len(unanswerable))
    at = false[allowed] + 1e-6 if len(false) > allowed else 0.5
    return round(at, 4)


def report(asked: Sequence[Asked], label: str) -> None:
    def share(group: str, test) -> str:
        rows = [a for a in asked if a.case.group == group]
        return f"{100 * sum(test(a) for a in rows) / max(1, len(rows)):.1f}%"

    def shown(a: Asked) -> bool:
        return a.considered.answer.found

    def confident(a: Asked) -> bool:
        return shown(a) and a.considered.answer.confident

    print(
        f"{label}: answerable nothing {share('answerable', lambda a: not shown(a))}, "
        f"top3 {share('answerable', lambda a: a.top3)}, "
        f"hedged {share('answerable', lambda a: shown(a) and not confident(a))}; "
        f"unanswerable confident-false {share('unanswerable', lambda a: confident(a) and not a.top3)}; "
        f"off-topic shown {share('offtopic', shown)}; "
        f"article first passage {share('article', lambda a: bool(a.labels) and _first_ok(a))}, "
        f"confident {share('article', confident)}; article negatives shown {share('article-negative', shown)}"
    )


def _first_ok(a: Asked) -> bool:
    results = a.considered.answer.results
    return bool(results) and _holds(results[0].text, a.case)


def write(models: Models) -> None:
    FITTED_PATH.write_text(
        '"""Fitted coefficients of the answering models -- written by ``python -m tests.fit_answering``.\n\n'
        "Do not edit by hand: rerun the script (its docstring says on what data and with which\n"
        'trade-off), review the figures it prints, and commit this file with them.\n"""\n\n'
        f"RANK = {dict(models.rank)!r}\n"
        f"SHOWN = {dict(models.shown)!r}\n"
        f"SHOWN_AT = {models.shown_at!r}\n"
        f"CONFIDENT = {dict(models.confident)!r}\n"
        f"CONFIDENT_AT = {models.confident_at!r}\n",
        encoding="utf-8",
    )


def main(argv: Sequence[str]) -> int:
    runs = cases_and_engines()
    if "--thresholds" in argv:  # the fitted coefficients kept; only the two thresholds set anew
        asked = ask_all(runs, FITTED)
        report(asked, "with the current models")
        shown_at = shown_threshold(asked, FITTED.shown)
        models = replace(FITTED, shown_at=shown_at)
        models = replace(models, confident_at=confident_threshold(asked, FITTED.confident, models))
        print("shown at", models.shown_at, "confident at", models.confident_at)
        report(ask_all(runs, models), "with the new thresholds")
        if "--write" in argv:
            write(models)
            print(f"wrote {FITTED_PATH.relative_to(ROOT)}")
        return 0
    everything = replace(FITTED, figure_candidates=10_000, every_figure=True)
    first = ask_all(runs, everything)
    report(first, "with the current models")
    rank = fit_rank(first)
    print("rank:", rank)
    ranked = ask_all(runs, replace(FITTED, rank=rank))
    shown_model, shown_at = fit_shown(ranked)
    print("shown:", shown_model, "at", shown_at)
    partial = replace(FITTED, rank=rank, shown=shown_model, shown_at=shown_at)
    confident_model, confident_at = fit_confident(ranked, partial)
    print("confident:", confident_model, "at", confident_at)
    models = replace(partial, confident=confident_model, confident_at=confident_at)
    report(ask_all(runs, models), "with the fitted models")
    if "--write" in argv:
        write(models)
        print(f"wrote {FITTED_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
