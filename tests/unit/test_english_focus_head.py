"""What is asked ("the *on-grid* electricity price") reads through a function word the text joins
to the next by a hyphen (on-grid, in-house: one modifier); and when the head of what is asked is
a word the dictionary translates (price: 价格, 电价) but no document writes any translation of,
the question asks about something the documents lack, however much else it names that they
have (the wind farm, kilowatt-hours) -- its passage on the farm's yearly output was shown."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english import ABSENT, english_words
from index.english.cedict import load_dictionary
from index.english.focus import read_question
from tests.conftest import engine_with

WIND = (
    "洋口海上风电场全容量并网发电\n\n"
    "据介绍，项目投产后预计年上网电量约41.5亿千瓦时，可满足约200万户家庭一年的用电需求。\n\n"
    "在设备方面，项目选用的15兆瓦风电机组叶轮直径达252米，扫风面积约4.9万平方米。\n"
)


def test_a_function_word_joined_by_a_hyphen_is_part_of_what_is_asked() -> None:
    read = read_question("What is the on-grid electricity price per kilowatt-hour?", load_dictionary().known)
    assert read is not None and read.focus is not None
    assert read.words[read.focus[0] : read.focus[1]] == ("on", "grid", "electricity", "price")


def test_a_head_no_document_writes_any_translation_of_is_absent(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"wind.txt": WIND})
    question = "What is the on-grid electricity price per kilowatt-hour for the wind farm?"
    words = english_words(engine.index, question)
    assert words is not None and any(ABSENT in w.variants for w in words.words)
    assert not engine.ask(question, count=False).results


def test_a_head_the_documents_write_is_asked(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"wind.txt": WIND})
    words = english_words(engine.index, "What is the rotor diameter of the wind farm's turbines?")
    assert words is not None and not any(ABSENT in w.variants for w in words.words)
