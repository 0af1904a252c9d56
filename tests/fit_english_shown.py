"""Measure whether an English *shown* model, fitted on the English dev sets, would beat the shown
model fitted on Chinese data (:mod:`bot.answer.decide`) -- the eng60s study (docs/evaluation.md, "Thirty-sixth session (issue 13)").

``python -m tests.fit_english_shown [CACHE.json]`` -- asks every wholly English question of every
English dev set three times: as the engine decides now, with the shown model forced to say yes,
and forced to say no (everything after it -- ``count_found``, the later gates -- unchanged), keeps
the shown model's inputs and what the English path knows (how surely the question was understood,
the best candidate's rank features), then fits a logistic model on the even-numbered sets and
reports it on the odd-numbered ones, the other way round, and on all. Two forms:

- **replace**: the English model decides alone, its threshold the lowest showing no more
  negatives than now on the sets it was fitted on;
- **rescue**: it can only show what the Chinese model declines, its threshold above every
  negative of the sets it was fitted on (the project loses no question).

Only the questions whose outcome the decision changes (forced yes ≠ forced no) are fitted on.
``CACHE.json``: the questions' measures, written on the first run and read on the next ones. The
sets of ``tests/data/FROZEN`` are never asked. Nothing is written to ``bot/answer/fitted.py``: at
6218807 neither form helped the held-out half (see the docs section).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from bot.answer import consider
from bot.answer.decide import FITTED, Models, Signals, probability
from bot.answer.english.basics import wholly_english
from bot.answer.model import WeightedWord
from tests.census import DATA, Census, frozen_sets
from tests.evaluation import judge, load_questions

FEATURES = (
    "window", "unknown", "heading", "margin", "document", "sure", "cover", "fit", "lacks", "bm25", "untranslated", "known",
)
_FORCED: dict[str, bool | None] = {"shown": None}
_IS_SHOWN = Models.is_shown


def _is_shown(self: Models, signals: Signals) -> bool:
    forced = _FORCED["shown"]
    return _IS_SHOWN(self, signals) if forced is None else forced


def dev_sets() -> list[str]:
    frozen = frozen_sets()
    return [path.stem for path in sorted(DATA.glob("english*.jsonl")) if path.stem not in frozen]


def measure() -> list[dict]:
    """Every wholly English dev question: its outcome now, forced shown and forced not shown
    (first passage right, figure right, anything shown), and the features of its decision."""
    Models.is_shown = _is_shown  # type: ignore[method-assign]
    census, rows = Census(), []
    try:
        for name in dev_sets():
            engine = census.engine(name)
            for item in load_questions(DATA / f"{name}.jsonl"):
                if not wholly_english(item["q"]):
                    continue
                row: dict = {"set": name, "q": item["q"], "neg": item["passage"] is None}
                for forced, key in ((None, "now"), (True, "yes"), (False, "no")):
                    _FORCED["shown"] = forced
                    considered = consider(engine._index, item["q"], engine._answer_settings)
                    outcome = judge(item, considered.answer)
                    row[key] = [outcome.passage_ok, outcome.answer_ok, bool(considered.answer.results)]
                    if forced and considered.signals is not None:
                        best = considered.candidates[0]
                        row["features"] = vars(considered.signals) | {
                            "sure": considered.query.english_sure, "cover": best.features.cover,
                            "fit": best.features.fit, "lacks": best.features.lacks, "bm25": best.features.bm25,
                        }
                        untranslated = _untranslated(considered.query.words)
                        row["features"] |= {
                            "untranslated": untranslated,
                            "known": min(1.0, considered.signals.window / max(1e-6, 1.0 - untranslated)),
                        }
                        row["p"] = probability(considered.signals, FITTED.shown)
                rows.append(row)
            print(name, len(rows), flush=True)
    finally:
        _FORCED["shown"] = None
        Models.is_shown = _IS_SHOWN  # type: ignore[method-assign]
    return rows


def _untranslated(words: Sequence[WeightedWord]) -> float:
    """The share of the question's weight in English words no translation was found for (kept
    as written, searched as such): what the documents seem to lack of it, as far as it was read."""
    total = sum(w.weight for w in words)
    lost = sum(w.weight for w in words if w.pos == "eng" and all(v.isascii() for v in w.variants))
    return lost / total if total else 0.0


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method; the bias last, not regularised."""
    x1 = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x1.shape[1])
    penalty = l2 * np.r_[np.ones(len(w) - 1), 0.0]
    for _ in range(50):
        p = 1 / (1 + np.exp(-x1 @ w))
        gradient = x1.T @ (p - y) + penalty * w
        hessian = (x1 * (p * (1 - p))[:, None]).T @ x1 + np.diag(penalty)
        w -= np.linalg.solve(hessian, gradient)
    return w


