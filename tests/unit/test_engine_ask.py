"""``Engine.ask_with_index``: the answer and the index that gave it, even when a reload swaps
another index in while the question is answered."""

from __future__ import annotations

import pytest

from bot.answer import Answer, AnswerSettings, answer_question
from bot.config import Config
from bot.engine import Engine
from index.search import Index

QUESTION = "全省共打造了多少家共富工坊？"


def test_the_index_returned_with_an_answer_is_the_one_that_gave_it(
    config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = Engine.from_config(config)  # its own: the test reloads it
    used: list[Index] = []

    def answer_then_reload(index: Index, question: str, settings: AnswerSettings) -> Answer:
        used.append(index)
        answer = answer_question(index, question, settings)
        engine.reload()  # lands while the question is being answered
        return answer

    monkeypatch.setattr("bot.engine.answer_question", answer_then_reload)
    answer, index = engine.ask_with_index(QUESTION)
    assert used == [index] and engine.index is not index
    assert answer.text == "8821家"
    assert engine.stats().questions == 1
