"""English questions of the fresh50 study (passage side), on small invented text."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english import english_words
from index.english.cedict import load_dictionary
from index.english.lemmas import lemmatize
from tests.conftest import engine_with

_RAMPS = {"ramps.txt": (
    "黎潭市建成无障碍坡道\n\n"
    "黎潭市住建局12月3日发布消息，黎潭今年新建无障碍坡道420处，投入资金860万元。\n\n"
    "地铁1号线和2号线全部车站均设置了无障碍电梯，共计37部。\n\n"
    "县文化馆今年举办展览12场，接待观众3.6万人次。\n"
), "other.txt": "城南老街\n\n城南老街有商家46家，多为百年老店。地铁1号线经过老街。\n"}


def test_a_place_in_pinyin_is_no_people_of_a_stop_word() -> None:
    """"Litan" (黎潭) ends in "-an" as "Rwandan" does, but "lit" (the dictionary's gloss filler
    "lit.") is a stop word, no land: the place keeps its own spelling, to be read as pinyin --
    not dropped from the question as "lit"."""
    known = load_dictionary().known
    assert lemmatize("litan", known) == "litan"
    assert lemmatize("rwandan", known) == "rwanda"


def test_a_place_spelled_like_a_people_of_a_stop_word_is_searched(tmp_path: Path) -> None:
    """"How many ramps did Litan build": 黎潭 is searched for "Litan"."""
    engine = engine_with(tmp_path, _RAMPS)
    words = english_words(engine.index, "How many accessible ramps did Litan build this year?")  # type: ignore[arg-type]
    assert words is not None
    assert any("黎潭" in t.term for t in words.translations)


_METRO = {"metro.txt": (
    "临水市建成无障碍设施\n\n"
    "临水市住建局12月3日发布消息，临水今年新建无障碍坡道420处，投入资金860万元。\n\n"
    "公共交通方面，临水地铁1号线和2号线全部车站均设置了无障碍电梯，共计37部。\n\n"
    "县文化馆今年举办展览12场，接待观众3.6万人次。\n"
), "other.txt": "城南老街\n\n城南老街有商家46家，多为百年老店。地铁1号线经过老街。\n"}


def test_a_number_naming_a_line_is_no_amount(tmp_path: Path) -> None:
    """"What did installing the metro elevators in Linshui cost": the passage names 地铁1号线
    and 2号线 and counts the elevators, but gives no cost; the 1 of 1号线 says which line, no
    amount of money -- nothing is answered."""
    engine = engine_with(tmp_path, _METRO)
    reply = engine.ask("What did installing the metro elevators in Linshui cost?", count=False)
    assert reply.text not in ("1", "2")
