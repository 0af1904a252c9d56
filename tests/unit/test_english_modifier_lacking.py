"""A common word the dictionary cannot tie to the documents, modifying a well understood head of
what is asked ("how many *migrant* Party members": 党员), narrows the thing asked -- it does not
make the question one about something the documents lack, as an untranslated head does; a thing
named in capitals before the head ("*GDP* growth rate") still does."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english import ABSENT, english_words
from tests.conftest import engine_with

TOWN = (
    "青禾县党建工作简报\n\n"
    "今年以来，青禾县把8600名流动党员纳入有效管理，建立流动党员服务站42个。\n\n"
    "全县共有基层党组织1320个，党员4.1万名。\n\n"
    "青禾县茶园面积2.3万亩，2024年实现产值5.6亿元。\n"
)


def _absent(tmp_path: Path, question: str) -> bool:
    engine = engine_with(tmp_path, {"town.txt": TOWN})
    words = english_words(engine.index, question)
    assert words is not None
    return any(ABSENT in w.variants for w in words.words)


def test_an_untranslated_modifier_of_an_understood_head_is_asked(tmp_path: Path) -> None:
    assert not _absent(tmp_path, "How many migrant Party members were brought under effective management?")


def test_the_answer_is_found(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"town.txt": TOWN})
    answer = engine.ask("How many migrant Party members were brought under effective management?", count=False)
    assert answer.results and "8600名流动党员" in answer.results[0].text


def test_a_capitalised_modifier_is_still_lacking(tmp_path: Path) -> None:
    assert _absent(tmp_path, "What was Qinghe county's GDP growth rate in 2024?")

