"""Tests of the fake Telegram Bot API server, with raw HTTP and with python-telegram-bot."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    MessageEntity,
    Update,
)
from telegram.error import BadRequest, Conflict, NetworkError, RetryAfter, TimedOut
from telegram.ext import CommandHandler, ContextTypes, MessageHandler, filters
from telegram.request import HTTPXRequest

from .fakebotapi import FakeBotAPI, FakeBotAPITimeout, HTMLParseError, parse_html, utf16_len

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(30)]


# ------------------------------------------------------------------------------- fixtures


@pytest.fixture
async def server() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as srv:
        yield srv


def _request(read_timeout: float = 3.0) -> HTTPXRequest:
    return HTTPXRequest(connect_timeout=2.0, read_timeout=read_timeout, write_timeout=2.0)


@pytest.fixture
async def bot(server: FakeBotAPI) -> AsyncIterator[Bot]:
    async with Bot(
        server.token,
        base_url=server.base_url,
        base_file_url=server.base_file_url,
        request=_request(),
        get_updates_request=_request(),
    ) as client:
        yield client


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(timeout=10.0) as client:
        yield client


async def call(
    http: httpx.AsyncClient, server: FakeBotAPI, method: str, **params: Any
) -> tuple[int, dict[str, Any]]:
    """POST form-encoded params (all strings, as PTB does) and return status and body."""
    response = await http.post(server.method_url(method), data=params)
    return response.status_code, response.json()


# ------------------------------------------------------------------------------- basics


async def test_get_me_token_and_unknown_methods(
    server: FakeBotAPI, http: httpx.AsyncClient
) -> None:
    status, body = await call(http, server, "getMe")
    assert status == 200 and body["ok"] is True
    me = body["result"]
    assert me["username"] == "test_qa_bot" and me["is_bot"] is True
    assert me["can_join_groups"] is True and me["supports_inline_queries"] is True

    # Method names are case-insensitive on Telegram.
    status, _ = await call(http, server, "getme")
    assert status == 200

    wrong = await http.post(f"{server.base_url}999:WRONG/getMe")
    assert wrong.status_code == 401
    assert wrong.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}

    status, body = await call(http, server, "sendCarrierPigeon", chat_id="1")
    assert status == 404
    assert body == {"ok": False, "error_code": 404, "description": "Not Found"}
    assert [r.status for r in server.rejected] == [401, 404]

    for method in ("close", "logOut"):
        status, body = await call(http, server, method)
        assert (status, body["result"]) == (200, True)


async def test_ptb_params_arrive_as_strings_and_json(server: FakeBotAPI, bot: Bot) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("更多", callback_data="more:1")]])
    message = await bot.send_message(42, "123", reply_markup=markup)
    params = server.calls("sendMessage")[-1].params
    assert params["chat_id"] == "42"  # JSON-encoded int
    assert params["text"] == "123"  # raw string, never JSON-encoded
    assert params["reply_markup"].startswith('{"inline_keyboard"')
    assert message.text == "123" and message.chat.id == 42
    assert message.from_user is not None and message.from_user.username == "test_qa_bot"
    assert message.reply_markup == markup  # inline keyboards are echoed

    second = await bot.send_message(42, "again", entities=[MessageEntity("bold", 0, 5)])
    assert second.message_id == message.message_id + 1  # increasing per chat
    assert server.calls("sendMessage")[-1].params["entities"].startswith("[{")
    assert second.entities == (MessageEntity("bold", 0, 5),)

    await bot.set_my_commands([BotCommand("ask", "提问"), BotCommand("help", "帮助")])
    assert server.calls("setMyCommands")[-1].params["commands"].startswith("[")
    assert server.commands == [
        {"command": "ask", "description": "提问"},
        {"command": "help", "description": "帮助"},
    ]
    assert [c.command for c in await bot.get_my_commands()] == ["ask", "help"]
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Ask-Me", "bad name")])

    assert await bot.send_chat_action(42, "typing") is True
    assert server.chat_actions[-1].action == "typing"
    assert await bot.delete_message(42, second.message_id) is True
    assert server.deleted == [(42, second.message_id)]
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(42, second.message_id)
    assert await bot.set_webhook("https://example.org/hook") is True
    assert server.webhook_url == "https://example.org/hook"
    assert await bot.delete_webhook() is True and server.webhook_url is None


# ------------------------------------------------------------------------------- HTML rules


@pytest.mark.parametrize(
    ("html", "text", "entities"),
    [
        ("plain", "plain", []),
        ("<b>粗</b>体", "粗体", [("bold", 0, 1)]),
        ("<B>x</B>", "x", [("bold", 0, 1)]),
        ("<strong>a</strong><em>b</em><ins>c</ins><del>d</del>", "abcd",
         [("bold", 0, 1), ("italic", 1, 1), ("underline", 2, 1), ("strikethrough", 3, 1)]),
        ("😀<i>x</i>", "😀x", [("italic", 2, 1)]),  # offsets in UTF-16 units
        ("a &lt;b&gt; &amp; &quot;c&quot; &#20013;&#x6587;", 'a <b> & "c" 中文', []),
        ("x > y", "x > y", []),
        ('<a href="https://example.org/?a=1&b=2">链接</a>', "链接", [("text_link", 0, 2)]),
        ('<span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler>', "st",
         [("spoiler", 0, 1), ("spoiler", 1, 1)]),
        ('<pre><code class="language-python">x = 1</code></pre>', "x = 1", [("pre", 0, 5)]),
        ("<code>c</code>", "c", [("code", 0, 1)]),
        ("<blockquote expandable>q</blockquote><blockquote>r</blockquote>", "qr",
         [("expandable_blockquote", 0, 1), ("blockquote", 1, 1)]),
        ('<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>', "👍",
         [("custom_emoji", 0, 2)]),
        ("<b><i>nested</i></b>", "nested", [("bold", 0, 6), ("italic", 0, 6)]),
        ("<b></b>x", "x", []),  # empty entities vanish
        ("<b>x</>", "x", [("bold", 0, 1)]),  # </> closes the innermost tag
        ("  <b> padded </b>\n", "padded", [("bold", 0, 6)]),  # Telegram trims the text
    ],
)
async def test_html_accepted(
    server: FakeBotAPI, http: httpx.AsyncClient, html: str, text: str,
    entities: list[tuple[str, int, int]],
) -> None:
    status, body = await call(
        http, server, "sendMessage", chat_id="7", text=html, parse_mode="HTML"
    )
    assert status == 200, body
    result = body["result"]
    assert result["text"] == text
    got = [(e["type"], e["offset"], e["length"]) for e in result.get("entities", [])]
    assert sorted(got) == sorted(entities)
    assert server.sent[-1].text == text and server.sent[-1].source == html


def test_html_link_and_language_details() -> None:
    _, [link] = parse_html('<a href="https://x.org/?q=1&amp;r=2">l</a>')
    assert link["url"] == "https://x.org/?q=1&r=2"
    _, [pre] = parse_html('<pre><code class="language-python">x</code></pre>')
    assert pre == {"type": "pre", "offset": 0, "length": 1, "language": "python"}
    _, [mention] = parse_html('<a href="tg://user?id=42">u</a>')
    assert mention["type"] == "text_mention" and mention["user"]["id"] == 42
    assert parse_html('<a href="not a url">x</a>') == ("x", [])  # no entity, no error
    assert parse_html("AT&T", strict_ampersand=False) == ("AT&T", [])  # what Telegram does


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("line<br>break", 'Unsupported start tag "br" at byte offset 4'),
        ("<p>para</p>", 'Unsupported start tag "p"'),
        ("<div>x</div>", 'Unsupported start tag "div"'),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("价格<100元", "Unclosed start tag at byte offset 6"),  # offsets are UTF-8 bytes
        ("价 <100元 或 >200", 'Unsupported start tag "100元" at byte offset 4'),
        ("AT&T", "Character '&' at byte offset 2"),
        ("&nbsp;", "Character '&' at byte offset 0"),
        ("<b>unclosed", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<b", "Unclosed start tag at byte offset 0"),
        ('<a href="x">y', "Can't find end tag"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler"'),
        ("<b class>x</b>", "Expected equal sign"),
    ],
)
async def test_html_rejected(
    server: FakeBotAPI, http: httpx.AsyncClient, html: str, reason: str
) -> None:
    status, body = await call(
        http, server, "sendMessage", chat_id="7", text=html, parse_mode="HTML"
    )
    assert status == 400
    assert body["ok"] is False and body["error_code"] == 400
    assert body["description"].startswith("Bad Request: can't parse entities: ")
    assert reason in body["description"]
    assert server.sent == []
    assert server.rejected[-1].description == body["description"]
    with pytest.raises(HTMLParseError):
        parse_html(html)


async def test_html_rejection_is_bad_request_in_ptb(server: FakeBotAPI, bot: Bot) -> None:
    with pytest.raises(BadRequest, match="(?i)can't parse entities: unsupported start tag"):
        await bot.send_message(1, "1 < 2", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Unsupported parse_mode"):
        await bot.send_message(1, "x", parse_mode="BBCode")


async def test_length_is_counted_in_utf16_after_parsing(
    server: FakeBotAPI, http: httpx.AsyncClient
) -> None:
    async def send(text: str, parse_mode: str | None = "HTML") -> tuple[int, str]:
        params = {"chat_id": "5", "text": text}
        if parse_mode:
            params["parse_mode"] = parse_mode
        status, body = await call(http, server, "sendMessage", **params)
        return status, body.get("description", "")

    assert (await send("中" * 4096))[0] == 200
    assert await send("中" * 4097) == (400, "Bad Request: message is too long")
    assert utf16_len("😀") == 2
    assert (await send("😀" * 2048))[0] == 200  # 4096 UTF-16 units, 2048 code points
    assert await send("😀" * 2049) == (400, "Bad Request: message is too long")
    # Escapes and tags do not count: 16384 bytes of source, 4096 characters of text.
    assert (await send("&lt;" * 4096))[0] == 200
    assert (await send("<b>" + "x" * 4096 + "</b>"))[0] == 200
    assert (await send("x" * 4096 + "   \n"))[0] == 200  # trailing whitespace is trimmed
    assert await send("", None) == (400, "Bad Request: message text is empty")
    assert await send(" \n ", None) == (400, "Bad Request: message must be non-empty")
    assert await send("<b> </b>") == (400, "Bad Request: message must be non-empty")


async def test_entity_overflow_is_recorded(server: FakeBotAPI, bot: Bot) -> None:
    html = " ".join(f"<b>{i}</b>" for i in range(101))
    message = await bot.send_message(3, html, parse_mode="HTML")
    assert len(message.entities) == 100  # Telegram silently keeps only 100
    [overflow] = server.entity_overflows
    assert (overflow.method, overflow.chat_id, overflow.count) == ("sendMessage", 3, 101)


# ------------------------------------------------------------------------------- keyboards


async def test_callback_data_limit_is_64_utf8_bytes(server: FakeBotAPI, bot: Bot) -> None:
    ok = "问" * 21 + "x"  # 63 + 1 = 64 bytes
    assert len(ok.encode()) == 64
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("ok", callback_data=ok)]])
    await bot.send_message(9, "fits", reply_markup=keyboard)

    too_long = "问" * 22  # 66 bytes, only 22 characters
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("no", callback_data=too_long)]])
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(9, "too long", reply_markup=keyboard)
    assert server.rejected[-1].description == "Bad Request: BUTTON_DATA_INVALID"
    assert [m.text for m in server.sent] == ["fits"]


async def test_callback_queries_are_answered_once(server: FakeBotAPI, bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("详情", callback_data="detail:7")]])
    sent = await bot.send_message(11, "question", reply_markup=keyboard)
    with pytest.raises(ValueError, match="no button"):
        server.press_button(11, 11, sent.message_id, "other")
    update = server.press_button(11, 11, sent.message_id, "detail:7")
    [received] = await bot.get_updates(timeout=1)
    query = received.callback_query
    assert query is not None and query.data == "detail:7"
    assert query.id == update["callback_query"]["id"]
    assert query.message is not None and query.message.message_id == sent.message_id

    assert await query.answer("好的") is True
    assert server.callback_answers[-1].text == "好的"
    with pytest.raises(BadRequest, match="Query is too old"):
        await query.answer("again")
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query("no-such-query")


async def test_edit_message_text_rules(server: FakeBotAPI, bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="x")]])
    sent = await bot.send_message(12, "<b>v1</b>", parse_mode="HTML", reply_markup=keyboard)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("v2", chat_id=12, message_id=999)
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text(
            "<b>v1</b>", chat_id=12, message_id=sent.message_id, parse_mode="HTML",
            reply_markup=keyboard,
        )
    edited = await bot.edit_message_text(
        "<i>v2</i>", chat_id=12, message_id=sent.message_id, parse_mode="HTML"
    )
    assert isinstance(edited, type(sent))
    assert edited.text == "v2" and edited.entities == (MessageEntity("italic", 0, 2),)
    assert edited.reply_markup is None  # omitting reply_markup removes the keyboard
    assert server.edits[-1].text == "v2"
    assert server.message(12, sent.message_id)["text"] == "v2"
    with pytest.raises(BadRequest, match="Can't parse entities"):
        await bot.edit_message_text(
            "<x>", chat_id=12, message_id=sent.message_id, parse_mode="HTML"
        )


# ------------------------------------------------------------------------------- inline mode


async def test_inline_query_answers(server: FakeBotAPI, bot: Bot) -> None:
    def article(i: int | str, text: str = "答案") -> InlineQueryResultArticle:
        return InlineQueryResultArticle(
            str(i), f"title {i}", InputTextMessageContent(text, parse_mode="HTML")
        )

    query_id = server.inline_query(77, "上海 GDP")["inline_query"]["id"]
    [update] = await bot.get_updates(timeout=1)
    assert update.inline_query is not None and update.inline_query.query == "上海 GDP"

    with pytest.raises(BadRequest, match="Results_too_much"):
        await bot.answer_inline_query(query_id, [article(i) for i in range(51)])
    with pytest.raises(BadRequest, match="Result_id_invalid"):
        await bot.answer_inline_query(query_id, [article("x" * 65)])
    with pytest.raises(BadRequest, match="Can't parse entities"):
        await bot.answer_inline_query(query_id, [article(1, "a <br> b")])
    with pytest.raises(BadRequest, match="Message_too_long"):
        await bot.answer_inline_query(query_id, [article(1, "长" * 4097)])

    assert await bot.answer_inline_query(query_id, [article(i, "<b>ok</b>") for i in range(50)])
    answer = server.inline_answers[-1]
    assert answer.inline_query_id == query_id and len(answer.results) == 50
    assert answer.results[0]["input_message_content"]["message_text"] == "ok"
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_inline_query(query_id, [article(1)])


# ------------------------------------------------------------------------------- getUpdates


async def test_get_updates_blocks_until_timeout(
    server: FakeBotAPI, http: httpx.AsyncClient
) -> None:
    started = time.monotonic()
    status, body = await call(http, server, "getUpdates", timeout="1")
    elapsed = time.monotonic() - started
    assert (status, body["result"]) == (200, [])
    assert 0.9 <= elapsed < 2.0, elapsed  # a poll that returns at once makes clients spin


async def test_get_updates_wakes_on_new_update(server: FakeBotAPI, http: httpx.AsyncClient) -> None:
    poll = asyncio.create_task(call(http, server, "getUpdates", timeout="10"))
    await asyncio.sleep(0.2)
    assert not poll.done()
    started = time.monotonic()
    server.send_text(5, "醒醒")
    status, body = await asyncio.wait_for(poll, 2)
    assert time.monotonic() - started < 0.5
    [update] = body["result"]
    assert update["message"]["text"] == "醒醒"


async def test_offset_drops_acknowledged_updates(
    server: FakeBotAPI, http: httpx.AsyncClient
) -> None:
    ids = [server.send_text(5, f"m{i}")["update_id"] for i in range(4)]
    _, body = await call(http, server, "getUpdates")
    assert [u["update_id"] for u in body["result"]] == ids  # nothing confirmed yet
    _, body = await call(http, server, "getUpdates", offset=str(ids[2]), limit="1")
    assert [u["update_id"] for u in body["result"]] == [ids[2]]
    assert server.confirmed_offset == ids[2]
    # Acknowledged updates are gone for good, even with a lower offset later on.
    _, body = await call(http, server, "getUpdates", offset="0")
    assert [u["update_id"] for u in body["result"]] == ids[2:]
    _, body = await call(http, server, "getUpdates", offset="-1")
    assert [u["update_id"] for u in body["result"]] == [ids[3]]
    _, body = await call(http, server, "getUpdates", offset=str(ids[3] + 1))
    assert body["result"] == [] and server.pending_updates == []
    assert server.confirmed_offset == ids[3] + 1
    assert server.redelivered_update_ids == ids[2:]  # they were handed out several times


async def test_release_long_polls_and_stop_do_not_wait_for_timeout(http: httpx.AsyncClient) -> None:
    server = FakeBotAPI()
    await server.start()
    try:
        poll = asyncio.create_task(call(http, server, "getUpdates", timeout="25"))
        await server.wait_for(lambda: server._poll_waiters, 2, description="a waiting poll")
        assert await server.release_long_polls() == 1
        status, body = await asyncio.wait_for(poll, 1)
        assert (status, body["result"]) == (200, [])
        assert server.calls("getUpdates")[-1].note == "released"

        poll = asyncio.create_task(call(http, server, "getUpdates", timeout="25"))
        server.delay_next("sendMessage", 60)
        slow = asyncio.create_task(call(http, server, "sendMessage", chat_id="1", text="x"))
        await asyncio.sleep(0.2)
    finally:
        started = time.monotonic()
        await server.stop()
        assert time.monotonic() - started < 2.0
    assert (await asyncio.wait_for(poll, 1))[1]["result"] == []
    assert (await asyncio.wait_for(slow, 1))[0] == 200


async def test_restart_keeps_port_and_state(server: FakeBotAPI, bot: Bot) -> None:
    port = server.port
    update = server.send_text(5, "queued before the outage")
    await server.stop()
    with pytest.raises(NetworkError):
        await bot.get_me()
    await server.start()
    assert server.port == port
    [received] = await bot.get_updates()
    assert received.update_id == update["update_id"]


async def test_get_updates_conflicts(server: FakeBotAPI, bot: Bot, http: httpx.AsyncClient) -> None:
    await bot.set_webhook("https://example.org/hook")
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    await bot.delete_webhook()

    first = asyncio.create_task(call(http, server, "getUpdates", timeout="10"))
    await asyncio.sleep(0.2)
    second = asyncio.create_task(call(http, server, "getUpdates", timeout="1"))
    status, body = await asyncio.wait_for(first, 2)
    assert status == 409 and "terminated by other getUpdates request" in body["description"]
    assert (await second)[0] == 200


async def test_allowed_updates_filter(server: FakeBotAPI, bot: Bot) -> None:
    server.send_text(5, "text")
    server.inline_query(5, "inline")
    updates = await bot.get_updates(allowed_updates=["inline_query"])
    assert [u.inline_query is not None for u in updates] == [True]
    updates = await bot.get_updates(allowed_updates=[])  # back to the default set
    assert len(updates) == 2


# ------------------------------------------------------------------------------- faults


# PTB 22.8 warns about its own int ``retry_after`` inside ``RetryAfter.__init__``.
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_faults_become_ptb_exceptions(server: FakeBotAPI, bot: Bot) -> None:
    server.fail_next("sendMessage", retry_after=7)
    with pytest.raises(RetryAfter, match="Retry in 7 seconds"):
        await bot.send_message(1, "x")

    server.fail_next("sendMessage", 502)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(1, "x")

    server.fail_next("sendMessage", 400, description="Bad Request: chat not found")
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(1, "x")

    server.fail_next("sendMessage", 500, times=2)  # fail twice, then succeed
    for _ in range(2):
        with pytest.raises(NetworkError):
            await bot.send_message(1, "x")
    assert (await bot.send_message(1, "third time")).text == "third time"
    assert [r.injected for r in server.rejected] == [True] * 5
    assert [m.text for m in server.sent] == ["third time"]

    server.disconnect_next("sendMessage")
    with pytest.raises(NetworkError):
        await bot.send_message(1, "lost")
    assert [m.text for m in server.sent] == ["third time"]  # a dropped call does nothing

    with pytest.raises(ValueError):
        server.fail_next("sendMessage", 500, times=10_000)
    with pytest.raises(ValueError):
        server.delay_next("noSuchMethod", 1)


async def test_delay_causes_client_timeout_but_message_is_sent(server: FakeBotAPI) -> None:
    async with Bot(server.token, base_url=server.base_url, request=_request(0.3)) as bot:
        server.delay_next("sendMessage", 0.8)
        with pytest.raises(TimedOut):
            await bot.send_message(1, "late")
        # Like Telegram, the server still carries out the call after the client gave up.
        await server.wait_for(lambda: server.sent, 2, description="the delayed message")
        assert server.sent[0].text == "late"
        assert server.calls("sendMessage")[0].note.startswith("delayed")


# ------------------------------------------------------------------------------- files


async def test_document_download_through_ptb(server: FakeBotAPI, bot: Bot) -> None:
    content = "新闻全文\n".encode() * 100
    server.send_document(21, None, "新闻.txt", content, mime_type="text/plain")
    [update] = await bot.get_updates(timeout=1)
    document = update.message.document
    assert document.file_name == "新闻.txt" and document.file_size == len(content)
    file = await bot.get_file(document)
    assert file.file_path.startswith(server.base_file_url)
    assert await file.download_as_bytearray() == bytearray(content)
    assert [(d.status, d.size) for d in server.downloads] == [(200, len(content))]

    server.fail_next("download", 500)
    with pytest.raises(NetworkError):
        await file.download_as_bytearray()

    # A test may lie about the size: over 20 MB Telegram refuses getFile.
    big = server.send_document(21, 21, "big.pdf", b"%PDF-", declared_size=21 * 1024 * 1024)
    with pytest.raises(BadRequest, match="File is too big"):
        await bot.get_file(big["message"]["document"]["file_id"])
    with pytest.raises(BadRequest, match="Invalid file_id"):
        await bot.get_file("nope")


async def test_bot_can_upload_a_document(server: FakeBotAPI, bot: Bot) -> None:
    message = await bot.send_document(
        8, b"a,b\n1,2\n", filename="t.csv", caption="<b>表</b>", parse_mode="HTML"
    )
    request = server.calls("sendDocument")[-1]
    assert request.files["document"].content == b"a,b\n1,2\n"  # multipart upload
    assert message.caption == "表" and server.sent[-1].caption == "表"
    downloaded = await (await bot.get_file(message.document)).download_as_bytearray()
    assert downloaded == bytearray(b"a,b\n1,2\n")


# ------------------------------------------------------------------------------- injection


async def test_injected_text_gets_utf16_entities(server: FakeBotAPI, bot: Bot) -> None:
    text = "/ask@test_qa_bot 😀 问 @test_qa_bot 看 https://example.org/a。"
    server.send_text(31, text, first_name="小明")
    [update] = await bot.get_updates()
    message = update.message
    assert message.from_user.first_name == "小明" and message.chat.type == "private"
    parsed = {e.type: value for e, value in message.parse_entities().items()}
    assert parsed == {
        "bot_command": "/ask@test_qa_bot",
        "mention": "@test_qa_bot",
        "url": "https://example.org/a",
    }
    mention = next(e for e in message.entities if e.type == "mention")
    assert mention.offset == text.index("@test_qa_bot 看") + 1  # +1: the emoji is 2 units


async def test_group_privacy_mode_and_replies(server: FakeBotAPI, bot: Bot) -> None:
    server.send_text(-100500, "hello everyone", user_id=1, chat_type="supergroup")
    command = server.send_text(-100500, "/ask@test_qa_bot 几点", user_id=1)
    other_bot = server.send_text(-100500, "/ask@other_bot", user_id=1)
    mention = server.send_text(-100500, "@test_qa_bot 你好", user_id=2)
    updates = await bot.get_updates()
    assert [u.update_id for u in updates] == [command["update_id"], mention["update_id"]]
    assert len(server.undelivered) == 2 and "update_id" not in other_bot

    question_id = command["message"]["message_id"]
    reply = await bot.send_message(-100500, "答复", reply_to_message_id=question_id)
    assert reply.reply_to_message.text == "/ask@test_qa_bot 几点"
    follow_up = server.send_text(-100500, "谢谢", user_id=1, reply_to=reply.message_id)
    updates = await bot.get_updates(offset=updates[-1].update_id + 1)
    assert [u.update_id for u in updates] == [follow_up["update_id"]]
    with pytest.raises(BadRequest, match="Message to be replied not found"):
        await bot.send_message(-100500, "x", reply_to_message_id=999)

    edited = server.send_edited_text(-100500, follow_up, "多谢")
    updates = await bot.get_updates(offset=updates[-1].update_id + 1)
    assert updates[0].edited_message.text == "多谢" and edited["edited_message"]["edit_date"]
    server.send_sticker(31)
    server.send_photo(31, caption="图")
    updates = await bot.get_updates(offset=updates[-1].update_id + 1)
    assert updates[0].message.sticker.emoji == "👍"
    assert updates[1].message.caption == "图" and len(updates[1].message.photo) == 2


async def test_wait_for_failure_lists_what_was_sent(server: FakeBotAPI, bot: Bot) -> None:
    await bot.send_message(41, "the only reply")
    with pytest.raises(FakeBotAPITimeout) as failure:
        await server.wait_for_messages(41, 2, timeout=0.2)
    assert "the only reply" in str(failure.value)
    assert "2 message(s) to chat 41" in str(failure.value)
    [first] = await server.wait_for_messages(41, 1, timeout=0.2)
    assert first.text == "the only reply"


# ------------------------------------------------------------------------------- Application


async def test_real_application_end_to_end(server: FakeBotAPI) -> None:
    async def post_init(app: Any) -> None:
        await app.bot.set_my_commands([BotCommand("start", "开始")])

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_html(f"<b>欢迎</b> {context.args}")

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None and update.effective_message.text
        await update.effective_message.reply_text(update.effective_message.text)

    def build() -> Any:
        app = server.application_builder().post_init(post_init).build()
        app.add_handler(CommandHandler("start", start))
        app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
        return app

    async with server.running_application(build()):
        server.send_text(42, "/start@test_qa_bot 上海")
        server.send_text(42, "你好 123")
        replies = await server.wait_for_messages(42, 2, timeout=5)
        stopping = time.monotonic()
    assert time.monotonic() - stopping < 3.0  # shutdown does not wait for the poll timeout

    assert [r.text for r in replies] == ["欢迎 ['上海']", "你好 123"]
    assert replies[0].parse_mode == "HTML" and replies[0].entities[0]["type"] == "bold"
    assert replies[1].reply_to_message_id is None or replies[1].reply_to_message_id > 0
    order = [r.method for r in server.requests if r.method != "getUpdates"]
    # initialize (getMe) -> post_init (setMyCommands) -> start_polling (deleteWebhook)
    assert order[:3] == ["getMe", "setMyCommands", "deleteWebhook"]
    assert server.commands == [{"command": "start", "description": "开始"}]
    assert server.confirmed_offset == server.last_update_id + 1  # final getUpdates confirmed
    assert server.rejected == []

    # A restart must not answer anything twice.
    async with server.running_application(build()):
        server.send_text(42, "再来")
        await server.wait_for_messages(42, 3, timeout=5)
        await asyncio.sleep(0.2)
    assert [m.text for m in server.sent_to(42)] == ["欢迎 ['上海']", "你好 123", "再来"]
    assert server.redelivered_update_ids == []
    assert server.rejected == []
