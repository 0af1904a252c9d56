"""Numbers an English question writes that are no figure to find: a word joined by a hyphen to a
number ("early-2024", "under-17") is no code name, and the scale an answer is asked in ("in
10,000s") quotes no number."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer.english.figures import without_decades
from tests.conftest import engine_with


class _Corpus:
    """doc_freq of an index whose documents write only ``written``."""

    def __init__(self, *written: str) -> None:
        self.written = written

    def doc_freq(self, term: str) -> int:
        return int(term in self.written)


def test_a_lower_case_word_joined_to_a_number_stands_apart_from_it() -> None:
    """"those *early-2024* visits", "the China *under-17* team": the word says when or which; a
    code is capitalised or its letters are no English word (A-135, MPQ-78, DC-9), and a token a
    document writes is left as it is."""
    assert without_decades(_Corpus(), "did those early-2024 visits").split() == ["did", "those", "early", "2024", "visits"]
    assert "under" in without_decades(_Corpus(), "the China under-17 team").split()
    for code in ("the A-135 system", "one MPQ-78 radar", "the DC-9 reached", "a mpq-78 radar"):
        assert without_decades(_Corpus(), code) == code
    assert without_decades(_Corpus("covid-19"), "after covid-19 spread") == "after covid-19 spread"


def test_a_question_with_a_year_joined_to_a_word_is_answered(tmp_path: Path) -> None:
    """"late-2023" was read as a model name no document writes, so the question was about
    something absent and got nothing."""
    engine = engine_with(tmp_path, {
        "visits.txt": "调研走访\n\n2023年底，省领导带队走访各县，帮助解决问题3120个。\n",
        "other.txt": "交通建设\n\n全省新建公路1200公里，改造桥梁86座。\n",
    })
    answer = engine.ask("How many problems did the late-2023 visits solve?")
    assert answer.found and "3120" in answer.results[0].text
    assert answer.text is not None and answer.text.startswith("3120")


def test_a_question_without_such_a_token_does_not_read_the_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dictionary's English words (~0.5 s to read the first time) are read only for a question
    that joins a word to a number: a Chinese question's first answer does not wait for them."""
    import bot.answer.english.figures as figures

    def unread() -> None:
        raise AssertionError("the dictionary was read")

    monkeypatch.setattr(figures, "load_dictionary", unread)
    assert without_decades(_Corpus(), "共富工坊有多少家？") == "共富工坊有多少家？"
    assert without_decades(_Corpus(), "how many 共富工坊 in 2023?") == "how many 共富工坊 in 2023?"


def test_the_scale_an_answer_is_asked_in_is_no_number_to_find(tmp_path: Path) -> None:
    """"How many people did the famine kill, in 10,000s?": the 10,000 was read as a number the
    question quotes, which no document writes, so the question was about something absent and got
    nothing; like "in thousands", it only says how the answer is counted (30至40萬)."""
    assert without_decades(_Corpus(), "how many died? in 10,000s").split() == ["how", "many", "died?"]
    assert without_decades(_Corpus(), "how many, in 1000s").split() == ["how", "many,"]
    for kept in ("in 10s", "in 20,000s", "in 1,500s"):
        assert without_decades(_Corpus(), kept) == kept
    engine = engine_with(tmp_path, {
        "famine.txt": "饑荒\n\n19世紀後半期，饑荒奪走了30至40萬人的生命。\n",
        "other.txt": "交通建設\n\n全省新建公路1200公里，改造橋梁86座。\n",
    })
    answer = engine.ask("How many people did the famine kill, in 10,000s?", count=False)
    assert answer.found and answer.text is not None and answer.text.startswith("30")
