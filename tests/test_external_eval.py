"""Regression floors on real documents: the external dev sets, measured as the outside scorer does.

The floors are the figures reached when the answering models were last fitted (docs/evaluation.md),
less a little slack; a change that loses more than that on documents nobody here wrote fails here.
``make eval`` prints the same measures with the baseline and the frozen articles apart.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.eval_external import EXTERNAL, Measures, measure, run_set

# measure: (lowest allowed, or highest allowed for the "less is better" measures)
FLOORS: dict[str, dict[str, float]] = {
    "drcd-dev": {  # reached (make eval, all 3,524 questions): 1.8 95.9 96.7 10.3 83.4 96.7 2.9 0.3
        "nothing": 2.5, "doc1": 95.0, "gold3": 95.7, "hedged": 12.0, "figure": 80.5,
        "cross3": 95.7, "false": 3.8, "offtopic": 0.7,
    },
    "cmrc2018-trial": {  # reached (1,000 questions): 2.1 97.2 96.7 4.0 89.7 96.7 3.3 0.6
        "nothing": 3.0, "doc1": 96.2, "gold3": 95.7, "hedged": 5.5, "figure": 86.5,
        "cross3": 95.7, "false": 4.5, "offtopic": 1.2,
    },
}
LESS_IS_BETTER = {"nothing", "hedged", "false", "offtopic"}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_external_dev_set_holds_its_floors(engine: Engine, name: str) -> None:
    measures: Measures = measure(run_set(EXTERNAL / f"{name}.json", engine))
    short = []
    for key, limit in FLOORS[name].items():
        value = getattr(measures, key)
        ok = value <= limit if key in LESS_IS_BETTER else value >= limit
        if not ok:
            short.append(f"{key} {value:.1f} (floor {limit})")
    assert not short, f"{name}: {measures.line()} -- short: {'; '.join(short)}"
