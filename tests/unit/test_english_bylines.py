"""Who wrote "this People's Daily piece": the words saying what the text is name no byline
(index/english/focus)."""

from __future__ import annotations

from pathlib import Path

from index.english.cedict import load_dictionary
from index.english.focus import read_question
from tests.conftest import engine_with

DATA = Path(__file__).parents[1] / "data"


def test_the_words_naming_the_text_are_not_searched() -> None:
    known = load_dictionary().known
    question = read_question("Who are the reporters credited with this People's Daily piece?", known)
    assert question is not None
    assert "daily" not in question.lemmas and "people" not in question.lemmas
    assert "reporter" in question.lemmas
    # what the text is about is still searched
    about = read_question("Who wrote the Xinhua report about the floods in Zhejiang?", known)
    assert about is not None and "xinhua" not in about.lemmas and "zhejiang" in about.lemmas
    # not in a question about anything but the text's writers
    other = read_question("Which newspaper printed this People's Daily piece?", known)
    assert other is not None and "daily" in other.lemmas


def test_a_byline_asked_with_the_texts_source_is_found(tmp_path: Path) -> None:
    # beside three encyclopedia articles, "people" and "daily" (人, 日常) drew passages about
    # Korean literature and motorcycles before the article's last paragraph, (本報記者 李燦 陸樂)
    documents = {p.name: p.read_text("utf-8") for p in (DATA / "english_fresh6_docs").glob("*.txt")}
    engine = engine_with(tmp_path, documents)
    answer = engine.ask("Who are the reporters credited with this People's Daily piece?")
    assert answer.results and "本報記者 李燦 陸樂" in answer.results[0].text


def test_which_with_words_before_the_writers_asks_for_writers() -> None:
    # "Which two People's Daily journalists wrote ...": a number and the paper before the noun
    known = load_dictionary().known
    question = read_question("Which two People's Daily journalists wrote this report?", known)
    assert question is not None and question.kind == "who"
    assert "daily" not in question.lemmas and "people" not in question.lemmas
    # a verb before the noun: a report is asked for, not its writers
    other = read_question("Which report was the journalist's first?", known)
    assert other is not None and other.kind != "who"