def _x(rows: Sequence[dict]) -> np.ndarray:
    return np.array([[r["features"][f] for f in FEATURES] for r in rows])


def tally(rows: Sequence[dict], shown: Sequence[bool]) -> dict[str, int]:
    """Answerable questions gained and lost (first passage), negatives lost and gained (something
    shown), against now."""
    out = {"gained": 0, "lost": 0, "negatives lost": 0, "negatives gained": 0}
    for row, yes in zip(rows, shown):
        new = row["yes"] if yes else row["no"]
        if row["neg"]:
            out["negatives lost"] += new[2] and not row["now"][2]
            out["negatives gained"] += row["now"][2] and not new[2]
        else:
            out["gained"] += new[0] and not row["now"][0]
            out["lost"] += row["now"][0] and not new[0]
    return out


def study(rows: Sequence[dict], form: str, half: Callable[[dict], int]) -> None:
    chosen = [r for r in rows if "features" in r and r["yes"] != r["no"] and (form == "replace" or r["now"] == r["no"])]
    even = [r for r in chosen if half(r) == 0]
    odd = [r for r in chosen if half(r) == 1]
    for train, test, label in ((even, odd, "fit even, report odd"), (odd, even, "fit odd, report even"), (chosen, chosen, "all")):
        fitted_on = [r for r in train if r["neg"] or r["yes"][0]]  # a wrong passage shown or not: no matter
        y = np.array([0.0 if r["neg"] else 1.0 for r in fitted_on])
        w = fit(_x(fitted_on), y)
        z = np.hstack([_x(train), np.ones((len(train), 1))]) @ w
        negatives = [s for r, s in zip(train, z) if r["neg"] and r["yes"][2]]
        if form == "rescue":
            at = max(negatives, default=0.0) + 1e-6
        else:  # the lowest threshold showing no more negatives than now
            now = sum(r["now"][2] for r in train if r["neg"])
            at = next(t for t in sorted(z) if sum(s >= t for s in negatives) <= now)
        zt = np.hstack([_x(test), np.ones((len(test), 1))]) @ w
        coefficients = ", ".join(f"{n} {v:.2f}" for n, v in zip((*FEATURES, "bias"), w))
        print(f"{form}, {label}: {coefficients}; threshold {at:.3f}")
        print(f"  fitted on: {tally(train, z >= at)}")
        print(f"  reported:  {tally(test, zt >= at)}")


def _half(row: dict) -> int:
    number = re.search(r"(\d+)$", row["set"])
    return int(number.group(1)) % 2 if number else 1


def main(argv: Sequence[str]) -> int:
    cache = Path(argv[0]) if argv else None
    if cache is not None and cache.exists():
        rows = json.loads(cache.read_text(encoding="utf-8"))
    else:
        rows = measure()
        if cache is not None:
            cache.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    decided = [r for r in rows if "features" in r and r["yes"] != r["no"]]
    print(f"{len(rows)} English dev questions; the shown decision changes the outcome of {len(decided)}:")
    print(f"  answerable right if shown, declined now: {sum(1 for r in decided if not r['neg'] and r['yes'][0] and r['now'] == r['no'])}")
    print(f"  negatives declined now, shown if forced: {sum(1 for r in decided if r['neg'] and r['now'] == r['no'])}")
    for form in ("replace", "rescue"):
        study(rows, form, _half)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
