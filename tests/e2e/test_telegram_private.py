"""The bot in private chats, end to end against the fake Bot API: help, answers, paging, order,
non-text messages, unknown commands, edits, rate limits and the error handler."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from bot.telegram import texts as tf
from bot.format import format_html
from bot.telegram.logsafe import TokenRedactor

from .conftest import (
    ADMIN,
    READER,
    BotHarness,
    Launcher,
    assert_answered,
    assert_right_answer,
    bold_texts,
    question_with_more,
)
from .fakebotapi import FakeBotAPI

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(60)]

NO_ANSWER = "今天天氣怎麼樣？"
#: Questions of the article's question set (tests/data/questions.jsonl), whose replies are known.
KNOWN = ["浙江舉辦了多少期讀書班？", "亚运会组建了多少个场馆临时党支部？", "专业物业服务覆盖率是多少？"]


async def test_start_and_help_are_bilingual_with_examples(bot: BotHarness) -> None:
    examples = await bot.state.examples()
    assert examples, "the corpus should give example questions"
    for command in ("/start", "/help"):
        reply = await bot.say(READER, command)
        assert "新聞問答" in reply.text and "News Q&A" in reply.text
        assert "How to ask" in reply.text and "/ask" in reply.text
        assert all(q in reply.text for q in examples)
        assert "/reload" not in reply.text  # readers do not see admin commands
    admin_help = await bot.say(ADMIN, "/help")
    assert "/reload" in admin_help.text and "/remove" in admin_help.text


async def test_small_talk_gets_the_help_not_nothing_found(bot: BotHarness) -> None:
    before = bot.engine.stats().questions
    for text in ("hello", "謝謝！", "ok"):
        reply = await bot.say(READER, text)
        assert "新聞問答" in reply.text and "News Q&A" in reply.text, text
        assert "Nothing in the documents answers that" not in reply.text
    assert bot.engine.stats().questions == before  # no question was asked
    reply = await bot.say(READER, "Hello, how many 共富工坊?")  # a greeting before a question
    assert reply.text.startswith("💡 8821家")


async def test_command_menus_are_set_before_polling(bot: BotHarness) -> None:
    server = bot.server
    assert [c["command"] for c in server.commands] == ["start", "help", "ask", "more"]
    admin_menu = server.commands_for({"type": "chat", "chat_id": ADMIN})
    assert [c["command"] for c in admin_menu] == [
        "start", "help", "ask", "more", "reload", "stats", "docs", "remove"
    ]
    await server.wait_for(lambda: server.calls("getUpdates"), description="polling")
    first_poll = server.calls("getUpdates")[0].started
    assert all(c.started < first_poll for c in server.calls("setMyCommands"))


async def test_a_question_gets_the_formatted_answer(bot: BotHarness) -> None:
    question = question_with_more(bot.engine)  # three passages shown, and a "more" button
    reply = await bot.say(READER, question)
    answer = bot.engine.ask(question)
    assert reply.parse_mode == "HTML"
    assert reply.source == format_html(answer, 3, 0)
    assert_right_answer(reply.text, reply.entities, question, bot.engine.index)
    assert reply.text.startswith(f"💡 {answer.text}\n")
    assert bold_texts(reply.text, reply.entities)[0] == answer.text  # the direct answer first, in bold
    assert "1. " in reply.text and "3. " in reply.text and "4. " not in reply.text
    [button] = reply.buttons
    assert button["callback_data"].startswith("more:")
    assert len(button["callback_data"].encode()) <= 64


async def test_a_question_the_corpus_does_not_answer_gets_help(bot: BotHarness) -> None:
    reply = await bot.say(READER, NO_ANSWER)
    assert "Nothing in the documents answers that" in reply.text
    assert NO_ANSWER in reply.text
    examples = await bot.state.examples()
    assert examples[0] in reply.text
    assert reply.buttons == []
    assert bot.engine.stats().unanswered == 1


async def test_the_more_button_pages_to_the_last_passage(bot: BotHarness) -> None:
    server = bot.server
    question = question_with_more(bot.engine, passages=7)
    answer = bot.engine.ask(question)
    message = await bot.say(READER, question)
    shown = 3
    while message.buttons:
        since = len(server.sent)
        data = message.buttons[0]["callback_data"]
        server.press_button(READER, READER, message, data)
        [message] = await server.wait_for_messages(READER, 1, since=since)
        assert message.source == format_html(answer, 3, shown)
        # The next passages, numbered on from the last page.
        assert message.text.startswith(f"{shown + 1}. ")
        assert answer.results[shown].passage.text[:30] in message.text
        assert server.message(READER, server.sent[since - 1].message_id) is not None
        shown += 3
    assert shown >= len(answer.results)
    assert len(server.callback_answers) == len(answer.results) // 3 + (len(answer.results) % 3 > 0) - 1
    # Every pressed message lost its button, so no button can be pressed twice.
    assert all("reply_markup" not in e.message for e in server.edits)
    assert f"{len(answer.results)}. " in message.text


async def test_more_command_continues_the_last_answer(bot: BotHarness) -> None:
    first = await bot.say(READER, "/more")
    assert "Ask a question first" in first.text
    question = question_with_more(bot.engine, passages=7)
    answer = bot.engine.ask(question, count=False)
    await bot.say(READER, question)
    for offset in (3, 6):
        page = await bot.say(READER, "/more")
        assert page.source == format_html(answer, 3, offset)
        assert page.text.startswith(f"{offset + 1}. ")
        assert answer.results[offset].passage.text[:30] in page.text


async def test_a_button_pressed_after_a_restart_has_expired(launch: Launcher,
                                                             server: FakeBotAPI) -> None:
    question = "循跡溯源學思想有多少個？"
    async with launch() as first:
        message = await first.say(READER, question)
    data = message.buttons[0]["callback_data"]
    async with launch() as second:
        sent_before = len(server.sent)
        server.press_button(READER, READER, message, data)
        await server.wait_for(lambda: server.callback_answers, description="callback answer")
        await second.settle()
        [answer] = server.callback_answers
        assert answer.text == tf.EXPIRED_ANSWER and answer.show_alert
        assert len(server.sent) == sent_before  # nothing sent, the reader is asked to ask again
        assert "reply_markup" not in server.message(READER, message.message_id)


async def test_a_button_pressed_after_a_reload_asks_again(bot: BotHarness) -> None:
    server = bot.server
    question = question_with_more(bot.engine, passages=7)
    message = await bot.say(READER, question)
    old_index = bot.engine.index
    await asyncio.to_thread(bot.engine.reload)
    assert bot.engine.index is not old_index
    since = len(server.sent)
    server.press_button(READER, READER, message, message.buttons[0]["callback_data"])
    [page] = await server.wait_for_messages(READER, 1, since=since)
    assert page.source == format_html(bot.engine.ask(question, count=False), 3, 3)
    assert bot.engine.stats().questions == 1  # asking again for the new index is not a new question


async def test_a_button_this_bot_never_made_is_answered_as_expired(bot: BotHarness) -> None:
    server = bot.server
    message = await bot.say(READER, "循跡溯源學思想有多少個？")
    for data in ("v1:answer:42", "more:ZZ:1", "ok:"):
        server.press_button(READER, READER, message, data, check=False)
    await server.wait_for(lambda: len(server.callback_answers) == 3, description="answers")
    assert {a.text for a in server.callback_answers} == {tf.EXPIRED_ANSWER}


async def test_non_text_messages_get_a_hint(bot: BotHarness) -> None:
    server = bot.server
    for send in (lambda: server.send_sticker(READER), lambda: server.send_photo(READER)):
        since = len(server.sent)
        send()
        [reply] = await server.wait_for_messages(READER, 1, since=since)
        assert "text questions only" in reply.text


async def test_unknown_commands_point_to_help(bot: BotHarness) -> None:
    reply = await bot.say(READER, "/frobnicate now")
    assert "/help" in reply.text and "/frobnicate" in reply.text


async def test_edited_messages_are_ignored(bot: BotHarness) -> None:
    server = bot.server
    update = server.send_text(ADMIN, "/stats")
    await server.wait_for_messages(ADMIN, 1)
    server.send_edited_text(ADMIN, update, "/reload")
    server.send_edited_text(ADMIN, update, "循跡溯源學思想有多少個？")
    await bot.settle()
    assert len(server.sent) == 1
    assert bot.engine.stats().last_reload_at is None


async def test_replies_keep_the_order_of_questions_within_a_chat(bot: BotHarness) -> None:
    server = bot.server
    questions = [KNOWN[0], NO_ANSWER, KNOWN[1], "/help", KNOWN[2]]
    other = READER + 1
    server.delay_next("sendMessage", 1.0)  # the first reply (to READER) is slow to send
    server.send_text(READER, questions[0])
    await server.wait_for(lambda: server.calls("sendMessage"), description="first reply sent")
    for question in questions[1:]:
        server.send_text(READER, question)
    for question in questions:
        server.send_text(other, question)
    replies = await server.wait_for_messages(READER, len(questions), timeout=20)
    others = await server.wait_for_messages(other, len(questions), timeout=20)
    expected = [bot.engine.ask(q) for q in questions if q != "/help"]
    answers = [r for r in replies if "How to ask" not in r.text]
    assert [r.source for r in answers] == [format_html(a, 3, 0, await bot.state.examples())
                                           for a in expected]
    assert "How to ask" in replies[3].text
    for position in (0, 2, 4):
        assert_answered(bot, replies[position], questions[position])
    # The other chat did not wait for the slow first reply.
    assert server.sent.index(others[0]) < server.sent.index(replies[0])
    assert [r.source for r in others] == [r.source for r in replies]


# PTB's own RetryAfter.__init__ reads its deprecated int-valued attribute.
@pytest.mark.filterwarnings(
    "ignore:Deprecated since version v22.2:telegram.warnings.PTBDeprecationWarning"
)
async def test_a_429_with_retry_after_is_waited_out(bot: BotHarness) -> None:
    server = bot.server
    server.fail_next("sendMessage", retry_after=1)
    started = time.monotonic()
    reply = await bot.say(READER, "/help")
    assert time.monotonic() - started >= 1.0
    assert "How to ask" in reply.text
    [refused] = server.rejected
    assert refused.injected and refused.status == 429


async def test_errors_are_logged_without_the_token_and_the_user_is_told(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    server = bot.server
    leaky = f"Bad Request: failed at {server.method_url('sendMessage')}"
    server.fail_next("sendMessage", status=400, description=leaky)
    with caplog.at_level(logging.INFO):
        reply = await bot.say(READER, "/help")
    assert reply.text == "⚠️ 出了點問題，請稍後再試。Something went wrong — please try again."
    assert "error while handling update" in caplog.text
    assert "<token>" in caplog.text  # the error was logged, redacted (PTB lower-cased it)
    assert server.token not in caplog.text
    secret = server.token.partition(":")[2]
    assert secret not in caplog.text


def test_the_redactor_covers_messages_arguments_and_tracebacks() -> None:
    token = "123456:ABCdefGHIjklMNOpqr"
    try:
        raise RuntimeError(f"https://api.telegram.org/bot{token}/getMe failed")
    except RuntimeError as exc:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "call %s",
                                   (f"/bot{token}/x",), (type(exc), exc, exc.__traceback__))
    TokenRedactor(token).filter(record)
    formatted = logging.Formatter().format(record)
    assert token not in formatted and "ABCdefGHIjklMNOpqr" not in formatted
    assert formatted.count("<token>") >= 2
