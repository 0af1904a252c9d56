"""Tried in eng86n, not kept (bc90b9bc, reverted): a character CC-CEDICT writes only in its
Traditional column, as another form of a Simplified one (澂 "variant of 澄[cheng2]", listed under
澄), which the normaliser leaves as it is, has the reading of its entry, so a name written with it
("Yucheng" for 裕澂) is spelled like any other. Skipped unless ``cedict.traditional_readings``
exists (cherry-pick bc90b9bc); these failed at the base and passed at bc90b9bc. Invented documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.english import cedict
from index.english.pinyin import PinyinIndex
from tests.conftest import engine_with

pytestmark = pytest.mark.skipif(
    not hasattr(cedict, "traditional_readings"), reason="Traditional-column readings not kept (bc90b9bc)"
)

WORKSHOP = (
    "老字号醋坊\n\n裕澂醋坊位於北街，是一座清代釀醋作坊，始創於乾隆十九年（1754年）。\n\n"
    "醋坊開坊之初有醋缸120口，工匠9名。\n"
)
FARMS = "桑园扩种\n\n全县新植桑园1.26万亩，发放补贴300万元。\n"


def test_a_traditional_only_character_has_its_entry_reading() -> None:
    readings = cedict.traditional_readings(cedict.data_bytes())
    assert readings["澂"] == {"cheng"}
    assert "cheng" in cedict.load_dictionary().readings["澂"]
    assert "乾" not in readings  # a Simplified headword itself keeps its own readings only


def test_a_name_written_with_a_traditional_only_character_is_spelled() -> None:
    pinyin = PinyinIndex({"裕": 1, "澂": 1, "醋": 1}, cedict.load_dictionary().readings)
    assert "裕澂" in pinyin.split_terms("yucheng")


def test_a_question_naming_it_in_pinyin_is_answered(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"workshop.txt": WORKSHOP, "farms.txt": FARMS})
    answer = engine.ask("When was the Yucheng vinegar workshop founded?", count=False)
    assert answer.results and "1754" in (answer.figure.text if answer.figure else "")
