"""English round eng76f (a Chinese measure word written in pinyin): small invented texts, not the
sets'."""
from __future__ import annotations

from bot.answer.english.romanised_measures import measure_characters

from tests.conftest import engine_with

GRANARY = """柳溪社仓

柳溪社仓位于柳溪镇东街，清道光五年（1825年）由乡绅顾守仁倡建，仓房8间。顾守仁首次捐米450石入仓，以备荒年。

社仓规定每户每年纳钱120文，用于修缮仓房和雇请仓夫2名。
"""


def test_cedict_reads_measure_words_by_their_pinyin() -> None:
    """石 "dry measure for grain ... ancient pr. [shi2]" is read "dan" and "shi"; 文 "(old)
    classifier for coins" "wen"; 亩 "unit of area" "mu" -- no name's syllable that is no measure."""
    chars = measure_characters()
    assert chars["shi"] == ("石",) and "石" in chars["dan"] and chars["wen"] == ("文",) and chars["mu"] == ("亩",)
    assert "wang" not in chars and "zhang" in chars and chars["zhang"] == ("丈",)


def test_a_measure_word_in_pinyin_is_the_unit_asked(tmp_path) -> None:
    """"How many shi of rice did Gu Shouren donate": 450石, 石 not read as a unit by the figures
    reader and "shi" read as a name's syllable; ", in wen?": 120文, asked in the measure word."""
    engine = engine_with(tmp_path, {"granary.txt": GRANARY})
    answer = engine.ask("How many shi of rice did Gu Shouren donate?")
    assert answer.figure is not None and answer.figure.text.startswith("450"), answer.figure
    answer = engine.ask("How many shi of rice did Gu Shouren give in 1825?")
    assert answer.figure is not None and answer.figure.text.startswith("450"), answer.figure
    answer = engine.ask("Yearly dues paid by each household to the granary, in wen?")
    assert answer.figure is not None and answer.figure.text.startswith("120"), answer.figure
