"""English questions of the fresh48 study (passage side), on small invented text."""

from __future__ import annotations

from pathlib import Path

from index.english.cedict import dictionary_form
from index.english.lemmas import lemmatize
from tests.conftest import engine_with

_PAVILION = {"xikou.txt": (
    "溪口觀瀾亭\n\n"
    "觀瀾亭位於溪口鎮南岸，始建於清乾隆年間，亭高9.2米，為溪口現存最古的木構建築。\n\n"
    "亭為木石結構，四角攢尖頂，亭簷下原懸風鈴，合計24枚，今存7枚。\n\n"
    "2016年，鎮政府撥款修繕亭身，耗資38萬元。\n"
)}


def test_a_character_the_conversion_keeps_is_the_dictionary_headword() -> None:
    """簷 is the Traditional form of 檐 "eaves"; OpenCC's conversion keeps it, so the corpus's
    matching form is 簷 while CC-CEDICT's Simplified headword is 檐."""
    assert dictionary_form("簷") == "檐"
    assert dictionary_form("檐") is None  # a headword itself
    assert dictionary_form("党员") is None


def test_eaves_reach_the_text_written_in_traditional_characters(tmp_path: Path) -> None:
    """"eaves" translates to 檐; the text writes 亭簷, matched as 簷 -- searched, not left out."""
    engine = engine_with(tmp_path, _PAVILION)
    translation = engine.index.english().translate("What hangs under the pavilion's eaves?")
    eaves = [unit for unit in translation.units if unit.english == "eaves"]
    assert eaves and "簷" in [term for term, _ in eaves[0].terms]


def test_hung_is_the_past_of_hang() -> None:
    assert lemmatize("hung") == "hang"


def test_chimes_hung_from_the_eaves_are_found(tmp_path: Path) -> None:
    """"hung" (悬) and "eaves" (簷) are the words that place the count: the question is not
    declined as about something the text lacks, and the eaves' paragraph comes first."""
    engine = engine_with(tmp_path, _PAVILION)
    answer = engine.ask("How many wind chimes originally hung from the pavilion's eaves?", count=False)
    assert answer.results
    assert "風鈴" in answer.results[0].passage.text


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
