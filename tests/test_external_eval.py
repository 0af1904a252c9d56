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
    "drcd-dev": {
        "nothing": 2.5, "doc1": 95.0, "gold3": 94.5, "hedged": 14.0, "figure": 58.0,
        "cross3": 94.5, "false": 4.5, "offtopic": 0.8,
    },
    "cmrc2018-trial": {
        "nothing": 3.0, "doc1": 95.5, "gold3": 94.5, "hedged": 8.0, "figure": 68.0,
        "cross3": 94.5, "false": 5.0, "offtopic": 1.0,
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
