"""A figure of times after a verb counts that verb's action, not the thing written before it:
农户求助1870次 counts the calls for help, not the households (农户) who made them -- so a
count of households is not read as counted in 次, and "how many households" finds 槽户3家
rather than a figure of times (两期, 1870次). The object of a counted action may still stand
between (走访群众6次 counts the visits)."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english_amounts import corpus_measures, counts_written
from index.figures import find_figures
from tests.conftest import engine_with

HOTLINE = (
    "农机调度\n\n"
    "县农机服务中心开通全天候调度热线，累计受理农户求助1870次，平均响应时间不超过40分钟。\n\n"
    "去年镇干部走访群众6次，听取农户意见。\n"
)


def test_times_of_an_action_between_count_the_action(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"hotline.txt": HOTLINE})
    assert "次" not in corpus_measures(engine.index, "农户")
    text = "累计受理农户求助1870次，平均响应时间不超过40分钟。"
    calls = next(f for f in find_figures(text) if f.text == "1870次")
    assert not counts_written(engine.index, text, calls, "农户")


def test_the_object_of_an_action_may_stand_between(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"hotline.txt": HOTLINE})
    text = "去年镇干部走访群众6次，听取农户意见。"
    visits = find_figures(text)[-1]
    assert visits.text == "6次" and counts_written(engine.index, text, visits, "走访")
