"""Hostile input end to end: every text a reader can send gets exactly one reply the (strict)
fake accepts; unknown commands point to /help; stickers, photos, edits, service messages and
odd updates never crash anything.

The engine and the formatter have property tests of their own (tests/unit/test_hostile_input.py);
this drives the whole bot: PTB's parsing, the handlers' routing, the HTML sent to the server.
Lone surrogates are left out: JSON (and so Telegram) cannot carry them.
"""

from __future__ import annotations

import logging
import time

import pytest

from bot.telegram import texts as tf

from .conftest import ADMIN, DATA, GROUP, READER, BotHarness, question_with_more

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(90)]

LONG_ASK = "/ask " + ("共富工坊有多少家？" * 500)[: 4096 - len("/ask ")]

HOSTILE: list[str] = [
    # control characters
    "\x00", "\x07\x08 共富工坊\x7f", "\x1b[31m紅色\x1b[0m 多少？", "行一\r\n行二\r行三", "\t\v\f",
    # right-to-left and zero-width marks
    "\u202e多少家共富工坊\u202c", "\u200f\u200e\u061c", "كم عدد ورش الرخاء المشترك؟",
    "\u200b\u200c\u200d\ufeff\u2060", "共\u200b富\u200b工\u200b坊有多少家？",
    # astral CJK, full-width forms, odd scripts
    "𠀀𪚥𠮷野家有多少？", "𝕳𝖔𝖜 𝖒𝖆𝖓𝖞", "８８２１家是什麼？", "ＨＯＷ　ＭＡＮＹ　共富工坊？", "\u3000\u3000",
    # texts of 4096 characters (UTF-16 code units)
    "浙" * 4096, "a" * 4096, "😀" * 2048, "<b>" * 1365, "&amp;" * 819, "共富工坊 多少 " * 512,
    # HTML and Markdown fragments
    "<b>", "</a>", "&amp;", "&", "<", ">", "&lt;script&gt;", "<script>alert(1)</script>",
    "<a href=\"javascript:alert(1)\">共富工坊</a>", "&#0;&#x110000;", "<tg-spoiler>多少</tg-spoiler>",
    "*_[]", "**共富工坊**有多少家？", "`code` ```pre```", "[鏈接](http://example.com)",
    "_*~|>#+-=.!{}()", "%s %d {0} {} %(x)s", "'; DROP TABLE passages; --",
    # emoji and punctuation only
    "😀😀", "👨‍👩‍👧‍👦🇨🇳", "？？？", "。。。……", "!!!???...", "、，；：「」『』",
    # numbers that are not questions
    "0", "-1", "9" * 400, "NaN", "1e309",
    # commands with junk, "/" alone, a 4096-character /ask
    "/", "/ ", "//", "/start junk <b>junk</b>", "/help@test_qa_bot extra & more", "/ask",
    "/ask@test_qa_bot", "/more junk", LONG_ASK,
]
#: Commands this bot does not know, in a private chat: each gets a pointer to /help.
UNKNOWN_COMMANDS = [
    "/frobnicate", "/frobnicate <b>&amp;</b>", "/ask@another_bot 共富工坊", "/x" * 100,
    "/a" + "b" * 60, "/start_now", "/RELOAD2",
]


async def test_every_hostile_text_gets_exactly_one_accepted_reply(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    assert len(HOSTILE) >= 40
    server = bot.server
    texts = HOSTILE + UNKNOWN_COMMANDS
    with caplog.at_level(logging.WARNING):
        for text in texts:
            server.send_text(READER, text)
        replies = await server.wait_for_messages(READER, len(texts), timeout=30)
        await bot.settle()
    assert len(server.sent_to(READER)) == len(texts)  # exactly one each, in order
    for text, reply in zip(texts, replies):
        assert reply.text and reply.source != tf.SORRY_HTML, (text[:40], reply.text)
    for reply in replies[len(HOSTILE):]:
        assert "Unknown command" in reply.text and "/help" in reply.text
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []


def raw_message(chat: dict, **content: object) -> dict:
    """A message update's message, built by hand for kinds the fake has no helper for."""
    return {"message_id": 900 + len(content), "date": int(time.time()), "chat": chat,
            "from": {"id": READER, "is_bot": False, "first_name": "R"}, **content}


async def test_non_text_messages_and_odd_updates_never_crash_anything(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    server = bot.server
    private = {"id": READER, "type": "private", "first_name": "R"}
    group = {"id": GROUP, "type": "supergroup", "title": "T"}
    with caplog.at_level(logging.WARNING):
        # Private chat: a hint for each attachment, nothing for edits.
        server.send_sticker(READER)
        server.send_photo(READER, caption="<b>共富工坊</b> &amp; 多少？")
        server.push_update({"message": raw_message(private, dice={"emoji": "🎲", "value": 6})})
        asked = server.send_text(READER, "全省共打造了多少家共富工坊？")
        server.send_edited_text(READER, asked, "<b>改了</b>")
        server.send_edited_text(READER, asked, "/reload")
        # Groups: silence for stickers, photos, edits and service messages.
        server.send_sticker(GROUP, user_id=READER)
        server.send_photo(GROUP, user_id=READER, caption="@test_qa_bot 多少？")
        in_group = server.send_text(GROUP, "/ask 多少", user_id=READER)
        server.send_edited_text(GROUP, in_group, "/ask 全省共打造了多少家共富工坊？")
        server.push_update({"message": raw_message(group, new_chat_members=[server.bot_user])})
        server.push_update({"message": raw_message(group, left_chat_member=server.bot_user,
                                                   text=None)})
        server.push_update({"channel_post": {
            "message_id": 1, "date": int(time.time()), "text": "/ask 共富工坊",
            "chat": {"id": -1009, "type": "channel", "title": "C"}}})
        await bot.settle()
    replies = server.sent_to(READER)
    assert [m.source == tf.NON_TEXT_HTML for m in replies] == [True, True, True, False]
    assert replies[3].text.startswith("💡 8821家")
    [in_group_reply] = server.sent_to(GROUP)  # only /ask got a reply
    assert in_group_reply.reply_to_message_id == in_group["message"]["message_id"]
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []


async def test_a_double_tap_on_a_button_acts_once(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    server = bot.server
    answer = await bot.say(READER, question_with_more(bot.engine))
    data = answer.buttons[0]["callback_data"]
    with caplog.at_level(logging.WARNING):
        since = len(server.sent)
        server.press_button(READER, READER, answer, data)
        server.press_button(READER, READER, answer, data)  # before the first took the button off
        await server.wait_for(lambda: len(server.callback_answers) == 2,
                              description="both presses answered")
        await bot.settle()
    assert len(server.sent_to(READER)[1:]) == 1, "the next passages were sent twice"
    assert server.sent[since].source != tf.SORRY_HTML
    # The same for an admin's confirmation: one removal.
    (bot.corpus / "extra_doc.txt").write_bytes((DATA / "extra_doc.txt").read_bytes())
    prompt = await bot.say(ADMIN, "/remove extra_doc.txt")
    confirm = prompt.buttons[0]["callback_data"]
    with caplog.at_level(logging.WARNING):
        server.press_button(ADMIN, ADMIN, prompt, confirm)
        server.press_button(ADMIN, ADMIN, prompt, confirm)
        await server.wait_for(lambda: any("Removed" in (e.text or "") for e in server.edits),
                              description="the removal")
        await bot.settle()
    assert [m.text for m in server.sent_to(ADMIN)[1:]] == ["⏳ 刪除 · Removing extra_doc.txt…"]
    assert not (bot.corpus / "extra_doc.txt").exists()
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
