"""English questions asking a measured dimension ("how deep", "how heavy") whose best passage's
figure is measured in a unit of it, shown though the shown model declines the passage
(bot/answer/english/dimension_held.py)."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.dimension_held import spelled_in
from tests.conftest import engine_with

CAVES = (
    "青岩洞\n\n"
    "青岩洞于1987年被发现，1990年对游人开放，以竖井众多、洞穴沉积物类型齐全著称。"
    "在约12平方公里的范围内，至少散布着30个超过100米的竖井，其中石坑洞的深度为640米，为全区最深。\n"
)


def test_a_depth_asked_is_shown_with_a_length_beside_the_name_spelled(tmp_path: Path) -> None:
    """"Shikeng" is searched for nothing (no term), and the question says little else the
    documents hold; the figure the passage gives for it, 640米, is the length "how deep" asks,
    in the clause that spells the name (石 shi, 坑 keng): shown, as possibly related."""
    engine = engine_with(tmp_path, {"caves.txt": CAVES})
    answer = engine.ask("How deep is the Shikeng shaft?", count=False)
    assert answer.results and answer.figure is not None and answer.figure.text == "640米"


def test_a_name_spelled_nowhere_near_the_figure_stays_unsearched(tmp_path: Path) -> None:
    """A mountain no document names: the passage's lengths are no height of it."""
    engine = engine_with(tmp_path, {"caves.txt": CAVES})
    answer = engine.ask("How high is Mount Kilimanjaro?", count=False)
    assert answer.figure is None


def test_a_name_is_spelled_by_the_readings_of_a_clauses_characters() -> None:
    readings = {"石": frozenset({"shi", "dan"}), "坑": frozenset({"keng"}), "洞": frozenset({"dong"})}
    assert spelled_in(readings, "shikeng", "其中石坑洞的深度为640米")
    assert not spelled_in(readings, "shikeng", "其中石洞的深度为640米")
