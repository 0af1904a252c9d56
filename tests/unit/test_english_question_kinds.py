"""English questions: what kind of answer their words ask (index/english/kinds.py)."""

from __future__ import annotations

from pathlib import Path

from index.english.kinds import question_kind
from tests.conftest import engine_with

#: A second document, so that the one asked about is not the whole corpus.
HILLS = "山城县\n\n山城县位于湖北省，2007年全县粮食产量12万吨。县里的单位很多。\n"
FOSSIL = "三角龙\n\n三角龙是一种植食性恐龙，生存于约8000万年前的白垩纪，化石长约1.5米。\n"


def test_how_many_years_ago_asks_a_time_before_now(tmp_path: Path) -> None:
    """"How many years ago did ... live?": the texts write it as a date is written (8000万年前,
    as 何时 finds it); read as a count, no figure counted the years, so nothing was shown."""
    kind, consumed = question_kind("how many years ago did the dinosaur live".split())
    assert kind == "date" and consumed[:4] == [True] * 4
    assert question_kind("how long ago did it live".split())[0] == "date"
    assert question_kind("how many years did it live".split())[0] == "count"
    engine = engine_with(tmp_path, {"fossil.txt": FOSSIL, "hills.txt": HILLS})
    for question in ("How many years ago did Triceratops live?", "How long ago did Triceratops live?"):
        answer = engine.ask(question, count=False)
        assert answer.figure is not None and answer.figure.text == "8000万年前"

