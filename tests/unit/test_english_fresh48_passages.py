"""English questions of the fresh48 study (passage side), on small invented text."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

_TREE = {"tree.txt": (
    "金鈴樹\n\n"
    "金鈴樹是一種落葉喬木，高約6－18米，樹冠傘形，花為黃色，有香味，果實為木質莢果。\n\n"
    "金鈴樹原產於熱帶地區，性喜高溫，耐旱，多栽種於公園和道路兩旁。\n"
)}


def test_a_when_question_gets_nothing_from_a_passage_dating_nothing(tmp_path: Path) -> None:
    """The tree's passages tell how tall it grows and what its flowers look like, but never when
    it flowers: asked when, nothing is shown (asked how tall, the passage is)."""
    engine = engine_with(tmp_path, _TREE)
    assert engine.ask("How tall does the deciduous tree with yellow flowers grow?", count=False).results
    for question in ("What time of year does the deciduous tree with yellow flowers bloom?",
                     "When does the deciduous tree with yellow flowers bloom?"):
        assert not engine.ask(question, count=False).results
