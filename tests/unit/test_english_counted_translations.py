"""A thing an English count asks about is counted with the measure words the texts count any of
its translations with: "homes" is 家 first (one character, its own measure word), but the texts
write 320戶民宅 -- 户 counts homes too, and a figure in 户 is no count of people for things."""

from __future__ import annotations

from pathlib import Path

from bot.answer import consider
from bot.answer.english import english_words
from bot.answer.english.doubt import things_counted_as_people
from index.figures import find_figures
from tests.conftest import engine_with

FIRE = (
    "青石镇大火\n\n"
    "青石镇位于河谷北岸，老街两侧有12家商店和一座古桥。\n\n"
    "2015年7月大火期间，火势沿老街蔓延，约320戶民宅被焚毁，镇上居民连夜撤离。\n\n"
    "灾后镇政府重建了老街，并新建消防站一座。\n"
)

QUESTION = "How many homes were burned in the July 2015 fire in Qingshi?"


def test_a_count_takes_the_measure_words_of_the_things_other_translations(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"qingshi.txt": FIRE})
    words = english_words(engine.index, QUESTION)
    assert words is not None and words.counted == "家"
    assert "户" in words.units  # 320戶民宅: 民宅, another translation of "homes", counted in 户
    considered = consider(engine.index, QUESTION)
    assert not things_counted_as_people(considered.query, find_figures("320戶")[0])
    assert considered.answer.text == "320戶"


def test_people_are_still_no_things_counted_otherwise(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"qingshi.txt": FIRE})
    considered = consider(engine.index, "How many shops are there on the old street of Qingshi?")
    assert things_counted_as_people(considered.query, find_figures("300名")[0])
