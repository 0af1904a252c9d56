"""Example questions come from the corpus and are only offered when the engine answers them.

The examples are filtered by the engine's own answers, so checking that the engine answers them
proves nothing; instead: an engine that answers nothing (or the wrong figure) gets no examples,
and each example offered is answered with the figure that counts the very thing it asks about,
read from the passage itself.
"""

from __future__ import annotations

import functools
import re

from bot.answer import Answer
from bot.engine import Engine
from bot.examples import english_examples, example_questions
from bot.telegram.texts import help_html
from tests.e2e.fakebotapi import parse_html

CHINESE_RE = re.compile(r"^(?P<thing>.+)有多少(?P<unit>.)？$")
MIXED_RE = re.compile(r"^how many (?P<thing>.+)\?$")


def nothing(question: str) -> Answer:
    return Answer(question, None, None, ())


def test_no_example_is_offered_that_the_engine_does_not_answer(engine: Engine) -> None:
    assert example_questions(engine.index, nothing, 4) == []
    assert english_examples(engine.index, nothing, 2) == []


def test_no_example_is_offered_that_the_engine_answers_with_another_figure(
    engine: Engine,
) -> None:
    # Answers every question with the first figure of the corpus: right for one thing at most.
    first = next(r for r in engine.ask("全省共打造了多少家共富工坊？").results if r.figures)
    wrong = Answer("", "count", first.figures[0], (first,))
    examples = example_questions(engine.index, lambda q: wrong, 4)
    assert len(examples) <= 2, examples  # that one thing, in Chinese and mixed English


def unquoted(text: str) -> str:
    return re.sub("[“”「」]", "", text)


def passage_after_figure(answer: Answer) -> str:
    """The text of the best passage that follows the answer's figure (which must be there)."""
    figure, passage = answer.figure, answer.results[0].passage.text
    assert figure is not None and passage[figure.start : figure.end] == figure.text
    return passage[figure.end :]


def test_each_example_is_answered_with_the_figure_that_counts_its_thing(engine: Engine) -> None:
    examples = example_questions(engine.index, functools.partial(engine.ask, count=False), 4)
    assert len(examples) == 4
    assert sum(bool(MIXED_RE.match(q)) for q in examples) == 2
    for question in examples:
        asked = CHINESE_RE.match(question) or MIXED_RE.match(question)
        assert asked, question
        answer = engine.ask(question, count=False)
        assert answer.kind == "count", question
        after, thing = unquoted(passage_after_figure(answer)), unquoted(asked["thing"])
        assert after.startswith(thing), question
        # the whole of what is counted: 24個“循跡溯源學思想”實証案例 counts cases, not the campaign
        rest = engine.index.tokenizer.words(after[len(thing) :][:8]) if "\u4e00" <= after[len(thing) : len(thing) + 1] <= "\u9fff" else []
        nouns = [engine.index.tokenizer.tag(w).startswith("n") and len(w) >= 2 for w in rest[:2]]
        assert not any(nouns), (question, rest)
        if "unit" in asked.groupdict():
            assert answer.figure.unit == asked["unit"], question


def test_english_examples_are_wholly_english_and_count_their_thing(engine: Engine) -> None:
    examples = english_examples(engine.index, functools.partial(engine.ask, count=False), 2)
    assert examples
    for question in examples:
        assert question.isascii() and re.fullmatch(r"How many [a-z ]+ are there\?", question)
        answer = engine.ask(question, count=False)
        after = passage_after_figure(answer)[:8]
        # The question's English words were matched to the thing the figure counts.
        assert any(t.term in after for t in answer.translations), (question, after)


def test_help_explains_english_use_with_examples() -> None:
    html = help_html("qa_bot", ["共富工坊有多少家？"], english=["How many party members are there?"])
    text, _ = parse_html(html)
    assert "English" in text and "How many party members are there?" in text
    assert "共富工坊有多少家？" in text
