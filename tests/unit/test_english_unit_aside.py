""""How many *electric* buses": a kilowatt figure (3600千瓦) does not count them, though CC-CEDICT's
gloss of 千瓦 says in an aside what it measures ("kilowatt (unit of *electric* power)"): a unit is
named by what it is called, not by the words of an aside (bot/answer/english_doubt.unit_named)."""

from __future__ import annotations

from bot.answer.english.doubt import measured_not_counted, unit_named
from index.figures import find_figures


def _figure(text: str):
    return find_figures(text)[-1]


def test_an_aside_of_the_gloss_names_no_unit() -> None:
    power = _figure("最多可向电网反送电力3600千瓦")
    assert not unit_named("How many electric buses does the company run?", power)
    assert measured_not_counted("How many electric buses does the company run?", power)


def test_the_unit_named_by_what_it_is_called() -> None:
    assert unit_named("How many kilowatts can the station send back?", _figure("反送电力3600千瓦"))
    assert unit_named("How many kg of tea were sold?", _figure("售出茶叶300公斤"))  # "kilogram (kg)"
    assert unit_named("How many mu of land?", _figure("茶地120亩"))
