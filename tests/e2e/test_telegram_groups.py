"""The bot in groups: it answers only when addressed -- /ask, an @mention, a reply to it.

The fake runs with privacy mode off here, so every group message reaches the bot and its
silence towards the rest is its own doing.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.format import format_html

from .conftest import ADMIN, GROUP, READER, BotHarness, assert_answered, question_with_more

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(60)]

#: Of the article's question set, so the replies' content is known.
QUESTION = "全省有多少名党员参加了主题教育？"
FOLLOW_UP = "浙江舉辦了多少期讀書班？"


@pytest.fixture
def server_options() -> dict[str, Any]:
    return {"privacy_mode": False}


async def assert_silent(bot: BotHarness, *texts: str, **kwargs: Any) -> None:
    """The bot sends nothing for these group messages (all of them handled)."""
    server = bot.server
    before = len(server.sent)
    for text in texts:
        server.send_text(GROUP, text, user_id=READER, **kwargs)
    await bot.settle()
    assert server.sent[before:] == []


async def test_unaddressed_group_messages_get_no_reply(bot: BotHarness) -> None:
    await assert_silent(
        bot,
        QUESTION,
        "大家好",
        "/ask@some_other_bot " + QUESTION,
        "/frobnicate",
        "/start@some_other_bot",
        "@someone_else " + QUESTION,
    )
    bot.server.send_sticker(GROUP, user_id=READER)
    await bot.settle()
    assert bot.server.sent == []


async def test_ask_command_answers_and_quotes_the_question(bot: BotHarness) -> None:
    for text in (f"/ask {QUESTION}", f"/ask@test_qa_bot {QUESTION}", f"/ASK@Test_QA_Bot {QUESTION}"):
        update = bot.server.send_text(GROUP, text, user_id=READER)
        [reply] = await bot.server.wait_for_messages(GROUP, 1, since=len(bot.server.sent))
        assert_answered(bot, reply, QUESTION)
        assert reply.reply_to_message_id == update["message"]["message_id"]


async def test_ask_without_a_question_explains_itself(bot: BotHarness) -> None:
    reply = await bot.say(GROUP, "/ask", user_id=READER)
    assert "Usage: /ask your question" in reply.text
    # As a reply to someone's message, /ask asks that message.
    asked = bot.server.send_text(GROUP, QUESTION, user_id=READER + 1)
    await bot.settle()
    answer = await bot.say(GROUP, "/ask", user_id=READER, reply_to=asked)
    assert_answered(bot, answer, QUESTION)


@pytest.mark.parametrize(
    "text",
    [
        f"@test_qa_bot {QUESTION}",
        f"{QUESTION} @test_qa_bot",
        f"@Test_QA_Bot {QUESTION}",
        f"@test_qa_bot\n{QUESTION}",
    ],
)
async def test_a_mention_is_a_question_without_the_mention(bot: BotHarness, text: str) -> None:
    reply = await bot.say(GROUP, text, user_id=READER)
    assert_answered(bot, reply, QUESTION)


async def test_a_mention_alone_explains_how_to_ask(bot: BotHarness) -> None:
    reply = await bot.say(GROUP, "@test_qa_bot", user_id=READER)
    assert "Usage" in reply.text


async def test_a_reply_to_the_bot_is_a_question(bot: BotHarness) -> None:
    first = await bot.say(GROUP, f"/ask {QUESTION}", user_id=READER)
    reply = await bot.say(GROUP, FOLLOW_UP, user_id=READER + 1, reply_to=first)
    assert_answered(bot, reply, FOLLOW_UP)
    # A reply to someone else is not for the bot.
    other = bot.server.send_text(GROUP, "大家好", user_id=READER)
    await assert_silent(bot, FOLLOW_UP, reply_to=other)


async def test_more_button_and_commands_addressed_to_the_bot_work_in_groups(
    bot: BotHarness,
) -> None:
    server = bot.server
    question = question_with_more(bot.engine)
    message = await bot.say(GROUP, f"/ask {question}", user_id=READER)
    since = len(server.sent)
    server.press_button(GROUP, READER + 7, message, message.buttons[0]["callback_data"])
    [page] = await server.wait_for_messages(GROUP, 1, since=since)
    answer = bot.engine.ask(question)
    assert page.source == format_html(answer, 3, 3)
    assert page.text.startswith("4. ") and answer.results[3].passage.text[:30] in page.text
    unknown = await bot.say(GROUP, "/frobnicate@test_qa_bot", user_id=READER)
    assert "/help" in unknown.text
    helped = await bot.say(GROUP, "/help@test_qa_bot", user_id=READER)
    assert "How to ask" in helped.text


async def test_with_privacy_mode_group_chatter_is_never_even_delivered(
    launch: Any,
) -> None:
    # The module's server has privacy mode off; this only documents the fake's default.
    async with launch() as bot:
        bot.server.privacy_mode = True
        bot.server.send_text(GROUP, QUESTION, user_id=READER)
        assert bot.server.undelivered
        reply = await bot.say(GROUP, f"@test_qa_bot {QUESTION}", user_id=READER)
        assert_answered(bot, reply, QUESTION)


async def test_help_in_a_group_does_not_advertise_admin_commands(bot: BotHarness) -> None:
    reply = await bot.say(GROUP, "/help@test_qa_bot", user_id=ADMIN)
    assert "How to ask" in reply.text and "/reload" not in reply.text
