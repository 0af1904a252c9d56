"""English passages found through the way Chinese writes names (english_fresh30 studied):
a word right after a name is the kind the documents write after the name's characters
("the Baomo *Tower*": 楼 of 寶墨樓, which no gloss calls "tower"); a capitalised word that is
also an English word but spells a place in pinyin ("*Linting* County": 临汀, not 起毛
"linting") is looked for as the characters the documents write."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english import english_words
from tests.conftest import engine_with

HALL = (
    "聚星樓\n\n"
    "聚星樓是位於臨水縣城東的一座私家藏書樓,由清代商人周文遠創建。\n\n"
    "光緒三年,周文遠在祖宅後園建成書齋,取「聚星」二字為名。\n\n"
    "1951年,周家將藏書捐獻國家,由縣文化館接管,其中3.2萬冊移交省館。\n\n"
    "縣城東另有一座平台,舊時可登高望遠。\n"
)

COUNTY = (
    "臨汀縣志\n\n"
    "2015年至2017年,臨汀縣投入約1870萬元修繕城西的老街。\n\n"
    "全省各縣投入資金修繕古建築,其中老街修繕最多。\n"
)


def _terms(engine_index: object, question: str, english: str) -> tuple[str, ...]:
    words = english_words(engine_index, question)  # type: ignore[arg-type]
    assert words is not None
    found = [t.term for t in words.translations if t.english == english]
    return tuple(found[0].split("/")) if found else ()


def test_a_word_after_a_name_is_the_kind_written_after_it(tmp_path: Path) -> None:
    """"Juxing Tower": 楼 (塔楼, 层楼 "tower" end with it), written 聚星樓 -- not 平台 --, and the
    passage naming the founder comes first."""
    engine = engine_with(tmp_path, {"hall.txt": HALL})
    assert _terms(engine.index, "Who founded the Juxing Tower?", "tower") == ("楼",)
    reply = engine.ask("Who founded the Juxing Tower?", count=False)
    assert reply.results and "創建" in reply.results[0].text


def test_a_word_after_no_name_keeps_its_senses(tmp_path: Path) -> None:
    """A tower the question names by no name is not read as what follows some name."""
    engine = engine_with(tmp_path, {"hall.txt": HALL})
    assert "楼" not in _terms(engine.index, "Who founded the old tower?", "tower")


def test_a_capitalised_english_word_spelling_a_place_is_that_place(tmp_path: Path) -> None:
    """"Linting County": 临汀 (cut 临 + 汀 by the segmenter) and 县 after it, not 起毛."""
    engine = engine_with(tmp_path, {"county.txt": COUNTY})
    question = "How much did Linting County spend repairing the old street, in ten-thousand yuan?"
    assert _terms(engine.index, question, "linting") == ("临汀",)
    reply = engine.ask(question, count=False)
    assert reply.results and "1870" in reply.results[0].text


def test_the_english_word_lower_case_is_not_a_place(tmp_path: Path) -> None:
    """Written lower case, "linting" is the English word: no place is looked for."""
    engine = engine_with(tmp_path, {"county.txt": COUNTY})
    assert "临汀" not in _terms(engine.index, "how much linting was removed from the old street?", "linting")
