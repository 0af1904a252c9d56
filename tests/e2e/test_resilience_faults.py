"""Faults of the Bot API survived: 429s, server errors, dropped connections and timeouts on
``sendMessage`` and ``getUpdates``. Nothing crashes, every question gets exactly one reply where
one can get through, and a reply that could not be delivered is logged with its chat.
"""

from __future__ import annotations

import logging
import time

import pytest

from bot.telegram import texts as tf
from bot.telegram import BotSettings

from .conftest import READER, BotHarness, Launcher, assert_answered

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(90)]

#: Of the article's question set, so the replies' content is known.
QUESTION = "基層黨組織有多少個？"
OTHER = "全省共打造了多少家共富工坊？"
#: Short pauses between retries, so that the tests do not wait seconds for them.
QUICK_RETRIES = BotSettings(progress_interval=0.2, retry_backoff=0.05)
# PTB's own RetryAfter.__init__ reads its deprecated int-valued attribute.
RETRY_AFTER_WARNING = pytest.mark.filterwarnings(
    "ignore:Deprecated since version v22.2:telegram.warnings.PTBDeprecationWarning"
)


def injected(bot: BotHarness, method: str) -> list[int]:
    return [r.status for r in bot.server.rejected if r.injected and r.method == method]


@RETRY_AFTER_WARNING
async def test_a_429_on_an_answer_is_waited_out_and_the_answer_arrives_once(
    bot: BotHarness,
) -> None:
    server = bot.server
    server.fail_next("sendMessage", retry_after=1)
    started = time.monotonic()
    reply = await bot.say(READER, QUESTION)
    assert time.monotonic() - started >= 1.0
    assert_answered(bot, reply, QUESTION)
    await bot.settle()
    assert len(server.sent_to(READER)) == 1
    assert injected(bot, "sendMessage") == [429]


async def test_server_errors_on_an_answer_are_retried(launch: Launcher) -> None:
    async with launch(settings=QUICK_RETRIES) as bot:
        server = bot.server
        server.fail_next("sendMessage", 502)
        server.fail_next("sendMessage", 500)
        server.disconnect_next("sendMessage")  # closed without an answer: not carried out
        reply = await bot.say(READER, QUESTION)
        assert_answered(bot, reply, QUESTION)
        await bot.settle()
        assert len(server.sent_to(READER)) == 1
        assert sorted(injected(bot, "sendMessage")) == [500, 502]
        assert len(server.calls("sendMessage")) == 4


async def test_an_answer_that_fails_after_the_retries_is_logged_with_its_chat(
    launch: Launcher, caplog: pytest.LogCaptureFixture
) -> None:
    # max_retries 2: three attempts at the answer, three at telling the reader, all failing.
    async with launch(settings=QUICK_RETRIES,
                      telegram={"rate_limit": {"max_retries": 2}}) as bot:
        server = bot.server
        server.fail_next("sendMessage", 500, times=6)
        with caplog.at_level(logging.INFO, logger="bot.telegram"):
            update = server.send_text(READER, QUESTION)
            await server.wait_for(lambda: len(server.calls("sendMessage")) >= 6,
                                  description="six attempts")
            await bot.settle()
        assert server.sent == []
        errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
        assert [r.getMessage() for r in errors] == [
            f"error while handling update {update['update_id']} from user {READER} "
            f"in chat {READER}"
        ]
        retries = [r.getMessage() for r in caplog.records if "retry" in r.getMessage()]
        assert len(retries) == 4 and all(f"sendMessage to chat {READER}" in m for m in retries)
        assert f"could not tell chat {READER} about the error" in caplog.text
        # The bot carries on: the next question is answered.
        reply = await bot.say(READER, OTHER)
        assert_answered(bot, reply, OTHER)


@pytest.mark.slow
async def test_a_timed_out_answer_is_not_sent_again(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    server = bot.server
    # Longer than PTB's read timeout (5 s): the bot gives up waiting, the fake sends it anyway.
    server.delay_next("sendMessage", 5.5)
    with caplog.at_level(logging.ERROR, logger="bot.telegram"):
        server.send_text(READER, QUESTION)
        [reply] = await server.wait_for_messages(READER, 1, timeout=10)
        await bot.settle()
    assert_answered(bot, reply, QUESTION)
    assert len(server.calls("sendMessage")) == 1, "a timed-out reply was sent again"
    assert f"in chat {READER}" in caplog.text and "TimedOut" in caplog.text
    assert tf.SORRY_HTML not in [m.source for m in server.sent]
    assert_answered(bot, await bot.say(READER, OTHER), OTHER)


@pytest.mark.slow
async def test_polling_recovers_from_errors_dropped_connections_and_timeouts(
    bot: BotHarness,
) -> None:
    server = bot.server
    await server.wait_for(lambda: server.calls("getUpdates"), description="polling")
    server.fail_next("getUpdates", 502)
    server.disconnect_next("getUpdates")
    await server.wait_for(lambda: injected(bot, "getUpdates"), description="the 502")
    server.send_text(READER, QUESTION)  # while polling fails
    [reply] = await server.wait_for_messages(READER, 1, timeout=15)
    assert_answered(bot, reply, QUESTION)
    assert injected(bot, "getUpdates") == [502]
    assert any(c.note.startswith("disconnected") for c in server.calls("getUpdates"))

    # A poll that outlasts the client's read timeout (poll timeout 1 s + 5 s).
    server.delay_next("getUpdates", 7)
    await server.wait_for(lambda: any("delayed" in c.note for c in server.calls("getUpdates")),
                          description="the delayed poll")
    since = len(server.sent)
    server.send_text(READER, OTHER)
    [reply] = await server.wait_for_messages(READER, 1, timeout=15, since=since)
    assert_answered(bot, reply, OTHER)
    await bot.settle()
    assert len(server.sent_to(READER)) == 2
    assert server.redelivered_update_ids == []
