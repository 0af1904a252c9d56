"""Inline mode: ``@bot question`` in any chat offers one result per passage."""

from __future__ import annotations

import pytest

from bot.format import format_html
from bot.telegram import texts as tf

from .conftest import (
    QUESTION_SET,
    READER,
    BotHarness,
    assert_right_answer,
    inline,
    question_with_more,
)
from .fakebotapi import parse_html

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(60)]


async def test_one_result_per_passage_each_sending_the_answer(bot: BotHarness) -> None:
    question = question_with_more(bot.engine)  # of the question set: its content is known
    answer = bot.engine.ask(question)
    reply = await inline(bot.server, question)
    assert len(reply.results) == min(10, len(answer.results))
    assert len({r["id"] for r in reply.results}) == len(reply.results)
    for position, result in enumerate(reply.results):
        assert result["type"] == "article"
        content = result["input_message_content"]
        assert content["parse_mode"] == "HTML"
        source = tf.inline_message_html(answer, position)
        # What the fake stored is the parsed text of exactly that HTML.
        assert content["message_text"] == parse_html(source)[0]
        assert answer.results[position].passage.text[:20] in content["message_text"]
        assert f"《{answer.results[position].passage.title}》" in content["message_text"]
    first = reply.results[0]
    assert answer.text in first["title"]
    content = first["input_message_content"]
    assert_right_answer(content["message_text"], content["entities"], question, bot.engine.index)
    assert QUESTION_SET[question]["answer"] in first["title"]
    assert bot.state.inline_queries == 1


async def test_the_first_inline_result_reads_like_the_chat_answer(bot: BotHarness) -> None:
    question = (await bot.state.examples())[1]
    answer = bot.engine.ask(question)
    reply = await inline(bot.server, question)
    chat_html = format_html(answer, 1, 0)
    # The chat answer's first passage is the first inline result (without the "more" note).
    assert parse_html(chat_html)[0].startswith(
        reply.results[0]["input_message_content"]["message_text"]
    )


async def test_an_empty_query_offers_help(bot: BotHarness) -> None:
    reply = await inline(bot.server, "   ")
    assert reply.results == []
    assert reply.button == {"text": tf.INLINE_HELP_LABEL, "start_parameter": "help"}
    # The button opens a private chat with "/start help": the help text.
    answer = await bot.say(READER, "/start help")
    assert "How to ask" in answer.text


async def test_a_query_without_an_answer_says_so(bot: BotHarness) -> None:
    reply = await inline(bot.server, "今天天氣怎麼樣？")
    assert reply.results == []
    assert reply.button["text"] == tf.INLINE_NOTHING_LABEL


async def test_many_inline_queries_at_once(bot: BotHarness) -> None:
    examples = await bot.state.examples()
    ids = [bot.server.inline_query(READER + n, examples[n % len(examples)])["inline_query"]["id"]
           for n in range(8)]
    await bot.server.wait_for(lambda: len(bot.server.inline_answers) == len(ids),
                              description="all inline answers")
    assert {a.inline_query_id for a in bot.server.inline_answers} == set(ids)
