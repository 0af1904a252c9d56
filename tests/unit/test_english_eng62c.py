"""English round eng62c (translation coverage over every English dev set: a question's word not
translated into the term the right passage writes): small invented texts, not the sets'."""
from __future__ import annotations

from pathlib import Path

from bot.answer import answer_question
from index.english.pinyin import MAX_SPLIT_SPELLINGS, _held_together

from tests.conftest import engine_with

SCHOOL = """澄溪县义学记

嘉庆九年（1804年），知府郅仕鉴拨给学田360亩，设义学一所，招收生徒40名。

道光二年（1822年），县人捐银2100两重修讲堂，扩建斋舍12间。
"""

WATER = """澄溪县水利

澄溪县今年新修水渠12公里，9个村受益，灌溉面积扩大到3.6万亩。

小型泵站建成后，文化广场周边的院落用水问题得到解决，温泉度假区和远郊的元宝村也接通了管网。
"""


def test_a_name_cut_into_rare_characters_is_spelled_as_a_passage_holds_them(tmp_path: Path) -> None:
    """"Zhi Shijian": the segmenter cuts 郅仕鉴 into characters; the strings of one-character
    terms spelling "zhishijian" number far more than the 32 tried, commonest characters first
    (之是建 ...), and 郅 is the rarest -- the strings whose characters a passage holds together come
    first, so 郅仕鉴 is among them."""
    engine = engine_with(tmp_path, {"school.txt": SCHOOL, "water.txt": WATER})
    _whole, split = engine.index.english().pinyin_spellings("zhishijian")
    assert "郅仕鉴" in split, split


def test_the_name_s_passage_answers_the_question(tmp_path: Path) -> None:
    """Nothing was answered at the base (the name not found, the question about something absent)."""
    engine = engine_with(tmp_path, {"school.txt": SCHOOL, "water.txt": WATER})
    answer = answer_question(engine.index, "How many mu of school fields did prefect Zhi Shijian grant?")
    assert answer.results and "郅仕鉴" in answer.results[0].text, answer


def test_characters_held_together_are_kept_in_order_and_bounded() -> None:
    """Only strings whose characters share a passage (a bit of ``rows``); a function-word
    character, which the index leaves out, goes with any; at most MAX_SPLIT_SPELLINGS."""
    rows = {"甲": 0b011, "乙": 0b010, "丙": 0b100, "丁": 0b110}
    found = _held_together([("甲", "丙"), ("乙", "丁")], lambda c: rows.get(c, 0))
    assert found == ["甲乙", "甲丁", "丙丁"], found
    assert _held_together([("甲",), ("之",)], lambda c: rows.get(c, 0)) == ["甲之"]
    many = {c: 1 for c in "一二三四五六七八九十"}
    assert len(_held_together([tuple(many)] * 2, lambda c: many.get(c, 0))) == MAX_SPLIT_SPELLINGS
