"""English questions vetoed before any passage was read, for a unit the passages write otherwise
(bot/answer/english/unit_glosses.py: a unit CC-CEDICT names by a phrase gloss or a unit's label;
bot/answer/english/units_misread.py: a unit translated as itself, weakly understood)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import engine_with

BATHHOUSE = (
    "澄川浴堂\n"
    "\n"
    "澄川浴堂是清代澄川县城的一座公共浴堂，位于县城东门内，今属澄川镇。\n"
    "\n"
    "浴堂由本县商人柯鸣远于乾隆年间倡议捐建，联合城中商号共集银2600两。浴堂坐北朝南，占地约1370平方米，由门厅、更衣厅、浴池厅和锅炉间组成。\n"
    "\n"
    "咸丰年间浴堂毁于兵火。同治三年，柯氏后人筹银约1850两在原址重建，并增设热水池2座。\n"
    "\n"
    "光绪年间浴堂停业，旧址现为县级文物保护单位，每年接待参观者约1.2万人次。\n"
)


def _with_unit_untranslated(read: object, english: str) -> object:
    """``read`` (a :class:`~bot.answer.english.units_read.UnitsRead`) with the unit ``english`` left
    with no corpus term, as the translator leaves a unit its cohesion finds no passage for (on the
    dev sets, "how many *taels* were raised": 两 dropped, its "two" everywhere)."""
    import dataclasses

    units = tuple(
        dataclasses.replace(u, terms=(), confidence=0.0, understood=0.0) if u.english == english else u
        for u in read.query.units  # type: ignore[attr-defined]
    )
    return dataclasses.replace(read, query=dataclasses.replace(read.query, units=units))  # type: ignore[attr-defined]


@pytest.mark.parametrize("question, unit", [
    ("How many taels did the merchants raise to rebuild the bathhouse after the war?", "taels"),
    ("How large is the bathhouse site, in square metres?", "square metres"),
])
def test_a_unit_the_dictionary_names_otherwise_is_no_absent_thing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, question: str, unit: str
) -> None:
    """"how many taels" (两 "tael, unit of weight equal to 50 grams ...": a label explained, never
    the one-word gloss "tael"), "in square metres" (平方米 "square meter": two words): a unit the
    question's focus names with no corpus term is the unit the answer is asked in, not a thing the
    documents lack -- no veto before any passage is read."""
    import bot.answer.english.reading as reading
    from bot.answer.english.basics import ABSENT

    engine = engine_with(tmp_path, {"bathhouse.txt": BATHHOUSE})
    real = reading.read_units
    monkeypatch.setattr(reading, "read_units", lambda index, text: _with_unit_untranslated(real(index, text), unit))
    words = reading.english_words(engine.index, question)
    assert words is not None
    assert not any(ABSENT in w.variants for w in words.words)


def test_unit_headwords_read_from_the_dictionary() -> None:
    """The phrase and the label are CC-CEDICT's own wording; a thing named in two words is no unit."""
    from bot.answer.english.figures import named_measure
    from bot.answer.english.unit_glosses import unit_headwords

    assert "平方米" in unit_headwords("square metres")
    assert unit_headwords("taels") == ("两",)
    assert named_measure("square metres") == "area"
    assert named_measure("taels") == "money"
    assert named_measure("sea bass") is None


def test_a_unit_translated_as_itself_weakly_is_still_the_unit_asked() -> None:
    """"how large ..., in square metres": 平方米 found, but understood little (a unit written in many
    passages) -- still the unit the answer is asked in, not a focus the documents lack."""
    from bot.answer.english.units_misread import measure_read_weakly
    from index.english import EnglishUnit

    unit = EnglishUnit("square metres", (("平方米", 1.0),), 0.2, focus=True, understood=0.2)
    assert measure_read_weakly(unit, "count", 0.5) == "area"
    assert measure_read_weakly(unit, "date", 0.5) is None
    sure = EnglishUnit("square metres", (("平方米", 1.0),), 0.9, focus=True, understood=0.9)
    assert measure_read_weakly(sure, "count", 0.5) is None
