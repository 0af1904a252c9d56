"""English round eng74f (a count of people read as a count of things): small invented texts, not
the sets'."""
from __future__ import annotations

from bot.answer.english.reading import english_words
from index.english.head_measures import PERSONS, english_person, english_person_glossed, person_by_gloss

from tests.conftest import engine_with

PORT = """岚溪港邮轮季落幕

除货柜业务外，岚溪港的客运也有亮眼成绩。岚溪港旅运中心去年共接待邮轮58艘次，邮轮旅客达9.3万人次，创下旅运中心启用以来新高。

港务分公司表示，明年将新增一处邮轮泊位，并改善旅客通关动线。
"""


def test_a_word_names_a_person_by_its_head_characters_glosses() -> None:
    """乘客 has no measure word, and 客 ends too few words noted with one; but 客 is glossed
    customer, guest, visitor -- nouns of persons by their own dictionary words' measure words.
    运 (use, move, luck ...) and 船 (boat, ship, vessel) are no such heads."""
    assert person_by_gloss("乘客") and person_by_gloss("旅客") and person_by_gloss("雇员")
    assert not person_by_gloss("客运") and not person_by_gloss("邮轮") and not person_by_gloss("客")
    assert english_person_glossed("passengers") and not english_person("passengers")
    assert english_person_glossed("tourists") and english_person_glossed("visitors")
    assert not english_person_glossed("meters") and not english_person_glossed("ships")
    assert not english_person_glossed("households") and not english_person_glossed("passenger")


def test_cruise_passengers_are_read_as_people_not_as_the_ships(tmp_path) -> None:
    """"How many cruise passengers came through Lanxi port last year": no translation of
    "passengers" (客运, "passenger transport") is counted anywhere, so the word before the head
    took its place -- 邮轮, counted 58艘次 (the answer given in the dev sets' like case). The
    passengers are people: the head keeps its place, counted with the measure words of persons
    (which 旅客达9.3万人次 fits as person-times)."""
    engine = engine_with(tmp_path, {"port.txt": PORT})
    read = english_words(engine.index, "How many cruise passengers came through Lanxi port last year?")
    assert read is not None and read.counted == "客运", read
    assert PERSONS <= read.units and "艘次" not in read.units, read.units
