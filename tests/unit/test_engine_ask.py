"""``Engine.ask_with_index``: the answer and the index that gave it, even when a reload swaps
another index in while the question is answered."""

from __future__ import annotations

import dataclasses

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


def test_statistics_count_answers_without_passages_and_possibly_related_ones(
    config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = Engine.from_config(config)
    real = answer_question

    def unsure_about_workshops(index: Index, question: str, settings: AnswerSettings) -> Answer:
        answer = real(index, question, settings)
        return dataclasses.replace(answer, confident=False) if "共富工坊" in question else answer

    monkeypatch.setattr("bot.engine.answer_question", unsure_about_workshops)
    assert engine.ask(QUESTION).hedged
    assert not engine.ask("北京今天天气怎么样？").found
    assert engine.ask("现场教学示范点有几个？").confident
    engine.ask(QUESTION, count=False)  # the program's own questions are not counted
    stats = engine.stats()
    assert (stats.questions, stats.unanswered, stats.hedged) == (3, 1, 1)


def test_a_warmed_up_engine_segments_questions_with_jieba_rs_and_so_does_its_reloaded_index(config: Config) -> None:
    engine = Engine.from_config(config)  # its own: the test reloads it
    plain = engine.ask(QUESTION, count=False)
    assert engine.index.tokenizer._fast is None  # building jieba-rs's copy costs ~0.4 s: warm-up's
    engine.warm_up(english=False)
    assert engine.index.tokenizer._fast is not None
    assert engine.ask(QUESTION, count=False) == plain
    old = engine.index
    engine.reload()
    assert engine.index is not old and engine.index.tokenizer._fast is not None
    assert engine.ask(QUESTION, count=False) == plain
