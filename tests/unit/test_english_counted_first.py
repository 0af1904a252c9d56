"""A wholly English count whose best passage would be refused (its figure counts another sort of
thing) is answered by a passage ranked about as high whose figure counts what is asked."""

from __future__ import annotations

from pathlib import Path

from bot.answer import consider
from bot.answer.english.doubt import degree_for_counted
from index.figures import find_figures
from tests.conftest import engine_with

TRIPS = "Altogether, how many research trips did the provincial leaders make for the topics they each led?"


def test_the_passage_counting_what_is_asked_comes_first_when_the_best_is_refused(tmp_path: Path) -> None:
    """The best passages write 省市縣三級 (tiers: no count of trips, refused) beside 调研; the one
    writing 共開展調研280次 ranked third, about as high -- nothing was shown."""
    engine = engine_with(tmp_path, {})
    considered = consider(engine.index, TRIPS, engine._answer_settings)
    assert considered.answer.figure is not None and considered.answer.figure.text == "280次"
    assert "調研280次" in considered.answer.results[0].text


def test_a_best_passage_that_is_not_refused_keeps_its_place(tmp_path: Path) -> None:
    """"How many Party members took part": 433.6萬名黨員 fits; nothing is moved."""
    engine = engine_with(tmp_path, {})
    answer = engine.ask("How many Party members across Zhejiang took part in the theme education?", count=False)
    assert answer.figure is not None and answer.figure.text == "433.6萬名"


def test_a_tier_does_not_count_a_thing_counted_otherwise(tmp_path: Path) -> None:
    """"How many reading classes": "classes" may name grades, but 读书班 is counted 期
    (2887期讀書班); 省市縣三級 (tiers) in the best passage is refused, and the passage counting
    the classes, ranked about as high, answers."""
    engine = engine_with(tmp_path, {})
    considered = consider(engine.index, "How many reading classes were run across the province?", engine._answer_settings)
    assert considered.query.info.counted == "读书班"
    assert degree_for_counted(considered.query, find_figures("省市縣三級")[0])
    assert not degree_for_counted(considered.query, find_figures("2887期")[0])
    assert considered.answer.figure is not None and considered.answer.figure.text == "2887期"
