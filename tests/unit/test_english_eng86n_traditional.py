"""A character CC-CEDICT writes only in its Traditional column, as another form of a Simplified
one (澂 "variant of 澄[cheng2]", listed under 澄), which the normaliser leaves as it is, has the
reading of its entry, so a name written with it ("Chengyang" for 澂陽) is spelled like any other.
These fail at f2f32b5f (no such readings). Invented documents."""

from __future__ import annotations

from pathlib import Path

from index.english import cedict
from index.english.pinyin import PinyinIndex
from tests.conftest import engine_with

WORKSHOP = (
    "老字號染坊\n\n澂陽染坊位於南門外，是一座清代染布作坊，始創於乾隆五十三年（1788年）。\n\n"
    "染坊開坊之初有染缸64口，染匠11名。\n"
)
FARMS = "茶园扩种\n\n全县新植茶园2.35万亩，发放补贴410万元。\n"


def test_a_traditional_only_character_has_its_entry_reading() -> None:
    readings = cedict.traditional_readings(cedict.data_bytes())
    assert readings["澂"] == {"cheng"}
    assert "cheng" in cedict.load_dictionary().readings["澂"]
    assert "乾" not in readings  # a Simplified headword itself keeps its own readings only


def test_a_name_written_with_a_traditional_only_character_is_spelled() -> None:
    pinyin = PinyinIndex({"陽": 1, "澂": 1, "染": 1}, cedict.load_dictionary().readings)
    assert "澂陽" in pinyin.split_terms("chengyang")


def test_a_question_naming_it_in_pinyin_is_answered(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"workshop.txt": WORKSHOP, "farms.txt": FARMS})
    answer = engine.ask("When was the Chengyang dye workshop founded?", count=False)
    assert answer.results and "1788" in (answer.figure.text if answer.figure else "")
