"""Small talk, commands typed as text, placeholders and sums get nothing; a greeting or thanks
around a question does not change its answer."""

from __future__ import annotations

import pytest

from bot.answer.small_talk import is_small_talk, without_courtesy
from bot.engine import Engine


@pytest.mark.parametrize(
    "message",
    ["ok", "OK!", "help", "Hello", "thank you!", "good morning", "你好", "謝謝！", "好的", "嗯嗯", "在嗎？",
     "[object Object]", "undefined", "/start", "/help@some_bot", "1+1", "1 + 1 = ?", "-1", "3"],
)
def test_small_talk_gets_nothing(engine: Engine, message: str) -> None:
    assert is_small_talk(message)
    answer = engine.ask(message, count=False)
    assert answer.results == () and answer.text is None


@pytest.mark.parametrize(
    "message",
    ["共富工坊", "8821", "2024", "99.67%", "浙江", "ok 共富工坊", "好評率是多少？", "history of Hangzhou", "26"],
)
def test_words_and_figures_are_no_small_talk(engine: Engine, message: str) -> None:
    assert not is_small_talk(message)
    assert engine.ask(message, count=False).results  # a keyword or a figure is looked up


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("Hello, how many 共富工坊?", "how many 共富工坊?"),
        ("Hi there! how many 讀書班 were held?", "how many 讀書班 were held?"),
        ("how many 共富工坊? Thanks a lot!", "how many 共富工坊?"),
        ("Dear bot: how many 临时党支部?", "how many 临时党支部?"),
    ],
)
def test_courtesy_around_a_question_does_not_change_its_answer(engine: Engine, message: str, question: str) -> None:
    assert without_courtesy(message).strip() == question
    wrapped, bare = engine.ask(message, count=False), engine.ask(question, count=False)
    assert bare.text is not None and wrapped.text == bare.text
    assert [r.text for r in wrapped.results] == [r.text for r in bare.results]


@pytest.mark.parametrize(
    "message",
    ["history of Hangzhou", "Okinawa population", "okay", "hello", "wind farm capacity", "which county", "university"],
)
def test_greeting_words_inside_other_words_are_kept(message: str) -> None:
    # (thanks too: a keyword question ending in "capacity" is no "capaci" followed by "ty")
    assert without_courtesy(message) == message


@pytest.mark.parametrize(("message", "question"), [("how many 共富工坊 ty", "how many 共富工坊"), ("共富工坊多少家thx", "共富工坊多少家")])
def test_thanks_as_a_word_of_its_own_is_dropped(message: str, question: str) -> None:
    assert without_courtesy(message) == question
