"""The engine's three outcomes end to end, and questions wrapped in markup.

A question the engine is not sure about gets its passages marked *possibly related* -- in a private
chat, in a group, on /more and in inline results -- with no direct answer unless the engine is
sure of the figure. Which questions come back hedged changes as the engine learns, so the question
is found in the project's question sets rather than named here.
"""

from __future__ import annotations

import pytest

from bot.answer import Answer
from bot.engine import Engine
from bot.telegram import texts as tf
from index.search import Index
from tests.evaluation import load_questions

from .conftest import (
    DATA,
    GROUP,
    QUESTION_SET,
    READER,
    BotHarness,
    Launcher,
    bold_texts,
    inline,
)

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(60)]

HEDGE = "🤔 可能相關 · Possibly related — not sure these answer your question"
QUESTION_SETS = ("questions.jsonl", "questions_heldout.jsonl", "questions_dev2.jsonl",
                 "questions_dev3.jsonl", "questions-english.jsonl", "english_dev.jsonl",
                 "english_dev2.jsonl", "english_dev3.jsonl")


def hedged_question(engine: Engine) -> str:
    """A question of the project's sets that the engine answers with possibly related passages
    (one meant to be answerable, when there is one)."""
    found = [(item["passage"] is None, item["q"])
             for name in QUESTION_SETS for item in load_questions(DATA / name)
             if engine.ask(item["q"], count=False).hedged]
    if not found:
        pytest.fail("no question of the sets comes back hedged: pick another real question")
    return min(found)[1]


def assert_marked(text: str, bold: list[str], answer: Answer) -> None:
    """The reply says the passages are possibly related, and has a direct answer only when the
    engine is sure of the figure."""
    assert text.startswith(HEDGE + "\n"), text[:200]
    head = text.partition("\n1. ")[0]
    if answer.figure is None:
        assert "💡" not in head and not any(piece in head for piece in bold)
    else:
        assert f"💡 {answer.figure.text}" in head
    assert answer.results[0].passage.title in text


async def test_possibly_related_passages_are_marked_in_every_kind_of_chat(
    bot: BotHarness,
) -> None:
    question = hedged_question(bot.engine)
    answer = bot.engine.ask(question, count=False)
    private = await bot.say(READER, question)
    assert_marked(private.text, bold_texts(private.text, private.entities), answer)
    group = await bot.say(GROUP, f"/ask {question}", user_id=READER)
    assert_marked(group.text, bold_texts(group.text, group.entities), answer)
    more = await bot.say(READER, "/more")
    if len(answer.results) > 3:
        assert more.text.startswith(HEDGE + "\n") and "\n4. " in more.text
    else:
        assert more.text == tf.NO_MORE
    offered = await inline(bot.server, question)
    first = offered.results[0]
    assert first["title"].startswith("🤔 可能相關 · Possibly related")
    assert first["description"].startswith("not sure these answer your question")
    content = first["input_message_content"]
    assert_marked(content["message_text"], bold_texts(content["message_text"],
                                                      content["entities"]), answer)


class RecordingEngine(Engine):
    """Records every reader's question exactly as the adapter hands it over (not the example
    questions the bot asks itself)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.asked: list[str] = []

    def ask_with_index(self, question: str, count: bool = True) -> tuple[Answer, Index]:
        if count:
            self.asked.append(question)
        return super().ask_with_index(question, count)


@pytest.mark.parametrize(
    ("question", "asks_a_figure"),
    [("<b>全省共打造了多少家共富工坊？</b> &amp;", True), ("<b>共富工坊</b> &amp;", False)],
    ids=["a question in markup", "a name in markup"],
)
async def test_a_question_in_markup_is_passed_on_as_sent_and_answered(
    launch: Launcher, question: str, asks_a_figure: bool
) -> None:
    async with launch(engine_type=RecordingEngine) as bot:
        reply = await bot.say(READER, question)  # the strict fake accepts only valid HTML
        assert bot.engine.asked == [question]
        expected = QUESTION_SET["全省共打造了多少家共富工坊？"]
        assert expected["passage"] in reply.text.partition("\n— ")[0]
        if asks_a_figure:
            assert bold_texts(reply.text, reply.entities)[0].startswith(expected["answer"])
