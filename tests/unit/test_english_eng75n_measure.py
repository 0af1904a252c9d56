"""English round eng75n: a what-question naming a measured amount its passage gives no figure of
(small invented texts, not the sets')."""
from __future__ import annotations

from tests.conftest import engine_with

ROADS = """岚溪县山区公路安全工程

岚溪县群山环绕，全县农村公路总里程1860公里，其中山区路段1120公里。县交通运输局介绍，今年新建波形梁护栏310公里，山区公路事故明显减少。
"""


def test_a_measured_amount_no_figure_measures_gets_nothing(tmp_path) -> None:
    """"What speed limit did Lanxi county set for its mountain roads?": "speed" is what 时速 and 航速
    measure, and the passage writes lengths only (1860公里, 310公里) -- it does not give the limit,
    so nothing is shown, where it was shown before eng75n. "What length of guardrail ..." asks
    a length, which it writes, and keeps the passage."""
    engine = engine_with(tmp_path, {"roads.txt": ROADS})
    answer = engine.ask("What speed limit did Lanxi county set for its mountain roads?", count=False)
    assert not answer.found, answer
    answer = engine.ask("What length of guardrail did Lanxi county build on its mountain roads this year?", count=False)
    assert answer.found, answer
