"""An English question asking an amount per period ("per second") is answered by the figure
the texts write per that period (每秒85立方米), not by a total of another passage that the
translated words find as well (蓄水量约120万立方米)."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.rates import asked_period, per_period
from index.figures import find_figures
from tests.conftest import engine_with

CANAL = (
    "白鹭引水渠\n\n"
    "白鹭引水渠全长16公里，渠首设在白鹭河左岸，最大引水量每秒85立方米，2019年建成通水。\n\n"
    "渠道末端新建白鹭水库一座，水库蓄水量约120万立方米，兼作湿地公园，沿线另建泵站4座，抽水能力每秒12立方米。\n"
)


def test_the_period_asked() -> None:
    assert asked_period("How many cubic metres of water per second can the canal carry?") == "second"
    assert asked_period("How many visitors come each year?") == "year"
    assert asked_period("How many hours a day is it open?") is None  # a span within the day
    assert asked_period("How long is the canal?") is None


def test_a_figure_written_per_period() -> None:
    text = "最大引水量每秒85立方米，2019年建成通水，水库蓄水量约120万立方米"
    flow, _, total = find_figures(text)[:3]
    assert per_period(text, flow, "second")
    assert not per_period(text, total, "second")


def test_the_rate_asked_comes_first(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"bailu.txt": CANAL})
    answer = engine.ask("How many cubic metres of water per second can the Bailu works carry?", count=False)
    assert answer.text == "85立方米"
