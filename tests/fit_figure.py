"""Fit how sure a figure choice is (:attr:`bot.answer.figure.Choice.fit`) and print its coefficients.

``python -m tests.fit_figure [--write]`` -- ``--write`` also rewrites the ``FIT = {...}`` line of
``bot/answer/figure/__init__.py`` (review the diff; then refit the answering models,
``python -m tests.fit_answering --write``, which rank candidates with this fit).

Data: the figure questions (多少/幾/何時…, gold with a digit) of the external sets' *dev*
articles (never the frozen ones), asked of every article; one row per candidate passage whose
figure was read (the best few, :attr:`Models.figure_candidates`): the choice's features
(:meth:`Choice.features`) and whether the figure is right (the gold answer contains it or it
contains the gold answer). The fit is thus the chance that a passage's figure answers the
question -- over candidates of the right passage and of others alike, so it also says which
passage holds the answer (a rank feature), and a reply can show the best passage's figure
when its fit passes a threshold calibrated on it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence

import numpy as np

from bot.answer import consider
from bot.answer.figure import FIT, Choice, choose
from bot.answer.reading import Reading
from bot.answer.window import shown_text
from index.fields import HEADING
from tests.eval_external import ROOT, SETS, WORK, engine_for, figure_ok, is_frozen, load_set, write_corpus
from tests.fit_answering import logistic

FIGURE_PATH = ROOT / "bot" / "answer" / "figure" / "__init__.py"


def rows() -> tuple[list[Choice], list[bool]]:
    """The figure choice of every candidate passage read for a dev figure question, and whether it is right."""
    choices: list[Choice] = []
    right: list[bool] = []
    for path in SETS:
        articles, questions = load_set(path)
        index = engine_for(write_corpus(articles, WORK / path.stem / "full", lambda i: True)).index
        for q in questions:
            if is_frozen(q.article) or not q.is_figure:
                continue
            considered = consider(index, q.q)
            words: dict[str, float] = {}
            for t in considered.query.terms:
                if not t.term.startswith(HEADING):
                    words[t.term] = max(words.get(t.term, 0.0), t.weight)
            for candidate in considered.candidates:
                if candidate.figure is None:
                    continue
                ev = candidate.evidence
                reading = Reading(index)
                text = shown_text(reading, ev.id, ev.first, ev.last).text
                topic = reading.heading(ev.id)
                choice = choose(text, words, index, considered.query.info, topic)
                if choice is not None:
                    choices.append(choice)
                    right.append(figure_ok({"answer": choice.figure.text}, q.answers))
    return choices, right


def fit(choices: Sequence[Choice], right: Sequence[bool]) -> dict[str, float]:
    names = list(choices[0].features())
    x = np.array([[c.features()[n] for n in names] for c in choices])
    beta = logistic(x, np.array(right, dtype=float), l2=1e-2)
    return {**{n: round(float(b), 4) for n, b in zip(names, beta[:-1])}, "bias": round(float(beta[-1]), 4)}


def report(choices: Sequence[Choice], right: Sequence[bool], model: dict[str, float]) -> None:
    z = np.array([model["bias"] + sum(model[n] * v for n, v in c.features().items()) for c in choices])
    p = 1.0 / (1.0 + np.exp(-z))
    y = np.array(right, dtype=float)
    print(f"{len(y)} choices, {100 * y.mean():.1f}% right")
    for low in np.arange(0.0, 1.0, 0.1):
        band = (p >= low) & (p < low + 0.1)
        if band.any():
            print(f"  fit {low:.1f}-{low + 0.1:.1f}: {band.sum():4d} choices, {100 * y[band].mean():5.1f}% right")


def main(argv: Sequence[str]) -> int:
    choices, right = rows()
    model = fit(choices, right)
    print("was:", FIT)
    report(choices, right, FIT)
    print("FIT =", model)
    report(choices, right, model)
    if "--write" in argv:
        source = FIGURE_PATH.read_text(encoding="utf-8")
        source = re.sub(r"^FIT = \{.*\}$", f"FIT = {model}", source, count=1, flags=re.M)
        FIGURE_PATH.write_text(source, encoding="utf-8")
        print(f"wrote {FIGURE_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
