""""How much ... does the garden have *today*?": among passages about as good, the one whose
figure's clause says it is of the present (*现有*茶地约1860畝) comes first when the best one says
nothing of the present (初时仅有茶地120畝, the garden's first size), which would be refused
(bot/answer/english_rates.present_first)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

GARDEN = (
    "云岫茶园\n\n"
    "云岫茶园位于崇山县云岫山南麓，以出产乌龙茶闻名，现有茶地约1860畝，是当地开垦年代较早、经营未曾长期中断的茶园之一。"
    "园区年均气温约17.6℃，年降水量约1900毫米，山间终年多雾，当地人因此称其茶为云里茶。\n\n"
    "据县志记载，清嘉庆三年，茶商苏承远携乌龙茶种入云岫山开垦茶园，初时仅有茶地120畝，"
    "所制粗茶多供寺院和集市，云岫茶园的茶地由寺僧照看。\n"
)


def test_the_figure_of_the_present_comes_first(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"garden.txt": GARDEN})
    answer = engine.ask("How large is the Yunxiu tea garden today, in mu?", count=False)
    assert answer.text is not None and answer.text.startswith("1860")
