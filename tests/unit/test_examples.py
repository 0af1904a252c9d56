"""Example questions come from the corpus and are only offered when the engine answers them."""

from __future__ import annotations

import functools

from bot.engine import Engine
from bot.examples import english_examples, example_questions
from bot.telegram.texts import help_html
from tests.e2e.fakebotapi import parse_html


def test_example_questions_are_answered_with_a_figure(engine: Engine) -> None:
    ask = functools.partial(engine.ask, count=False)
    examples = example_questions(engine.index, ask, 4)
    assert len(examples) == 4
    assert any(q.startswith("how many") for q in examples) and any("多少" in q for q in examples)
    for question in examples:
        assert engine.ask(question, count=False).figure is not None, question


def test_english_examples_are_wholly_english_and_answered(engine: Engine) -> None:
    ask = functools.partial(engine.ask, count=False)
    examples = english_examples(engine.index, ask, 2)
    assert examples
    for question in examples:
        assert question.isascii() and question.startswith("How many ")
        assert engine.ask(question, count=False).figure is not None, question


def test_help_explains_english_use_with_examples() -> None:
    html = help_html("qa_bot", ["共富工坊有多少家？"], english=["How many party members are there?"])
    text, _ = parse_html(html)
    assert "English" in text and "How many party members are there?" in text
    assert "共富工坊有多少家？" in text
