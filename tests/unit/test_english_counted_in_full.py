"""English count questions: a one-character translation of the counted thing that ends a longer
one (站, 车站) is counted as the texts count the longer one (bot/answer/english/amounts.py)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

HILLS = "山城县\n\n山城县位于湖北省，2007年全县粮食产量12万吨。县里的单位很多。\n"
RAIL = (
    "山河铁路\n\n山河铁路全长80公里。\n\n山河铁路全线共设9座车站，自北向南依次为山河、东山、西岭等，其中新建"
    "车站6座，改建车站3座。沿线有4个县首次接入铁路网。\n\n首趟列车从山河站出发，经过东山站，抵达西岭站。\n\n"
    "新建的西岭站是全线规模最大的站，站房建筑面积约3万平方米。\n"
)


def test_a_thing_counted_in_full_when_its_one_character_form_counts_nothing(tmp_path: Path) -> None:
    """"How many stations ...": 站 came first among the translations of "stations" and, one
    character, was taken as its own measure word (as 人, 户 are), though no text writes 9站; the
    count the text gives, 9座车站, fitted none, and nothing was shown. 车站, which the corpus
    counts with 座, is what is counted."""
    engine = engine_with(tmp_path, {"rail.txt": RAIL, "hills.txt": HILLS})
    answer = engine.ask("How many stations are there on the Shanhe line?", count=False)
    assert answer.figure is not None and answer.figure.text == "9座"


def test_a_one_character_measure_word_the_texts_count_with_stays(tmp_path: Path) -> None:
    """Where the texts write figures with the one character as their unit (户), it is counted."""
    text = "山河村\n\n山河村共有农户320户，其中贫困户12户。村里有2座桥。\n"
    engine = engine_with(tmp_path, {"village.txt": text, "hills.txt": HILLS})
    answer = engine.ask("How many households are there in Shanhe village?", count=False)
    assert answer.figure is not None and answer.figure.text == "320户"
