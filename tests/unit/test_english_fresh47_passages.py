"""English questions of the fresh47 study (passage side), on small invented text."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.amounts import counts_written
from index.figures import passage_figures
from tests.conftest import engine_with

_PITCHES = {"qingshui.txt": (
    "清水市社区球场建设情况\n\n"
    "本报讯 截至2025年底，清水市建成社区球场210块，其中五人制场地96块，七人制场地41块。\n\n"
    "清水市推动各区各单位出台管理制度530个，健全球场长效管护机制。\n\n"
    "今年清水市在公园、广场等85个场地新设健身器材。\n"
)}


def test_a_figure_before_zhi_names_a_format_and_counts_nothing(tmp_path: Path) -> None:
    """五人制 is five-a-side: 五人 counts neither 制 ("system") nor the pitches after it; 96块
    counts the pitches."""
    engine = engine_with(tmp_path, _PITCHES)
    index = engine.index
    text = "其中五人制场地96块，七人制场地41块。"
    figures = {f.text: f for f in passage_figures(text)}
    assert not counts_written(index, text, figures["五人"], "制")
    assert not counts_written(index, text, figures["五人"], "场地")


def test_sites_counted_with_ge_are_not_people(tmp_path: Path) -> None:
    """The sites are counted with 个 (85个场地); 五人制场地 writes 人 before them, in a format, not
    as their measure word: asked how many sites, the passage is shown with 85个, not refused as
    a count of people answered by things."""
    engine = engine_with(tmp_path, _PITCHES)
    answer = engine.ask("How many sites got new fitness equipment?", count=False)
    assert answer.results
    assert "85个" in answer.results[0].passage.text
    assert answer.figure is not None and answer.figure.text == "85个"
