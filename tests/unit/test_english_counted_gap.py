"""A figure right after a term counts the term only when nothing stands between them, or when
it counts events: 调研280次, 走访群众6次 count the visiting (the object between is no count of
its own); 原有客房48间 counts the rooms, not 原有 ("originally had"), which a question whose
thing translates to 原有 must not take for a thing the texts count in 间. A figure of times after
a verb counts that verb's action, not the noun before it: 农户求助1870次 counts the calls for
help, not the households (农户) -- a count of households is not read as counted in 次."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.amounts import corpus_measures, counts_written
from index.figures import find_figures
from tests.conftest import engine_with

INN = (
    "白石客栈\n\n"
    "客栈原有客房48间，后院另有马厩一座。\n\n"
    "去年镇干部走访群众6次，听取修缮意见。\n\n"
    "县农机服务中心开通调度热线，累计受理农户求助1870次，平均响应时间不超过40分钟。\n"
)


def test_a_noun_between_is_what_a_figure_counts(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"baishi.txt": INN})
    assert "间" not in corpus_measures(engine.index, "原有")
    text = "去年镇干部走访群众6次，听取修缮意见。"
    visits = find_figures(text)[-1]
    assert visits.text == "6次" and counts_written(engine.index, text, visits, "走访")


def test_times_of_a_verb_between_count_its_action(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"baishi.txt": INN})
    assert "次" not in corpus_measures(engine.index, "农户")
    text = "累计受理农户求助1870次，平均响应时间不超过40分钟。"
    calls = next(f for f in find_figures(text) if f.text == "1870次")
    assert not counts_written(engine.index, text, calls, "农户")
