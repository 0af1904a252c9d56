"""A fake Telegram Bot API server for end-to-end tests.

:class:`FakeBotAPI` is an :mod:`aiohttp` HTTP server bound to ``127.0.0.1`` on a free port.
The real python-telegram-bot (PTB) ``Bot``/``Application`` talks to it exactly as it talks
to ``api.telegram.org``: ``POST {base_url}{token}/{method}`` with form-encoded (or multipart)
parameters, and ``GET {base_file_url}{token}/{file_path}`` for downloads.  Tests inject
updates (a user sends text, presses a button, ...), let the bot poll them with
``getUpdates``, and then assert on what the bot sent back.

Usage (inside an ``async`` pytest test)::

    from telegram.ext import ApplicationBuilder, CommandHandler, MessageHandler, filters

    from .fakebotapi import FakeBotAPI   # or: from tests.e2e.fakebotapi import FakeBotAPI

    async def test_echo() -> None:
        async with FakeBotAPI() as server:
            app = server.application_builder().build()     # token/base_url/base_file_url set
            app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
            async with server.running_application(app):     # initialize, post_init,
                server.send_text(42, "你好")                  # start_polling, start ... and
                [reply] = await server.wait_for_messages(42, 1, timeout=5)   # the reverse
            assert reply.text == "你好"
            assert server.confirmed_offset > server.last_update_id  # acknowledged

Without the builder helper, point any ``telegram.Bot`` at it with
``Bot(server.token, base_url=server.base_url, base_file_url=server.base_file_url)``.

Lifecycle
    ``async with FakeBotAPI(...) as server`` (or ``await server.start()`` / ``await
    server.stop()``; a restart keeps the port and all state, to simulate an outage).  Stop the bot *before* the server: on ``Updater.stop()`` PTB sends one
    last ``getUpdates`` to confirm the offset.  ``stop()`` first answers pending long polls
    with ``[]`` (see :meth:`FakeBotAPI.release_long_polls`) and cuts injected delays short,
    so it never waits for a poll timeout.  The order used by
    :meth:`FakeBotAPI.running_application` is PTB's own ``run_polling`` order:
    ``initialize -> post_init -> updater.start_polling -> start`` and
    ``updater.stop -> stop -> post_stop -> shutdown -> post_shutdown``.

Injecting updates (synchronous; call them from the event loop the server runs in)
    :meth:`~FakeBotAPI.send_text`, :meth:`~FakeBotAPI.send_edited_text`,
    :meth:`~FakeBotAPI.send_sticker`, :meth:`~FakeBotAPI.send_photo`,
    :meth:`~FakeBotAPI.send_document`, :meth:`~FakeBotAPI.press_button`,
    :meth:`~FakeBotAPI.inline_query`, :meth:`~FakeBotAPI.push_update`.  Each returns the
    update dict (``update["message"]`` is the injected message).  ``send_text`` adds
    ``bot_command`` / ``mention`` / ``url`` entities with UTF-16 offsets like Telegram does.
    In groups the bot runs in *privacy mode* by default: only commands, replies to the bot
    and messages mentioning ``@botname`` are delivered; others land in
    :attr:`FakeBotAPI.undelivered`.

Observing
    :attr:`~FakeBotAPI.sent` (accepted bot messages, :class:`SentMessage`),
    :attr:`~FakeBotAPI.requests` (every call, :class:`RecordedRequest`),
    :attr:`~FakeBotAPI.rejected` (calls answered with an error, :class:`RejectedCall`),
    :attr:`~FakeBotAPI.edits`, :attr:`~FakeBotAPI.deleted`,
    :attr:`~FakeBotAPI.callback_answers`, :attr:`~FakeBotAPI.inline_answers`,
    :attr:`~FakeBotAPI.chat_actions`, :attr:`~FakeBotAPI.commands`,
    :attr:`~FakeBotAPI.downloads`, :attr:`~FakeBotAPI.entity_overflows`,
    :attr:`~FakeBotAPI.confirmed_offset`, :attr:`~FakeBotAPI.deliveries`.
    Wait with :meth:`~FakeBotAPI.wait_for` / :meth:`~FakeBotAPI.wait_for_messages`; on
    timeout they raise :class:`FakeBotAPITimeout` (an ``AssertionError``) whose message
    lists what the bot sent and what was rejected.

Faults (all bounded and consumed per call)
    :meth:`~FakeBotAPI.fail_next` (error status, optional ``retry_after`` -> PTB
    ``RetryAfter``; ``times=N`` makes a method fail N times and then succeed),
    :meth:`~FakeBotAPI.delay_next` (answer late -> client ``TimedOut``; the call is still
    carried out afterwards, as on the real server), :meth:`~FakeBotAPI.disconnect_next`
    (close the connection without an answer -> ``NetworkError``).  Use the method name
    ``"download"`` to target file downloads.

Strictness (what the real server would reject, answered with the real error text)
    * ``parse_mode=HTML`` is parsed with Telegram's rules (see :func:`parse_html`): unknown
      tags (``<br>``, ``<p>``, ``<div>`` ...), unbalanced or mismatched tags, a bare ``<``
      -> ``400 Bad Request: can't parse entities: ...``.  A bare ``&`` that is not an entity
      is *also* rejected by default (``strict_ampersand=True``) although the real server
      keeps it literally -- an unescaped ``&`` means the text was not escaped at all.
    * Message length is counted in UTF-16 code units of the text *after* entity parsing and
      after Telegram's trimming of leading/trailing whitespace: more than 4096 -> ``400
      Bad Request: message is too long``; captions 1024.  Empty text -> ``message text is
      empty``; only whitespace/markup -> ``message must be non-empty``.
    * More than 100 entities: Telegram silently drops the rest; the fake does the same and
      records an :class:`EntityOverflow` in :attr:`FakeBotAPI.entity_overflows`.
    * Inline keyboards: ``callback_data`` must be 1-64 bytes of UTF-8 (``BUTTON_DATA_INVALID``),
      each button needs exactly one action, URL buttons need an http(s)/tg URL.
    * ``answerCallbackQuery`` / ``answerInlineQuery`` only once per known query id; inline
      results: at most 50, unique ids of 1-64 bytes, ``message_text`` validated like
      ``sendMessage``.
    * ``editMessageText``: unknown message -> ``message to edit not found``; same text,
      entities and keyboard -> ``message is not modified``; omitting ``reply_markup``
      removes the inline keyboard (as on Telegram).
    * ``getUpdates`` long-polls, drops updates below ``offset`` for good, answers ``409``
      while a webhook is set and terminates an older concurrent poll with ``409``.
    * Wrong token -> ``401 Unauthorized``; unknown method -> ``404 Not Found``.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import re
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web

if TYPE_CHECKING:  # pragma: no cover - imported for annotations only
    from telegram.ext import Application, ApplicationBuilder

__all__ = [
    "BotAPIError",
    "CallbackAnswer",
    "ChatAction",
    "EditedMessage",
    "EntityOverflow",
    "FakeBotAPI",
    "FakeBotAPITimeout",
    "FileDownload",
    "HTMLParseError",
    "InlineAnswer",
    "RecordedRequest",
    "RejectedCall",
    "SentMessage",
    "StoredFile",
    "UploadedFile",
    "parse_html",
    "utf16_len",
]

logger = logging.getLogger(__name__)

JSONDict = dict[str, Any]

#: Telegram's limits (Bot API documentation).
MAX_MESSAGE_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_ENTITIES = 100
MAX_CALLBACK_DATA_BYTES = 64
MAX_INLINE_RESULTS = 50
MAX_INLINE_RESULT_ID_BYTES = 64
MAX_DOWNLOAD_SIZE = 20 * 1024 * 1024
MAX_UPLOAD_SIZE = 50 * 1024 * 1024

_QUERY_TOO_OLD = (
    "Bad Request: query is too old and response timeout expired or query ID is invalid"
)
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
_DEFAULT_ERROR_TEXT = {
    400: "Bad Request: injected failure",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running",
    429: "Too Many Requests: retry after {retry_after}",
    500: "Internal Server Error",
    502: "Bad Gateway",
    504: "Gateway Timeout",
}
_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_INLINE_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
#: Update types Telegram leaves out unless they are listed in ``allowed_updates``.
_OPT_IN_UPDATE_TYPES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
_COMMAND_NAME_RE = re.compile(r"[a-z0-9_]{1,32}")

# Hard bounds for test controls, so that a typo cannot hang a test run.
_MAX_FAULT_TIMES = 1000
_MAX_DELAY_SECONDS = 120.0
_MAX_POLL_TIMEOUT = 50.0


# --------------------------------------------------------------------------------------------
# Text helpers: UTF-16 lengths, Telegram's HTML dialect, automatic entities
# --------------------------------------------------------------------------------------------


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (the unit of Telegram entity offsets)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class HTMLParseError(ValueError):
    """``text`` is not valid in Telegram's HTML dialect; ``str(exc)`` is Telegram's reason."""


@dataclass
class _OpenTag:
    name: str
    offset: int  # UTF-16 offset of the first character inside the tag
    byte_offset: int
    argument: str = ""
    expandable: bool = False


_HTML_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "code",
        "pre",
        "blockquote",
        "span",
        "tg-spoiler",
        "tg-emoji",
    }
)
_SIMPLE_TAG_ENTITY = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
}
_HTML_SPACE = frozenset(" \t\r\n\v\f")
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_TRIM_CHARS = " \t\r\n\v\f"
_LINK_USER_RE = re.compile(r"tg://user\?id=(\d+)$", re.IGNORECASE)
_URL_SCHEME_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://\S+$")
_BARE_DOMAIN_RE = re.compile(r"^[\w-]+(\.[\w-]+)+(/\S*)?$")


def _decode_html_entity(text: str, pos: int) -> tuple[str, int] | None:
    """Decode the character reference at ``text[pos] == '&'`` the way Telegram does.

    Returns the decoded character and the index after the reference, or ``None`` when the
    ``&`` does not start a reference Telegram understands (it would then be kept literally).
    Named: ``lt gt amp quot``; numeric: ``&#NNN;`` and ``&#xHHH;`` (non-zero, below
    U+10FFFF).  Like Telegram, the closing ``;`` is optional.
    """
    n = len(text)
    end = pos + 1
    if end < n and text[end] == "#":
        end += 1
        digits = "0123456789"
        base = 10
        if end < n and text[end] == "x":
            end += 1
            digits = "0123456789abcdefABCDEF"
            base = 16
        start = end
        while end < n and text[end] in digits:
            end += 1
        if end == start or end - pos >= 10:
            return None
        code = int(text[start:end], base)
        if code == 0 or code >= 0x10FFFF:
            return None
        char = chr(code)
    else:
        while end < n and text[end].isascii() and text[end].isalpha():
            end += 1
        decoded = _NAMED_ENTITIES.get(text[pos + 1 : end])
        if decoded is None:
            return None
        char = decoded
    if end < n and text[end] == ";":
        end += 1
    return char, end


def _normalise_link(url: str) -> str | None:
    """Telegram's acceptance of an ``<a href>``: a URL with a scheme or a bare domain."""
    url = url.strip()
    if _URL_SCHEME_RE.match(url):
        return url
    if _BARE_DOMAIN_RE.match(url):
        return "http://" + url
    return None


def parse_html(source: str, *, strict_ampersand: bool = True) -> tuple[str, list[JSONDict]]:
    """Parse ``source`` with Telegram's HTML rules; return ``(text, entities)``.

    Follows the algorithm of TDLib's ``parse_html`` (which the Bot API server uses):

    * Allowed tags: ``b strong i em u ins s strike del a code pre blockquote span
      tg-spoiler tg-emoji`` (case-insensitive).  ``span`` needs ``class="tg-spoiler"``,
      ``tg-emoji`` needs ``emoji-id``, ``blockquote`` may carry ``expandable``,
      ``<pre><code class="language-x">`` gives a ``pre`` entity with ``language``.
      Anything else, including ``<br>`` and a ``<`` followed by a space, is an error.
    * Tags must nest properly; ``</>`` closes the innermost open tag.
    * Character references ``&lt; &gt; &amp; &quot; &#NN; &#xHH;`` are decoded.  Telegram
      keeps any other ``&`` literally; with ``strict_ampersand`` (the default) it is an
      error instead, because it shows that the text was not HTML-escaped.
    * An ``<a>`` whose ``href`` is not a URL produces no entity (as on Telegram);
      ``tg://user?id=N`` produces a ``text_mention``.  Empty entities are dropped.

    Entity offsets/lengths are in UTF-16 code units.  Raises :class:`HTMLParseError` with
    Telegram's wording (byte offsets are UTF-8 offsets into ``source``).
    """
    out: list[str] = []
    u16 = 0
    stack: list[_OpenTag] = []
    entities: list[JSONDict] = []
    n = len(source)
    i = 0

    def byte_offset(pos: int) -> int:
        return len(source[:pos].encode("utf-8", "surrogatepass"))

    while i < n:
        char = source[i]
        if char == "&":
            decoded = _decode_html_entity(source, i)
            if decoded is not None:
                out.append(decoded[0])
                u16 += utf16_len(decoded[0])
                i = decoded[1]
                continue
            if strict_ampersand:
                raise HTMLParseError(
                    f"Character '&' at byte offset {byte_offset(i)} does not start an HTML "
                    "entity; escape it as &amp; (strict_ampersand of the fake Bot API)"
                )
        if char != "<":
            out.append(char)
            u16 += utf16_len(char)
            i += 1
            continue

        begin = i
        if i + 1 < n and source[i + 1] == "/":
            # ---- end tag
            if not stack:
                raise HTMLParseError(f"Unexpected end tag at byte offset {byte_offset(begin)}")
            j = i + 2
            while j < n and source[j] not in _HTML_SPACE and source[j] != ">":
                j += 1
            end_name = source[i + 2 : j].lower()
            while j < n and source[j] in _HTML_SPACE:
                j += 1
            if j >= n or source[j] != ">":
                raise HTMLParseError(f"Unclosed end tag at byte offset {byte_offset(begin)}")
            top = stack.pop()
            if end_name and end_name != top.name:
                raise HTMLParseError(
                    f'Unmatched end tag at byte offset {byte_offset(begin)}, expected '
                    f'"</{top.name}>", found "</{end_name}>"'
                )
            if u16 > top.offset:
                _close_entity(top, u16, "".join(out), entities)
            i = j + 1
            continue

        # ---- start tag
        j = i + 1
        while j < n and source[j] not in _HTML_SPACE and source[j] != ">":
            j += 1
        if j >= n:
            raise HTMLParseError(f"Unclosed start tag at byte offset {byte_offset(begin)}")
        name = source[i + 1 : j].lower()
        if name not in _HTML_TAGS:
            raise HTMLParseError(
                f'Unsupported start tag "{name}" at byte offset {byte_offset(begin)}'
            )
        tag = _OpenTag(name=name, offset=u16, byte_offset=byte_offset(begin))
        spoiler_class = False
        emoji_id = ""
        while j < n and source[j] != ">":
            while j < n and source[j] in _HTML_SPACE:
                j += 1
            if j < n and source[j] == ">":
                break
            attr_begin = j
            while j < n and source[j] not in _HTML_SPACE and source[j] not in "=>":
                j += 1
            attr_name = source[attr_begin:j].lower()
            if not attr_name:
                raise HTMLParseError(
                    f'Empty attribute name in the tag "{name}" at byte offset {tag.byte_offset}'
                )
            while j < n and source[j] in _HTML_SPACE:
                j += 1
            if j >= n:
                raise HTMLParseError(f"Unclosed start tag at byte offset {tag.byte_offset}")
            if source[j] != "=":
                if name == "blockquote" and attr_name == "expandable":
                    tag.expandable = True
                    continue
                raise HTMLParseError(
                    'Expected equal sign in declaration of an attribute of the tag '
                    f'"{name}" at byte offset {tag.byte_offset}'
                )
            j += 1
            while j < n and source[j] in _HTML_SPACE:
                j += 1
            if j >= n:
                raise HTMLParseError(f"Unclosed start tag at byte offset {tag.byte_offset}")
            if source[j] not in "'\"":
                token_begin = j
                while j < n and (source[j].isascii() and source[j].isalnum() or source[j] in ".-"):
                    j += 1
                value = source[token_begin:j].lower()
                if j >= n or (source[j] not in _HTML_SPACE and source[j] != ">"):
                    raise HTMLParseError(
                        f"Unexpected end of name token at byte offset {byte_offset(token_begin)}"
                    )
            else:
                quote = source[j]
                j += 1
                parts: list[str] = []
                while j < n and source[j] != quote:
                    if source[j] == "&":
                        decoded = _decode_html_entity(source, j)
                        if decoded is not None:
                            parts.append(decoded[0])
                            j = decoded[1]
                            continue
                    parts.append(source[j])
                    j += 1
                if j >= n:
                    raise HTMLParseError(f"Unclosed start tag at byte offset {tag.byte_offset}")
                j += 1
                value = "".join(parts)
            if name == "a" and attr_name == "href":
                tag.argument = value
            elif name == "code" and attr_name == "class" and value.startswith("language-"):
                tag.argument = value[len("language-") :]
            elif name == "span" and attr_name == "class" and value == "tg-spoiler":
                spoiler_class = True
            elif name == "tg-emoji" and attr_name == "emoji-id":
                emoji_id = value
            elif name == "blockquote" and attr_name == "expandable":
                tag.expandable = True
        if j >= n:
            raise HTMLParseError(f"Unclosed start tag at byte offset {tag.byte_offset}")
        if name == "span" and not spoiler_class:
            raise HTMLParseError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {tag.byte_offset}'
            )
        if name == "tg-emoji":
            if not emoji_id.isdigit():
                raise HTMLParseError(
                    f'Tag "tg-emoji" must have a valid attribute "emoji-id" at byte offset '
                    f"{tag.byte_offset}"
                )
            tag.argument = emoji_id
        stack.append(tag)
        i = j + 1

    if stack:
        raise HTMLParseError(
            f"Can't find end tag corresponding to start tag \"{stack[-1].name}\""
        )
    text = "".join(out)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise HTMLParseError(
            "Text contains invalid Unicode characters after decoding HTML entities, check for "
            "unmatched surrogate code units"
        ) from exc
    for entity in entities:
        if entity["type"] == "code":
            entity.pop("language", None)
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return text, entities


def _close_entity(tag: _OpenTag, end: int, text_so_far: str, entities: list[JSONDict]) -> None:
    """Turn a closed tag spanning UTF-16 ``[tag.offset, end)`` into an entity (or none)."""
    offset, length = tag.offset, end - tag.offset
    last = entities[-1] if entities else None
    same_span = last is not None and last["offset"] == offset and last["length"] == length
    if tag.name in _SIMPLE_TAG_ENTITY:
        entities.append({"type": _SIMPLE_TAG_ENTITY[tag.name], "offset": offset, "length": length})
    elif tag.name == "a":
        url = tag.argument
        if not url:
            # Like Telegram: <a> without href links to its own text.
            url = _utf16_slice(text_so_far, offset, length)
        user = _LINK_USER_RE.match(url.strip())
        if user:
            entities.append(
                {
                    "type": "text_mention",
                    "offset": offset,
                    "length": length,
                    "user": {"id": int(user.group(1)), "is_bot": False, "first_name": ""},
                }
            )
        else:
            normalised = _normalise_link(url)
            if normalised is not None:
                entities.append(
                    {"type": "text_link", "offset": offset, "length": length, "url": normalised}
                )
    elif tag.name == "code":
        if same_span and last is not None and last["type"] == "pre" and tag.argument:
            last["language"] = tag.argument
        else:
            entity: JSONDict = {"type": "code", "offset": offset, "length": length}
            if tag.argument:
                entity["language"] = tag.argument  # removed later unless merged into a pre
            entities.append(entity)
    elif tag.name == "pre":
        if same_span and last is not None and last["type"] == "code" and last.get("language"):
            last["type"] = "pre"
        else:
            entities.append({"type": "pre", "offset": offset, "length": length})
    elif tag.name == "blockquote":
        kind = "expandable_blockquote" if tag.expandable else "blockquote"
        entities.append({"type": kind, "offset": offset, "length": length})
    elif tag.name == "tg-emoji":
        entities.append(
            {
                "type": "custom_emoji",
                "offset": offset,
                "length": length,
                "custom_emoji_id": tag.argument,
            }
        )


def _utf16_slice(text: str, offset: int, length: int) -> str:
    data = text.encode("utf-16-le", "surrogatepass")
    return data[2 * offset : 2 * (offset + length)].decode("utf-16-le", "surrogatepass")


def _trim_text(text: str, entities: list[JSONDict]) -> tuple[str, list[JSONDict]]:
    """Strip leading/trailing whitespace like Telegram and shift/clip entities to match."""
    stripped = text.strip(_TRIM_CHARS)
    if stripped == text:
        return text, entities
    lead = utf16_len(text[: len(text) - len(text.lstrip(_TRIM_CHARS))])
    total = utf16_len(stripped)
    kept: list[JSONDict] = []
    for entity in entities:
        start = max(entity["offset"] - lead, 0)
        end = min(entity["offset"] + entity["length"] - lead, total)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept


_COMMAND_RE = re.compile(
    r"(?<![A-Za-z0-9_/@])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])"
)
_MENTION_RE = re.compile(r"(?<![A-Za-z0-9_@/])@[A-Za-z0-9_]{3,32}(?![A-Za-z0-9_])")
_URL_RE = re.compile(r"https?://[^\s<>\"'，。！？、；：（）【】]+")


def detect_entities(text: str) -> list[JSONDict]:
    """Entities Telegram adds to incoming text: ``bot_command``, ``mention``, ``url``.

    A ``/command`` (optionally ``/command@botname``) counts when it starts the text or
    follows a non-word character; ``@username`` likewise.  Offsets are UTF-16 code units.
    """
    spans: list[tuple[int, int, str]] = []
    for match in _COMMAND_RE.finditer(text):
        spans.append((match.start(), match.end(), "bot_command"))
    for match in _URL_RE.finditer(text):
        end = match.end()
        while end > match.start() and text[end - 1] in ".,;:!?)]}":
            end -= 1
        spans.append((match.start(), end, "url"))
    for match in _MENTION_RE.finditer(text):
        spans.append((match.start(), match.end(), "mention"))
    spans.sort()
    entities: list[JSONDict] = []
    last_end = -1
    for start, end, kind in spans:
        if start < last_end:  # overlaps an earlier entity (e.g. @bot inside /cmd@bot)
            continue
        entities.append(
            {"type": kind, "offset": utf16_len(text[:start]), "length": utf16_len(text[start:end])}
        )
        last_end = end
    return entities


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


@dataclass
class UploadedFile:
    """A file part of a multipart request."""

    field: str
    filename: str | None
    content_type: str | None
    content: bytes


@dataclass
class RecordedRequest:
    """One HTTP call to the fake.

    ``params`` holds the values exactly as received: form fields are strings (so PTB's
    JSON-encoded values such as ``chat_id`` ``"42"`` or ``reply_markup`` stay JSON text,
    while ``text`` stays raw), JSON bodies keep their JSON types.  ``status`` is ``None``
    while the call is pending or when the client went away before the answer.
    """

    method: str
    params: dict[str, Any]
    files: dict[str, UploadedFile]
    http_method: str
    started: float
    status: int | None = None
    response: Any = None
    finished: float | None = None
    note: str = ""

    @property
    def duration(self) -> float | None:
        """Seconds between arrival and answer (``None`` while pending)."""
        return None if self.finished is None else self.finished - self.started


@dataclass
class RejectedCall:
    """A call answered with an error; ``injected`` is True for :meth:`FakeBotAPI.fail_next`."""

    method: str
    params: dict[str, Any]
    status: int
    description: str
    injected: bool = False


@dataclass
class SentMessage:
    """A message the bot sent and the fake accepted.

    ``text`` is the text *after* entity parsing (what a user would see), ``source`` the raw
    ``text``/``caption`` parameter.  ``message`` is the full Message object returned.
    """

    method: str
    chat_id: int
    message_id: int
    text: str | None
    source: str | None
    parse_mode: str | None
    entities: list[JSONDict]
    reply_markup: JSONDict | None
    reply_to_message_id: int | None
    message: JSONDict
    caption: str | None = None

    @property
    def buttons(self) -> list[JSONDict]:
        """All inline keyboard buttons, row by row."""
        rows = (self.reply_markup or {}).get("inline_keyboard") or []
        return [button for row in rows for button in row]


@dataclass
class EditedMessage:
    """An accepted ``editMessageText`` / ``editMessageReplyMarkup``."""

    method: str
    chat_id: int | None
    message_id: int | None
    inline_message_id: str | None
    text: str | None
    parse_mode: str | None
    entities: list[JSONDict]
    reply_markup: JSONDict | None
    message: JSONDict | None


@dataclass
class CallbackAnswer:
    """An accepted ``answerCallbackQuery``."""

    callback_query_id: str
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int | None
    params: dict[str, Any]


@dataclass
class InlineAnswer:
    """An accepted ``answerInlineQuery``; ``results`` are the decoded result objects."""

    inline_query_id: str
    results: list[JSONDict]
    cache_time: int | None
    is_personal: bool
    next_offset: str | None
    button: JSONDict | None
    params: dict[str, Any]


@dataclass
class ChatAction:
    """An accepted ``sendChatAction``."""

    chat_id: int
    action: str
    at: float


@dataclass
class StoredFile:
    """A file known to the fake (injected by a test or uploaded by the bot)."""

    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes
    file_size: int  # what the API reports; may differ from len(content) on purpose
    file_name: str | None = None
    mime_type: str | None = None


@dataclass
class FileDownload:
    """A ``GET`` on the file URL."""

    file_path: str
    file_id: str | None
    size: int
    status: int


@dataclass
class EntityOverflow:
    """A text with more than 100 entities: Telegram would silently drop the rest."""

    method: str
    chat_id: int | None
    count: int
    kept: int = MAX_ENTITIES


@dataclass
class _Fault:
    kind: str  # "fail" | "delay" | "disconnect"
    remaining: int
    status: int = 500
    description: str = ""
    retry_after: int | None = None
    seconds: float = 0.0


class BotAPIError(Exception):
    """Raised by method implementations; becomes ``{"ok": false, ...}`` with ``status``."""

    def __init__(self, status: int, description: str, parameters: JSONDict | None = None):
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


class FakeBotAPITimeout(AssertionError):
    """:meth:`FakeBotAPI.wait_for` gave up; the message describes the fake's state."""


class _Params:
    """Typed access to request parameters, accepting both form strings and JSON values."""

    def __init__(self, values: Mapping[str, Any]):
        self.values = dict(values)

    def has(self, name: str) -> bool:
        return self.values.get(name) not in (None, "")

    def get_str(self, name: str) -> str | None:
        value = self.values.get(name)
        if value is None:
            return None
        if isinstance(value, str):
            return value
        if isinstance(value, bool):
            return "true" if value else "false"
        return json.dumps(value) if isinstance(value, dict | list) else str(value)

    def get_int(self, name: str, default: int | None = None) -> int | None:
        value = self.values.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, int):
            return value
        try:
            return int(str(value).strip())
        except ValueError:
            raise BotAPIError(400, f'Bad Request: invalid parameter "{name}" specified') from None

    def get_float(self, name: str, default: float = 0.0) -> float:
        value = self.values.get(name)
        if value is None or value == "":
            return default
        try:
            return float(value)
        except (TypeError, ValueError):
            raise BotAPIError(400, f'Bad Request: invalid parameter "{name}" specified') from None

    def get_bool(self, name: str) -> bool:
        value = self.values.get(name)
        if isinstance(value, bool):
            return value
        if value is None:
            return False
        return str(value).strip().lower() in ("true", "1")

    def get_json(self, name: str, what: str | None = None) -> Any:
        value = self.values.get(name)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except ValueError:
            raise BotAPIError(
                400, f"Bad Request: can't parse {what or name} JSON object"
            ) from None


@dataclass
class _CallContext:
    method: str
    request: web.Request
    record: RecordedRequest
    files: dict[str, UploadedFile] = field(default_factory=dict)

    def client_gone(self) -> bool:
        transport = self.request.transport
        return transport is None or transport.is_closing()


# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------


class FakeBotAPI:
    """A local, strict stand-in for ``api.telegram.org`` (see the module docstring).

    Args:
        token: the bot token the client must use (anything else gets ``401``).
        bot_username: the bot's ``username`` returned by ``getMe``.
        bot_id: the bot's user id; ``None`` takes the number before ``:`` in the token.
        bot_first_name: the bot's display name.
        privacy_mode: group privacy mode (``getMe.can_read_all_group_messages`` is its
            negation); with it, unaddressed group messages are not delivered.
        strict_ampersand: reject a bare ``&`` in HTML text (real Telegram keeps it).
        strict_chats: answer ``chat not found`` for chats no update has mentioned yet;
            by default unknown chats are invented on the fly.
        max_message_length: limit for message texts in UTF-16 code units.
        max_poll_timeout: upper bound for the ``timeout`` of ``getUpdates`` (seconds).
        host/port: where to listen; port 0 picks a free one.
    """

    #: Use as method name in fault helpers to target file downloads.
    DOWNLOAD = "download"

    def __init__(
        self,
        token: str = "123456789:TEST-fake-bot-api-token",
        *,
        bot_username: str = "test_qa_bot",
        bot_id: int | None = None,
        bot_first_name: str = "Test QA Bot",
        privacy_mode: bool = True,
        strict_ampersand: bool = True,
        strict_chats: bool = False,
        max_message_length: int = MAX_MESSAGE_LENGTH,
        max_poll_timeout: float = 30.0,
        max_recorded_requests: int = 20_000,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        if "/" in token or not token:
            raise ValueError("token must be non-empty and must not contain '/'")
        self.token = token
        prefix = token.split(":", 1)[0]
        self.bot_id = bot_id if bot_id is not None else (int(prefix) if prefix.isdigit() else 1)
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.privacy_mode = privacy_mode
        self.strict_ampersand = strict_ampersand
        self.strict_chats = strict_chats
        self.max_message_length = max_message_length
        self.max_poll_timeout = min(max(max_poll_timeout, 0.0), _MAX_POLL_TIMEOUT)
        self.max_recorded_requests = max_recorded_requests
        self.host = host
        self._requested_port = port

        # --- observable records
        self.requests: list[RecordedRequest] = []
        self.rejected: list[RejectedCall] = []
        self.sent: list[SentMessage] = []
        self.edits: list[EditedMessage] = []
        self.deleted: list[tuple[int, int]] = []
        self.callback_answers: list[CallbackAnswer] = []
        self.inline_answers: list[InlineAnswer] = []
        self.chat_actions: list[ChatAction] = []
        self.downloads: list[FileDownload] = []
        self.entity_overflows: list[EntityOverflow] = []
        self.webhooks: list[JSONDict] = []
        self.command_history: list[JSONDict] = []
        self.undelivered: list[JSONDict] = []
        #: update_id -> how many times getUpdates handed it to a connected client.
        self.deliveries: Counter[int] = Counter()
        #: Highest ``offset`` a client confirmed with getUpdates (0: none yet).
        self.confirmed_offset = 0

        # --- state
        self._updates: list[JSONDict] = []
        self._next_update_id = 1
        self._last_update_id = 0
        self._allowed_updates: frozenset[str] | None = None
        self._webhook_url: str | None = None
        self._poll_generation = 0
        self._poll_waiters: set[asyncio.Future[str]] = set()
        self._change_waiters: set[asyncio.Future[None]] = set()
        self._chats: dict[int, JSONDict] = {}
        self._users: dict[int, JSONDict] = {}
        self._blocked: set[int] = set()
        self._messages: dict[tuple[int, int], JSONDict] = {}
        self._message_ids: dict[int, int] = {}
        self._open_callback_queries: set[str] = set()
        self._open_inline_queries: set[str] = set()
        self._query_counter = itertools.count(1)
        self._files: dict[str, StoredFile] = {}
        self._files_by_path: dict[str, StoredFile] = {}
        self._file_counter = itertools.count(1)
        self._commands: dict[tuple[str, str], list[JSONDict]] = {}
        self._faults: dict[str, list[_Fault]] = {}
        self._active_calls = 0
        self._closing = False
        self._closing_event: asyncio.Event | None = None
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

        self._handlers: dict[str, tuple[str, Callable[[_Params, _CallContext], Any]]] = {}
        for name, handler in (
            ("getMe", self._m_get_me),
            ("getUpdates", self._m_get_updates),
            ("setWebhook", self._m_set_webhook),
            ("deleteWebhook", self._m_delete_webhook),
            ("getWebhookInfo", self._m_get_webhook_info),
            ("setMyCommands", self._m_set_my_commands),
            ("getMyCommands", self._m_get_my_commands),
            ("deleteMyCommands", self._m_delete_my_commands),
            ("sendMessage", self._m_send_message),
            ("sendDocument", self._m_send_document),
            ("sendPhoto", self._m_send_photo),
            ("editMessageText", self._m_edit_message_text),
            ("editMessageReplyMarkup", self._m_edit_message_reply_markup),
            ("deleteMessage", self._m_delete_message),
            ("answerCallbackQuery", self._m_answer_callback_query),
            ("answerInlineQuery", self._m_answer_inline_query),
            ("sendChatAction", self._m_send_chat_action),
            ("getFile", self._m_get_file),
            ("close", self._m_true),
            ("logOut", self._m_true),
        ):
            self._handlers[name.lower()] = (name, handler)

    # ---------------------------------------------------------------- lifecycle & addresses

    async def start(self) -> None:
        """Bind to ``host`` and start serving.

        The first start takes the given port (a free one for 0); a restart after
        :meth:`stop` reuses the same port and keeps all state (pending updates, messages,
        records), so a test can simulate a Telegram outage under a running bot.
        """
        if self._runner is not None:
            raise RuntimeError("FakeBotAPI is already running")
        port = self._port if self._port is not None else self._requested_port
        self._closing = False
        self._closing_event = asyncio.Event()
        app = web.Application(client_max_size=MAX_UPLOAD_SIZE + 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle_http)
        runner = web.AppRunner(app, handle_signals=False, access_log=None, shutdown_timeout=2.0)
        await runner.setup()
        site = web.TCPSite(runner, self.host, port)
        await site.start()
        self._runner = runner
        self._port = runner.addresses[0][1]
        logger.debug("FakeBotAPI listening on %s", self.base_url)

    async def stop(self) -> None:
        """Answer pending long polls with ``[]``, cut delays short, then stop serving."""
        if self._runner is None:
            return
        self._closing = True
        if self._closing_event is not None:
            self._closing_event.set()
        await self.release_long_polls()
        deadline = time.monotonic() + 3.0
        while self._active_calls and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        runner, self._runner = self._runner, None
        await runner.cleanup()
        logger.debug("FakeBotAPI stopped")

    async def __aenter__(self) -> FakeBotAPI:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        """The TCP port (only after :meth:`start`)."""
        if self._port is None:
            raise RuntimeError("FakeBotAPI is not started")
        return self._port

    @property
    def base_url(self) -> str:
        """``base_url`` for ``telegram.Bot`` (PTB appends the token)."""
        return f"http://{self.host}:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """``base_file_url`` for ``telegram.Bot`` (PTB appends the token)."""
        return f"http://{self.host}:{self.port}/file/bot"

    def method_url(self, method: str) -> str:
        """Full URL of a Bot API method, for raw HTTP clients."""
        return f"{self.base_url}{self.token}/{method}"

    def file_url(self, file_path: str) -> str:
        """Full download URL of ``file_path``."""
        return f"{self.base_file_url}{self.token}/{file_path}"

    @property
    def bot_user(self) -> JSONDict:
        """The ``getMe`` result."""
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": not self.privacy_mode,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def bot_kwargs(self) -> dict[str, str]:
        """Keyword arguments for ``telegram.Bot(**server.bot_kwargs())``."""
        return {"token": self.token, "base_url": self.base_url, "base_file_url": self.base_file_url}

    def application_builder(self) -> ApplicationBuilder:
        """A PTB ``ApplicationBuilder`` with token, base URLs and short timeouts preset."""
        from telegram.ext import ApplicationBuilder  # noqa: PLC0415 - keep import light

        return (
            ApplicationBuilder()
            .token(self.token)
            .base_url(self.base_url)
            .base_file_url(self.base_file_url)
            .connect_timeout(2.0)
            .read_timeout(5.0)
            .get_updates_connect_timeout(2.0)
            .get_updates_read_timeout(5.0)
        )

    @contextlib.asynccontextmanager
    async def running_application(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        *,
        poll_timeout: float = 10.0,
        drop_pending_updates: bool | None = None,
        allowed_updates: list[str] | None = None,
    ) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
        """Run ``application`` against this server in PTB's ``run_polling`` order.

        Start: ``initialize -> post_init -> updater.start_polling -> start``.
        Stop: ``updater.stop`` (its final ``getUpdates`` confirms the offset) ``-> stop ->
        post_stop -> shutdown -> post_shutdown``.  ``poll_timeout`` is the long-poll
        timeout; it does not slow the shutdown down (PTB cancels the pending poll).
        """
        if application.updater is None:
            raise ValueError("the application has no updater; build it with an Updater")
        await application.initialize()
        try:
            if application.post_init is not None:
                await application.post_init(application)
            await application.updater.start_polling(
                timeout=max(1, int(poll_timeout)),
                drop_pending_updates=drop_pending_updates,
                allowed_updates=allowed_updates,
            )
            await application.start()
            yield application
        finally:
            if application.updater.running:
                await application.updater.stop()
            if application.running:
                await application.stop()
                if application.post_stop is not None:
                    await application.post_stop(application)
            await application.shutdown()
            if application.post_shutdown is not None:
                await application.post_shutdown(application)

    async def release_long_polls(self) -> int:
        """Answer every ``getUpdates`` that is waiting right now with what is pending
        (normally ``[]``); later polls block as usual.  Returns how many were released and
        waits (at most 2 s) until they have been answered."""
        waiters = list(self._poll_waiters)
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result("release")
        deadline = time.monotonic() + 2.0
        while self._poll_waiters and time.monotonic() < deadline:
            await asyncio.sleep(0.005)
        return len(waiters)

    # ---------------------------------------------------------------- faults

    def fail_next(
        self,
        method: str,
        status: int = 500,
        times: int = 1,
        retry_after: int | None = None,
        description: str | None = None,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` with an error, then behave again.

        ``retry_after`` adds ``parameters.retry_after`` (PTB raises ``RetryAfter``; the
        status defaults to 429 then).  PTB maps 400 -> ``BadRequest``, 403 -> ``Forbidden``,
        401/404 -> ``InvalidToken``, 409 -> ``Conflict``, anything else -> ``NetworkError``.
        """
        if retry_after is not None and status == 500:
            status = 429
        if not 400 <= status <= 599:
            raise ValueError("status must be an HTTP error status (400-599)")
        text = description or _DEFAULT_ERROR_TEXT.get(status, f"Error {status}")
        self._add_fault(
            method,
            _Fault(
                kind="fail",
                remaining=self._check_times(times),
                status=status,
                description=text.format(retry_after=retry_after),
                retry_after=retry_after,
            ),
        )

    def delay_next(self, method: str, seconds: float, times: int = 1) -> None:
        """Hold the next ``times`` calls of ``method`` for ``seconds`` before handling them.

        The call is still carried out afterwards (a client ``TimedOut`` does not mean the
        message was not sent -- just like on Telegram) unless a :meth:`fail_next` or
        :meth:`disconnect_next` for the same method fires too: then the delayed call fails.
        Delays end early on :meth:`stop`.
        """
        if not 0 <= seconds <= _MAX_DELAY_SECONDS:
            raise ValueError(f"seconds must be within 0..{_MAX_DELAY_SECONDS}")
        self._add_fault(
            method, _Fault(kind="delay", remaining=self._check_times(times), seconds=seconds)
        )

    def disconnect_next(self, method: str, times: int = 1) -> None:
        """Close the connection of the next ``times`` calls without answering (the call is
        not carried out).  PTB raises ``NetworkError``."""
        self._add_fault(method, _Fault(kind="disconnect", remaining=self._check_times(times)))

    def clear_faults(self) -> None:
        """Forget all injected faults that have not fired yet."""
        self._faults.clear()

    @staticmethod
    def _check_times(times: int) -> int:
        if not 1 <= times <= _MAX_FAULT_TIMES:
            raise ValueError(f"times must be within 1..{_MAX_FAULT_TIMES}")
        return times

    def _add_fault(self, method: str, fault: _Fault) -> None:
        key = method.lower()
        if key != self.DOWNLOAD and key not in self._handlers:
            raise ValueError(f"unknown method {method!r}; known: {sorted(self._handlers)}")
        self._faults.setdefault(key, []).append(fault)

    def _take_fault(self, method: str, kind: str) -> _Fault | None:
        faults = self._faults.get(method.lower())
        if not faults:
            return None
        for fault in faults:
            if fault.kind == kind:
                fault.remaining -= 1
                if fault.remaining <= 0:
                    faults.remove(fault)
                return fault
        return None

    # ---------------------------------------------------------------- chats, users, messages

    def block_chat(self, chat_id: int) -> None:
        """Make sends to ``chat_id`` fail with ``403 Forbidden: bot was blocked by the user``."""
        self._blocked.add(chat_id)

    def unblock_chat(self, chat_id: int) -> None:
        """Undo :meth:`block_chat`."""
        self._blocked.discard(chat_id)

    def message(self, chat_id: int, message_id: int) -> JSONDict | None:
        """The current version of a message (after edits), ``None`` if unknown or deleted."""
        return self._messages.get((chat_id, message_id))

    def chat_history(self, chat_id: int) -> list[JSONDict]:
        """Current messages of a chat (user and bot, not deleted), oldest first."""
        found = [msg for (cid, _), msg in self._messages.items() if cid == chat_id]
        return sorted(found, key=lambda m: m["message_id"])

    def sent_to(self, chat_id: int) -> list[SentMessage]:
        """Accepted bot messages for ``chat_id``, in order."""
        return [msg for msg in self.sent if msg.chat_id == chat_id]

    def calls(self, method: str) -> list[RecordedRequest]:
        """Recorded calls of ``method`` (case-insensitive)."""
        key = method.lower()
        return [req for req in self.requests if req.method.lower() == key]

    @property
    def commands(self) -> list[JSONDict]:
        """Commands set for the default scope and no language (``[]`` if none)."""
        return self.commands_for(None, "")

    def commands_for(
        self, scope: JSONDict | None = None, language_code: str = ""
    ) -> list[JSONDict]:
        """Commands set for a scope (``{"type": "default"}`` if ``None``) and language."""
        key = (json.dumps(scope or {"type": "default"}, sort_keys=True), language_code)
        return list(self._commands.get(key, []))

    @property
    def pending_updates(self) -> list[JSONDict]:
        """Updates not yet confirmed by an offset."""
        return list(self._updates)

    @property
    def last_update_id(self) -> int:
        """The ``update_id`` of the newest injected update (0: none)."""
        return self._last_update_id

    @property
    def redelivered_update_ids(self) -> list[int]:
        """Updates handed to a client more than once (e.g. after an unconfirmed restart)."""
        return sorted(uid for uid, count in self.deliveries.items() if count > 1)

    @property
    def webhook_url(self) -> str | None:
        """The webhook URL currently set (``None``: polling allowed)."""
        return self._webhook_url

    def clear_records(self) -> None:
        """Empty the observation lists (not the server state), e.g. between test phases."""
        for records in (
            self.requests,
            self.rejected,
            self.sent,
            self.edits,
            self.deleted,
            self.callback_answers,
            self.inline_answers,
            self.chat_actions,
            self.downloads,
            self.entity_overflows,
            self.webhooks,
            self.command_history,
            self.undelivered,
        ):
            records.clear()
        self.deliveries.clear()

    def _user(
        self,
        user_id: int,
        first_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
    ) -> JSONDict:
        user = self._users.get(user_id)
        if user is None:
            user = {"id": user_id, "is_bot": False, "first_name": first_name or f"User{user_id}"}
            self._users[user_id] = user
        if first_name:
            user["first_name"] = first_name
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        return dict(user)

    def _chat(self, chat_id: int, chat_type: str | None, *, user: JSONDict | None = None,
              title: str | None = None) -> JSONDict:
        known = self._chats.get(chat_id)
        if chat_type is None:
            chat_type = known["type"] if known else ("private" if chat_id > 0 else "supergroup")
        if chat_type not in ("private", "group", "supergroup", "channel"):
            raise ValueError(f"unknown chat_type {chat_type!r}")
        if known and known["type"] != chat_type:
            raise ValueError(f"chat {chat_id} is a {known['type']} chat, not {chat_type}")
        if chat_type == "private":
            if chat_id <= 0:
                raise ValueError("private chats have positive ids (the user's id)")
            if user is not None and user["id"] != chat_id:
                raise ValueError("in a private chat the user_id must equal the chat_id")
        elif chat_id >= 0:
            raise ValueError(f"{chat_type} chats have negative ids")
        if known is None:
            if chat_type == "private":
                source = user or self._user(chat_id)
                known = {"id": chat_id, "type": "private", "first_name": source["first_name"]}
                if "username" in source:
                    known["username"] = source["username"]
            else:
                known = {"id": chat_id, "type": chat_type, "title": title or f"Test chat {chat_id}"}
            self._chats[chat_id] = known
        if title and chat_type != "private":
            known["title"] = title
        return dict(known)

    def _next_message_id(self, chat_id: int) -> int:
        self._message_ids[chat_id] = self._message_ids.get(chat_id, 0) + 1
        return self._message_ids[chat_id]

    def _store_message(self, message: JSONDict) -> None:
        self._messages[(message["chat"]["id"], message["message_id"])] = message

    def _lookup_message(self, chat_id: int, message: JSONDict | int | SentMessage) -> JSONDict:
        if isinstance(message, SentMessage):
            message = message.message_id
        elif isinstance(message, dict):
            if "update_id" in message or "message_id" not in message:
                # an update returned by one of the inject helpers
                inner = message.get("message") or message.get("edited_message")
                if inner is None and "callback_query" in message:
                    inner = message["callback_query"].get("message")
                if not isinstance(inner, dict):
                    raise ValueError("pass a message dict, a message id or a message update")
                message = inner
            message = int(message["message_id"])
        found = self._messages.get((chat_id, int(message)))
        if found is None:
            raise ValueError(f"no message {message} in chat {chat_id} (deleted or never sent)")
        return found

    @staticmethod
    def _as_reply(message: JSONDict) -> JSONDict:
        reply = dict(message)
        reply.pop("reply_to_message", None)
        return reply

    # ---------------------------------------------------------------- injecting updates

    def push_update(self, update: JSONDict) -> JSONDict:
        """Queue a raw update dict (``update_id`` is assigned when missing) and wake polls.

        Returns the queued update.  Explicit ``update_id`` values must increase.
        """
        update = dict(update)
        if "update_id" not in update:
            update["update_id"] = self._next_update_id
        elif update["update_id"] <= self._last_update_id:
            raise ValueError("update_id must be greater than every earlier update_id")
        if len([k for k in update if k != "update_id"]) != 1:
            raise ValueError("an update carries exactly one field besides update_id")
        self._last_update_id = update["update_id"]
        self._next_update_id = self._last_update_id + 1
        self._updates.append(update)
        self._wake_polls("update")
        self._notify()
        return update

    def _user_message(
        self,
        chat_id: int,
        user_id: int | None,
        chat_type: str | None,
        *,
        first_name: str | None,
        username: str | None,
        language_code: str | None,
        chat_title: str | None,
        reply_to: JSONDict | int | SentMessage | None,
    ) -> JSONDict:
        known = self._chats.get(chat_id)
        effective_type = chat_type or (known["type"] if known else None)
        if user_id is None:
            if effective_type in (None, "private") and chat_id > 0:
                user_id = chat_id
            else:
                raise ValueError("user_id is required for group chats")
        user = self._user(user_id, first_name, username, language_code)
        chat = self._chat(chat_id, chat_type, user=user, title=chat_title)
        message: JSONDict = {
            "message_id": self._next_message_id(chat_id),
            "from": user,
            "chat": chat,
            "date": int(time.time()),
        }
        if reply_to is not None:
            message["reply_to_message"] = self._as_reply(self._lookup_message(chat_id, reply_to))
        return message

    def _is_addressed(self, message: JSONDict) -> bool:
        """Privacy mode: would a bot in a group receive this message?"""
        if message["chat"]["type"] == "private" or not self.privacy_mode:
            return True
        text = message.get("text") or message.get("caption") or ""
        entities = message.get("entities") or message.get("caption_entities") or []
        me = "@" + self.bot_username.lower()
        for entity in entities:
            part = _utf16_slice(text, entity["offset"], entity["length"])
            if entity["type"] == "bot_command" and entity["offset"] == 0:
                target = part.partition("@")[2].lower()
                if not target or "@" + target == me:
                    return True
            if entity["type"] == "mention" and part.lower() == me:
                return True
        reply = message.get("reply_to_message")
        return bool(reply and reply.get("from", {}).get("id") == self.bot_id)

    def _deliver(self, kind: str, message: JSONDict) -> JSONDict:
        self._store_message(message)
        update = {kind: message}
        if self._is_addressed(message):
            return self.push_update(update)
        logger.debug("privacy mode: message %s not delivered", message["message_id"])
        self.undelivered.append(update)
        self._notify()
        return update

    def send_text(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        chat_type: str | None = None,
        reply_to: JSONDict | int | SentMessage | None = None,
        first_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
        chat_title: str | None = None,
        entities: list[JSONDict] | None = None,
    ) -> JSONDict:
        """A user sends ``text``; returns the update (``update["message"]``).

        ``user_id`` defaults to ``chat_id`` in private chats and is required in groups
        (``chat_type`` ``"group"``/``"supergroup"``, negative ``chat_id``).  Telegram's
        automatic entities (``bot_command``, ``mention``, ``url``; UTF-16 offsets) are added
        unless ``entities`` is given.  ``reply_to`` is a message dict, id, update or
        :class:`SentMessage` of the same chat.  In groups with privacy mode, a message that
        is not a command, a reply to the bot or a mention of it is recorded in
        :attr:`undelivered` and the returned update has no ``update_id``.
        """
        if not text:
            raise ValueError("Telegram does not deliver empty text messages")
        message = self._user_message(
            chat_id,
            user_id,
            chat_type,
            first_name=first_name,
            username=username,
            language_code=language_code,
            chat_title=chat_title,
            reply_to=reply_to,
        )
        message["text"] = text
        found = detect_entities(text) if entities is None else entities
        if found:
            message["entities"] = found
        return self._deliver("message", message)

    def send_edited_text(
        self,
        chat_id: int,
        message: JSONDict | int | SentMessage,
        text: str,
        *,
        entities: list[JSONDict] | None = None,
    ) -> JSONDict:
        """The author of an earlier injected text message edits it; returns the update
        (``update["edited_message"]``)."""
        original = self._lookup_message(chat_id, message)
        if original.get("from", {}).get("id") == self.bot_id:
            raise ValueError("users cannot edit the bot's messages")
        if "text" not in original:
            raise ValueError("only text messages can be edited with send_edited_text")
        edited = dict(original)
        edited["text"] = text
        edited["edit_date"] = int(time.time())
        found = detect_entities(text) if entities is None else entities
        edited.pop("entities", None)
        if found:
            edited["entities"] = found
        return self._deliver("edited_message", edited)

    def _store_file(
        self,
        folder: str,
        content: bytes,
        *,
        file_name: str | None = None,
        mime_type: str | None = None,
        declared_size: int | None = None,
        suffix: str = "",
    ) -> StoredFile:
        number = next(self._file_counter)
        if file_name and "." in file_name:
            suffix = "." + file_name.rsplit(".", 1)[1].lower()
        stored = StoredFile(
            file_id=f"BQACAgUAAxkBAAI{number:06d}fake{folder[:3]}",
            file_unique_id=f"AgAD{number:06d}",
            file_path=f"{folder}/file_{number}{suffix}",
            content=bytes(content),
            file_size=len(content) if declared_size is None else declared_size,
            file_name=file_name,
            mime_type=mime_type,
        )
        self._files[stored.file_id] = stored
        self._files_by_path[stored.file_path] = stored
        return stored

    def add_file(
        self,
        content: bytes,
        *,
        file_name: str | None = None,
        mime_type: str | None = None,
        declared_size: int | None = None,
    ) -> StoredFile:
        """Store a file for ``getFile``/download without sending a message; returns it."""
        return self._store_file(
            "documents", content, file_name=file_name, mime_type=mime_type,
            declared_size=declared_size,
        )

    def send_document(
        self,
        chat_id: int,
        user_id: int | None,
        file_name: str,
        content: bytes,
        mime_type: str = "application/octet-stream",
        declared_size: int | None = None,
        *,
        caption: str | None = None,
        chat_type: str | None = None,
        reply_to: JSONDict | int | SentMessage | None = None,
        first_name: str | None = None,
    ) -> JSONDict:
        """A user sends a document; its bytes are served by ``getFile`` and the file URL.

        ``declared_size`` is the ``file_size`` the API reports (default ``len(content)``);
        over 20 MB ``getFile`` answers ``400 Bad Request: file is too big`` like Telegram.
        """
        message = self._user_message(
            chat_id, user_id, chat_type, first_name=first_name, username=None,
            language_code=None, chat_title=None, reply_to=reply_to,
        )
        stored = self._store_file(
            "documents", content, file_name=file_name, mime_type=mime_type,
            declared_size=declared_size,
        )
        message["document"] = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": stored.file_size,
        }
        self._add_caption(message, caption)
        return self._deliver("message", message)

    def send_photo(
        self,
        chat_id: int,
        content: bytes = b"\xff\xd8\xff\xe0fake-jpeg",
        *,
        user_id: int | None = None,
        caption: str | None = None,
        width: int = 1280,
        height: int = 960,
        chat_type: str | None = None,
        reply_to: JSONDict | int | SentMessage | None = None,
        first_name: str | None = None,
    ) -> JSONDict:
        """A user sends a photo (two sizes, both served with ``content``)."""
        message = self._user_message(
            chat_id, user_id, chat_type, first_name=first_name, username=None,
            language_code=None, chat_title=None, reply_to=reply_to,
        )
        sizes = []
        for scale in (4, 1):
            stored = self._store_file("photos", content, suffix=".jpg", mime_type="image/jpeg")
            sizes.append(
                {
                    "file_id": stored.file_id,
                    "file_unique_id": stored.file_unique_id,
                    "width": max(width // scale, 1),
                    "height": max(height // scale, 1),
                    "file_size": stored.file_size,
                }
            )
        message["photo"] = sizes
        self._add_caption(message, caption)
        return self._deliver("message", message)

    def send_sticker(
        self,
        chat_id: int,
        *,
        user_id: int | None = None,
        emoji: str = "👍",
        set_name: str | None = "FakeStickers",
        chat_type: str | None = None,
        first_name: str | None = None,
    ) -> JSONDict:
        """A user sends a (static, regular) sticker."""
        message = self._user_message(
            chat_id, user_id, chat_type, first_name=first_name, username=None,
            language_code=None, chat_title=None, reply_to=None,
        )
        stored = self._store_file("stickers", b"RIFF\x00\x00\x00\x00WEBPfake", suffix=".webp")
        sticker: JSONDict = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
            "file_size": stored.file_size,
        }
        if set_name:
            sticker["set_name"] = set_name
        message["sticker"] = sticker
        return self._deliver("message", message)

    @staticmethod
    def _add_caption(message: JSONDict, caption: str | None) -> None:
        if caption:
            message["caption"] = caption
            found = detect_entities(caption)
            if found:
                message["caption_entities"] = found

    def press_button(
        self,
        chat_id: int,
        user_id: int | None,
        message: JSONDict | int | SentMessage,
        callback_data: str,
        *,
        check: bool = True,
        first_name: str | None = None,
    ) -> JSONDict:
        """A user presses an inline button of a bot message; returns the update
        (``update["callback_query"]``, whose ``id`` :meth:`answerCallbackQuery` must use).

        With ``check`` the message must currently carry a button with ``callback_data``
        (users cannot press buttons that do not exist) -- otherwise ``ValueError``.
        """
        target = self._lookup_message(chat_id, message)
        if check:
            rows = (target.get("reply_markup") or {}).get("inline_keyboard") or []
            data = [b.get("callback_data") for row in rows for b in row if "callback_data" in b]
            if callback_data not in data:
                raise ValueError(
                    f"message {target['message_id']} has no button with callback_data "
                    f"{callback_data!r}; its buttons carry {data!r}"
                )
        if user_id is None:
            if chat_id <= 0:
                raise ValueError("user_id is required for group chats")
            user_id = chat_id
        query_id = str(4_000_000_000_000_000 + next(self._query_counter) * 7919)
        self._open_callback_queries.add(query_id)
        callback_query = {
            "id": query_id,
            "from": self._user(user_id, first_name),
            "message": dict(target),
            "chat_instance": str(abs(chat_id) * 31 + 7),
            "data": callback_data,
        }
        return self.push_update({"callback_query": callback_query})

    def inline_query(
        self,
        user_id: int,
        query: str,
        *,
        offset: str = "",
        chat_type: str | None = "private",
        first_name: str | None = None,
    ) -> JSONDict:
        """A user types ``@botname query``; returns the update (``update["inline_query"]``)."""
        query_id = str(5_000_000_000_000_000 + next(self._query_counter) * 7919)
        self._open_inline_queries.add(query_id)
        inline_query: JSONDict = {
            "id": query_id,
            "from": self._user(user_id, first_name),
            "query": query,
            "offset": offset,
        }
        if chat_type:
            inline_query["chat_type"] = chat_type
        return self.push_update({"inline_query": inline_query})

    # ---------------------------------------------------------------- waiting

    def _notify(self) -> None:
        for waiter in self._change_waiters:
            if not waiter.done():
                waiter.set_result(None)
        self._change_waiters.clear()

    def _wake_polls(self, reason: str) -> None:
        for waiter in self._poll_waiters:
            if not waiter.done():
                waiter.set_result(reason)

    async def wait_for(
        self,
        predicate: Callable[[], Any],
        timeout: float = 5.0,
        *,
        description: str | None = None,
    ) -> Any:
        """Wait until ``predicate()`` is truthy and return its value.

        Re-checked on every request/update the fake sees and at least every 50 ms.  On
        timeout raises :class:`FakeBotAPITimeout` listing what the bot sent and what was
        rejected.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            value = predicate()
            if value:
                return value
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise FakeBotAPITimeout(self.describe(f"timed out after {timeout}s waiting for "
                                                      f"{description or 'predicate'}"))
            waiter: asyncio.Future[None] = loop.create_future()
            self._change_waiters.add(waiter)
            try:
                await asyncio.wait({waiter}, timeout=min(remaining, 0.05))
            finally:
                self._change_waiters.discard(waiter)

    async def wait_for_messages(
        self, chat_id: int, count: int = 1, timeout: float = 5.0, *, since: int = 0
    ) -> list[SentMessage]:
        """Wait until the bot has sent at least ``count`` messages to ``chat_id`` among
        ``server.sent[since:]`` (pass ``since=len(server.sent)`` to count only new ones);
        returns all of them."""

        def ready() -> list[SentMessage] | None:
            found = [m for m in self.sent[since:] if m.chat_id == chat_id]
            return found if len(found) >= count else None

        return await self.wait_for(
            ready, timeout, description=f"{count} message(s) to chat {chat_id}"
        )

    def describe(self, headline: str = "FakeBotAPI state") -> str:
        """A human-readable summary of what happened (used in timeout errors)."""
        lines = [headline]
        lines.append(f"  sent ({len(self.sent)}):")
        for msg in self.sent[-20:]:
            shown = (msg.text if msg.text is not None else f"<{msg.method}> {msg.caption or ''}")
            lines.append(f"    chat {msg.chat_id} #{msg.message_id}: {shown[:200]!r}")
        lines.append(f"  rejected ({len(self.rejected)}):")
        for rej in self.rejected[-10:]:
            lines.append(f"    {rej.method} {rej.status} {rej.description[:200]!r}")
        lines.append(
            f"  updates: last id {self._last_update_id}, confirmed offset "
            f"{self.confirmed_offset}, unconfirmed {len(self._updates)}, "
            f"undelivered (privacy) {len(self.undelivered)}"
        )
        recent = [f"{r.method}:{r.status}" for r in self.requests[-15:]]
        lines.append(f"  recent calls: {', '.join(recent) or '(none)'}")
        return "\n".join(lines)

    # ---------------------------------------------------------------- HTTP plumbing

    @staticmethod
    def _json(status: int, body: JSONDict) -> web.Response:
        return web.Response(
            status=status,
            text=json.dumps(body, ensure_ascii=False),
            content_type="application/json",
        )

    def _error(
        self, ctx: _CallContext | None, status: int, description: str, *,
        parameters: JSONDict | None = None, injected: bool = False,
    ) -> web.Response:
        body: JSONDict = {"ok": False, "error_code": status, "description": description}
        if parameters:
            body["parameters"] = parameters
        if ctx is not None:
            ctx.record.status = status
            ctx.record.response = body
            if ctx.client_gone():
                ctx.record.note = ctx.record.note or "client went away before the answer"
            else:
                self.rejected.append(
                    RejectedCall(ctx.method, ctx.record.params, status, description, injected)
                )
            logger.debug("FakeBotAPI %s -> %s %s", ctx.method, status, description)
        return self._json(status, body)

    def _record(self, record: RecordedRequest) -> None:
        self.requests.append(record)
        excess = len(self.requests) - self.max_recorded_requests
        if excess > 0:
            del self.requests[:excess]

    async def _read_params(
        self, request: web.Request
    ) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
        values: dict[str, Any] = dict(request.query)
        files: dict[str, UploadedFile] = {}
        if request.method == "POST" and request.body_exists:
            if request.content_type == "application/json":
                body = await request.json()
                if not isinstance(body, dict):
                    raise BotAPIError(400, "Bad Request: request body must be a JSON object")
                values.update(body)
            else:
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        files[key] = UploadedFile(
                            key, value.filename, value.content_type, value.file.read()
                        )
                    else:
                        values[key] = value
        return values, files

    async def _pause(self, seconds: float) -> None:
        """Sleep, but wake up early when the server stops."""
        if self._closing_event is None or self._closing:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closing_event.wait(), seconds)

    async def _handle_http(self, request: web.Request) -> web.StreamResponse:
        self._active_calls += 1
        try:
            path = request.path
            if path.startswith("/file/bot"):
                return await self._handle_download(request, path[len("/file/bot") :])
            if path.startswith("/bot"):
                return await self._handle_method(request, path[len("/bot") :])
            return self._json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
        finally:
            self._active_calls -= 1
            self._notify()

    async def _handle_method(self, request: web.Request, rest: str) -> web.StreamResponse:
        token, _, method_name = rest.partition("/")
        known = self._handlers.get(method_name.lower())
        method = known[0] if known else method_name
        record = RecordedRequest(
            method=method, params={}, files={}, http_method=request.method,
            started=time.monotonic(),
        )
        self._record(record)
        ctx = _CallContext(method=method, request=request, record=record)
        try:
            try:
                record.params, ctx.files = await self._read_params(request)
            except web.HTTPRequestEntityTooLarge:
                return self._error(ctx, 413, "Request Entity Too Large")
            except BotAPIError as exc:
                return self._error(ctx, exc.status, exc.description)
            except ValueError:
                return self._error(ctx, 400, "Bad Request: can't parse request body")
            record.files = ctx.files
            if token != self.token:
                return self._error(ctx, 401, "Unauthorized")
            if known is None or "/" in method_name:
                return self._error(ctx, 404, "Not Found")
            delay = self._take_fault(method, "delay")
            if delay is not None:
                record.note = f"delayed {delay.seconds}s"
                await self._pause(delay.seconds)
            if self._take_fault(method, "disconnect") is not None:
                record.note = "disconnected (injected)"
                if request.transport is not None:
                    request.transport.close()
                return web.Response(status=204)
            fault = self._take_fault(method, "fail")
            if fault is not None:
                parameters = {"retry_after": fault.retry_after} if fault.retry_after else None
                return self._error(
                    ctx, fault.status, fault.description, parameters=parameters, injected=True
                )
            try:
                result = await known[1](_Params(record.params), ctx)
            except BotAPIError as exc:
                return self._error(ctx, exc.status, exc.description, parameters=exc.parameters)
            record.status = 200
            record.response = result
            if ctx.client_gone():
                record.note = record.note or "client went away before the answer"
            return self._json(200, {"ok": True, "result": result})
        finally:
            record.finished = time.monotonic()

    async def _handle_download(self, request: web.Request, rest: str) -> web.StreamResponse:
        token, _, file_path = rest.partition("/")
        not_found = {"ok": False, "error_code": 404, "description": "Not Found"}
        if token != self.token:
            self.downloads.append(FileDownload(file_path, None, 0, 401))
            return self._json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        delay = self._take_fault(self.DOWNLOAD, "delay")
        if delay is not None:
            await self._pause(delay.seconds)
        if self._take_fault(self.DOWNLOAD, "disconnect") is not None:
            if request.transport is not None:
                request.transport.close()
            return web.Response(status=204)
        fault = self._take_fault(self.DOWNLOAD, "fail")
        stored = self._files_by_path.get(file_path)
        if fault is not None:
            file_id = stored.file_id if stored else None
            self.downloads.append(FileDownload(file_path, file_id, 0, fault.status))
            return self._json(
                fault.status,
                {"ok": False, "error_code": fault.status, "description": fault.description},
            )
        if stored is None:
            self.downloads.append(FileDownload(file_path, None, 0, 404))
            return self._json(404, not_found)
        self.downloads.append(FileDownload(file_path, stored.file_id, len(stored.content), 200))
        return web.Response(
            body=stored.content, content_type=stored.mime_type or "application/octet-stream"
        )

    # ---------------------------------------------------------------- validation helpers

    def _resolve_chat(self, params: _Params) -> JSONDict:
        raw = params.get_str("chat_id")
        if raw is None or raw.strip() == "":
            raise BotAPIError(400, "Bad Request: chat_id is empty")
        raw = raw.strip()
        if raw.startswith("@"):
            for chat in self._chats.values():
                if chat.get("username", "").lower() == raw[1:].lower():
                    return dict(chat)
            raise BotAPIError(400, "Bad Request: chat not found")
        try:
            chat_id = int(raw)
        except ValueError:
            raise BotAPIError(400, "Bad Request: chat not found") from None
        if chat_id in self._blocked:
            raise BotAPIError(403, "Forbidden: bot was blocked by the user")
        known = self._chats.get(chat_id)
        if known is not None:
            return dict(known)
        if self.strict_chats or chat_id == 0:
            raise BotAPIError(400, "Bad Request: chat not found")
        return self._chat(chat_id, None)

    def _format_text(
        self,
        raw: str,
        parse_mode: str | None,
        entities: Any,
        *,
        method: str,
        chat_id: int | None,
        limit: int,
        too_long: str,
        empty: str,
    ) -> tuple[str, list[JSONDict]]:
        """Apply ``parse_mode``/``entities`` and Telegram's trimming and limits."""
        if entities is not None:
            if not isinstance(entities, list) or not all(isinstance(e, dict) for e in entities):
                raise BotAPIError(400, "Bad Request: can't parse entities JSON object")
            text, found = raw, [dict(e) for e in entities]
            size = utf16_len(text)
            for entity in found:
                offset, length = entity.get("offset"), entity.get("length")
                if (not isinstance(entity.get("type"), str) or not isinstance(offset, int)
                        or not isinstance(length, int) or offset < 0 or length <= 0
                        or offset + length > size):
                    raise BotAPIError(
                        400, f"Bad Request: can't parse entities: invalid entity {entity}"
                    )
        elif parse_mode:
            mode = parse_mode.strip().lower()
            if mode == "html":
                try:
                    text, found = parse_html(raw, strict_ampersand=self.strict_ampersand)
                except HTMLParseError as exc:
                    raise BotAPIError(400, f"Bad Request: can't parse entities: {exc}") from None
            elif mode in ("markdown", "markdownv2"):
                raise BotAPIError(
                    400, f"Bad Request: the fake Bot API does not implement parse_mode {parse_mode}"
                )
            else:
                raise BotAPIError(400, "Bad Request: unsupported parse_mode")
        else:
            text, found = raw, []
        text, found = _trim_text(text, found)
        if not text:
            raise BotAPIError(400, empty)
        if utf16_len(text) > limit:
            raise BotAPIError(400, too_long)
        if len(found) > MAX_ENTITIES:
            self.entity_overflows.append(EntityOverflow(method, chat_id, len(found)))
            logger.warning("%s: %d entities, Telegram keeps %d", method, len(found), MAX_ENTITIES)
            found = found[:MAX_ENTITIES]
        return text, found

    @staticmethod
    def _check_reply_markup(markup: Any) -> JSONDict | None:
        """Validate a reply_markup object like Telegram; returns it."""
        if markup is None:
            return None
        bad = "Bad Request: can't parse reply keyboard markup JSON object"
        if not isinstance(markup, dict):
            raise BotAPIError(400, bad)
        if "inline_keyboard" in markup:
            rows = markup["inline_keyboard"]
            if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
                raise BotAPIError(
                    400, 'Bad Request: field "inline_keyboard" must be an Array of Arrays'
                )
            count = 0
            for row in rows:
                for button in row:
                    count += 1
                    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
                        raise BotAPIError(400, "Bad Request: can't parse inline keyboard button: "
                                               "Field \"text\" must be of type String")
                    actions = [key for key in _INLINE_BUTTON_ACTIONS if key in button]
                    if not actions:
                        raise BotAPIError(400, "Bad Request: text buttons are unallowed in the "
                                               "inline keyboard")
                    if len(actions) > 1:
                        raise BotAPIError(400, "Bad Request: can't parse inline keyboard button: "
                                               "only one of the optional fields must be used")
                    if "callback_data" in button:
                        data = button["callback_data"]
                        if (not isinstance(data, str)
                                or not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES):
                            raise BotAPIError(400, "Bad Request: BUTTON_DATA_INVALID")
                    if "url" in button:
                        url = button["url"]
                        if not isinstance(url, str) or not re.match(r"^(https?|tg)://\S+$", url):
                            raise BotAPIError(400, "Bad Request: BUTTON_URL_INVALID")
            if count > 100:
                raise BotAPIError(400, "Bad Request: REPLY_MARKUP_TOO_LONG")
            return markup
        if "keyboard" in markup:
            rows = markup["keyboard"]
            if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
                raise BotAPIError(400, "Bad Request: field \"keyboard\" must be an Array of Arrays")
            return markup
        if markup.get("remove_keyboard") is True or markup.get("force_reply") is True:
            return markup
        raise BotAPIError(400, bad)

    def _resolve_reply(self, params: _Params, chat: JSONDict) -> JSONDict | None:
        reply_parameters = params.get_json("reply_parameters", "reply parameters")
        allow_missing = params.get_bool("allow_sending_without_reply")
        message_id = params.get_int("reply_to_message_id")
        if reply_parameters is not None:
            if not isinstance(reply_parameters, dict) or "message_id" not in reply_parameters:
                raise BotAPIError(400, "Bad Request: can't parse reply parameters JSON object")
            message_id = int(reply_parameters["message_id"])
            allow_missing = bool(reply_parameters.get("allow_sending_without_reply", allow_missing))
            if reply_parameters.get("chat_id") not in (None, chat["id"], str(chat["id"])):
                return None  # replies to other chats are not modelled
        if message_id is None:
            return None
        target = self._messages.get((chat["id"], message_id))
        if target is None:
            if allow_missing:
                return None
            raise BotAPIError(400, "Bad Request: message to be replied not found")
        return self._as_reply(target)

    def _new_bot_message(
        self, chat: JSONDict, reply_to: JSONDict | None, markup: JSONDict | None
    ) -> JSONDict:
        message: JSONDict = {
            "message_id": self._next_message_id(chat["id"]),
            "from": {
                "id": self.bot_id,
                "is_bot": True,
                "first_name": self.bot_first_name,
                "username": self.bot_username,
            },
            "chat": chat,
            "date": int(time.time()),
        }
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if markup is not None and "inline_keyboard" in markup:
            message["reply_markup"] = markup  # Telegram echoes inline keyboards only
        return message

    # ---------------------------------------------------------------- Bot API methods

    async def _m_true(self, params: _Params, ctx: _CallContext) -> bool:
        return True

    async def _m_get_me(self, params: _Params, ctx: _CallContext) -> JSONDict:
        return self.bot_user

    def _confirm_offset(self, offset: int) -> None:
        if offset > 0:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            self.confirmed_offset = max(self.confirmed_offset, offset)
        elif offset < 0:
            keep = self._updates[offset:] if -offset < len(self._updates) else self._updates
            if keep:
                self.confirmed_offset = max(self.confirmed_offset, keep[0]["update_id"])
            self._updates = list(keep)

    def _select_updates(self, limit: int) -> list[JSONDict]:
        batch: list[JSONDict] = []
        for update in self._updates:
            kind = next(k for k in update if k != "update_id")
            if self._allowed_updates is None:
                if kind in _OPT_IN_UPDATE_TYPES:
                    continue
            elif kind not in self._allowed_updates:
                continue
            batch.append(update)
            if len(batch) >= limit:
                break
        return batch

    async def _m_get_updates(self, params: _Params, ctx: _CallContext) -> list[JSONDict]:
        if self._webhook_url:
            raise BotAPIError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use "
                "deleteWebhook to delete the webhook first",
            )
        offset = params.get_int("offset", 0) or 0
        limit = min(max(params.get_int("limit", 100) or 100, 1), 100)
        timeout = min(max(params.get_float("timeout", 0.0), 0.0), self.max_poll_timeout)
        allowed = params.get_json("allowed_updates", "allowed updates")
        if allowed is not None:
            if not isinstance(allowed, list) or not all(isinstance(a, str) for a in allowed):
                raise BotAPIError(400, "Bad Request: can't parse allowed updates JSON object")
            self._allowed_updates = frozenset(allowed) or None
        self._confirm_offset(offset)

        self._poll_generation += 1
        generation = self._poll_generation
        self._wake_polls("superseded")  # an older poll still waiting gets 409 like on Telegram
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            if generation != self._poll_generation:
                # Usually the client of the older poll has gone (PTB cancels its poll on
                # stop); give the loop a moment to notice, so that is not counted as a
                # rejection.
                await asyncio.sleep(0.05)
                raise BotAPIError(409, _DEFAULT_ERROR_TEXT[409])
            batch = self._select_updates(limit)
            remaining = deadline - loop.time()
            if batch or self._closing or remaining <= 0 or ctx.client_gone():
                break
            waiter: asyncio.Future[str] = loop.create_future()
            self._poll_waiters.add(waiter)
            try:
                # Wake on news; re-check at least every 0.25 s whether the client left.
                await asyncio.wait({waiter}, timeout=min(remaining, 0.25))
            finally:
                self._poll_waiters.discard(waiter)
            if waiter.done() and waiter.result() == "release":
                ctx.record.note = "released"
                batch = self._select_updates(limit)
                break
        if not ctx.client_gone():
            for update in batch:
                self.deliveries[update["update_id"]] += 1
        return batch

    async def _m_set_webhook(self, params: _Params, ctx: _CallContext) -> bool:
        url = params.get_str("url") or ""
        if url and not url.lower().startswith("https://"):
            raise BotAPIError(
                400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
            )
        self.webhooks.append(dict(params.values))
        self._webhook_url = url or None
        if params.get_bool("drop_pending_updates"):
            self._drop_pending()
        self._wake_polls("webhook")
        return True

    def _drop_pending(self) -> None:
        if self._updates:
            self.confirmed_offset = max(self.confirmed_offset, self._updates[-1]["update_id"] + 1)
        self._updates.clear()

    async def _m_delete_webhook(self, params: _Params, ctx: _CallContext) -> bool:
        self._webhook_url = None
        if params.get_bool("drop_pending_updates"):
            self._drop_pending()
        return True

    async def _m_get_webhook_info(self, params: _Params, ctx: _CallContext) -> JSONDict:
        return {
            "url": self._webhook_url or "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    @staticmethod
    def _commands_key(params: _Params) -> tuple[str, str]:
        scope = params.get_json("scope", "scope") or {"type": "default"}
        if not isinstance(scope, dict) or not isinstance(scope.get("type"), str):
            raise BotAPIError(400, "Bad Request: can't parse BotCommandScope JSON object")
        return json.dumps(scope, sort_keys=True), params.get_str("language_code") or ""

    async def _m_set_my_commands(self, params: _Params, ctx: _CallContext) -> bool:
        commands = params.get_json("commands", "commands")
        if not isinstance(commands, list):
            raise BotAPIError(400, "Bad Request: can't parse commands JSON object")
        if len(commands) > 100:
            raise BotAPIError(400, "Bad Request: too many commands specified")
        for command in commands:
            if not isinstance(command, dict):
                raise BotAPIError(400, "Bad Request: can't parse BotCommand JSON object")
            name, text = command.get("command"), command.get("description")
            if not isinstance(name, str) or not _COMMAND_NAME_RE.fullmatch(name):
                raise BotAPIError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not isinstance(text, str) or not 1 <= len(text.strip()) <= 256:
                raise BotAPIError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        key = self._commands_key(params)
        self._commands[key] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        self.command_history.append(
            {"scope": key[0], "language_code": key[1], "commands": commands}
        )
        return True

    async def _m_get_my_commands(self, params: _Params, ctx: _CallContext) -> list[JSONDict]:
        return list(self._commands.get(self._commands_key(params), []))

    async def _m_delete_my_commands(self, params: _Params, ctx: _CallContext) -> bool:
        self._commands.pop(self._commands_key(params), None)
        return True

    async def _m_send_message(self, params: _Params, ctx: _CallContext) -> JSONDict:
        chat = self._resolve_chat(params)
        raw = params.get_str("text")
        if not raw:
            raise BotAPIError(400, "Bad Request: message text is empty")
        parse_mode = params.get_str("parse_mode")
        text, entities = self._format_text(
            raw, parse_mode, params.get_json("entities", "entities"),
            method=ctx.method, chat_id=chat["id"], limit=self.max_message_length,
            too_long="Bad Request: message is too long",
            empty="Bad Request: message must be non-empty",
        )
        markup = self._check_reply_markup(params.get_json("reply_markup", "reply keyboard markup"))
        reply_to = self._resolve_reply(params, chat)
        message = self._new_bot_message(chat, reply_to, markup)
        message["text"] = text
        if entities:
            message["entities"] = entities
        preview = params.get_json("link_preview_options", "link preview options")
        if isinstance(preview, dict) and preview:
            message["link_preview_options"] = preview
        self._store_message(message)
        self.sent.append(
            SentMessage(
                method=ctx.method, chat_id=chat["id"], message_id=message["message_id"],
                text=text, source=raw, parse_mode=parse_mode, entities=entities,
                reply_markup=markup, reply_to_message_id=reply_to and reply_to["message_id"],
                message=message,
            )
        )
        return message

    async def _send_media(
        self, params: _Params, ctx: _CallContext, field_name: str, folder: str
    ) -> JSONDict:
        chat = self._resolve_chat(params)
        upload = ctx.files.get(field_name)
        ref = params.get_str(field_name)
        if ref and ref.startswith("attach://"):
            upload = ctx.files.get(ref[len("attach://") :])
        if upload is not None:
            stored = self._store_file(
                folder, upload.content, file_name=upload.filename, mime_type=upload.content_type
            )
        elif ref and ref in self._files:
            stored = self._files[ref]
        elif ref and ref.startswith(("http://", "https://")):
            stored = self._store_file(folder, b"", file_name=ref.rsplit("/", 1)[-1])
        else:
            raise BotAPIError(400, f"Bad Request: there is no {field_name} in the request")
        raw_caption = params.get_str("caption")
        caption, caption_entities = None, []
        parse_mode = params.get_str("parse_mode")
        if raw_caption:
            caption, caption_entities = self._format_text(
                raw_caption, parse_mode, params.get_json("caption_entities", "caption entities"),
                method=ctx.method, chat_id=chat["id"], limit=MAX_CAPTION_LENGTH,
                too_long="Bad Request: message caption is too long",
                empty="Bad Request: message must be non-empty",
            ) if raw_caption.strip(_TRIM_CHARS) else (None, [])
        markup = self._check_reply_markup(params.get_json("reply_markup", "reply keyboard markup"))
        reply_to = self._resolve_reply(params, chat)
        message = self._new_bot_message(chat, reply_to, markup)
        if field_name == "photo":
            message["photo"] = [
                {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id,
                 "width": 800, "height": 600, "file_size": stored.file_size}
            ]
        else:
            message["document"] = {
                "file_id": stored.file_id, "file_unique_id": stored.file_unique_id,
                "file_size": stored.file_size,
                **({"file_name": stored.file_name} if stored.file_name else {}),
                **({"mime_type": stored.mime_type} if stored.mime_type else {}),
            }
        if caption:
            message["caption"] = caption
            if caption_entities:
                message["caption_entities"] = caption_entities
        self._store_message(message)
        self.sent.append(
            SentMessage(
                method=ctx.method, chat_id=chat["id"], message_id=message["message_id"],
                text=None, source=raw_caption, parse_mode=parse_mode, entities=caption_entities,
                reply_markup=markup, reply_to_message_id=reply_to and reply_to["message_id"],
                message=message, caption=caption,
            )
        )
        return message

    async def _m_send_document(self, params: _Params, ctx: _CallContext) -> JSONDict:
        return await self._send_media(params, ctx, "document", "documents")

    async def _m_send_photo(self, params: _Params, ctx: _CallContext) -> JSONDict:
        return await self._send_media(params, ctx, "photo", "photos")

    def _editable(self, params: _Params) -> tuple[JSONDict, JSONDict]:
        chat = self._resolve_chat(params)
        message_id = params.get_int("message_id")
        if message_id is None:
            raise BotAPIError(400, "Bad Request: message identifier is not specified")
        current = self._messages.get((chat["id"], message_id))
        if current is None:
            raise BotAPIError(400, "Bad Request: message to edit not found")
        if current.get("from", {}).get("id") != self.bot_id:
            raise BotAPIError(400, "Bad Request: message can't be edited")
        return chat, current

    async def _m_edit_message_text(self, params: _Params, ctx: _CallContext) -> JSONDict | bool:
        raw = params.get_str("text")
        parse_mode = params.get_str("parse_mode")
        inline_id = params.get_str("inline_message_id")
        current: JSONDict | None = None
        chat_id: int | None = None
        if not inline_id:
            chat, current = self._editable(params)
            chat_id = chat["id"]
            if "text" not in current:
                raise BotAPIError(400, "Bad Request: there is no text in the message to edit")
        if not raw:
            raise BotAPIError(400, "Bad Request: message text is empty")
        text, entities = self._format_text(
            raw, parse_mode, params.get_json("entities", "entities"),
            method=ctx.method, chat_id=chat_id, limit=self.max_message_length,
            too_long="Bad Request: MESSAGE_TOO_LONG",
            empty="Bad Request: message must be non-empty",
        )
        markup = self._check_reply_markup(params.get_json("reply_markup", "reply keyboard markup"))
        if markup is not None and "inline_keyboard" not in markup:
            raise BotAPIError(400, "Bad Request: inline keyboard expected")
        if current is None:
            self.edits.append(EditedMessage(ctx.method, None, None, inline_id, text, parse_mode,
                                            entities, markup, None))
            return True
        if (text == current.get("text") and entities == current.get("entities", [])
                and markup == current.get("reply_markup")):
            raise BotAPIError(400, _NOT_MODIFIED)
        edited = {k: v for k, v in current.items() if k not in ("entities", "reply_markup")}
        edited["text"] = text
        edited["edit_date"] = int(time.time())
        if entities:
            edited["entities"] = entities
        if markup is not None:
            edited["reply_markup"] = markup
        self._store_message(edited)
        self.edits.append(EditedMessage(ctx.method, chat_id, edited["message_id"], None, text,
                                        parse_mode, entities, markup, edited))
        return edited

    async def _m_edit_message_reply_markup(
        self, params: _Params, ctx: _CallContext
    ) -> JSONDict | bool:
        markup = self._check_reply_markup(params.get_json("reply_markup", "reply keyboard markup"))
        if markup is not None and "inline_keyboard" not in markup:
            raise BotAPIError(400, "Bad Request: inline keyboard expected")
        inline_id = params.get_str("inline_message_id")
        if inline_id:
            self.edits.append(EditedMessage(ctx.method, None, None, inline_id, None, None, [],
                                            markup, None))
            return True
        chat, current = self._editable(params)
        if markup == current.get("reply_markup"):
            raise BotAPIError(400, _NOT_MODIFIED)
        edited = {k: v for k, v in current.items() if k != "reply_markup"}
        edited["edit_date"] = int(time.time())
        if markup is not None:
            edited["reply_markup"] = markup
        self._store_message(edited)
        self.edits.append(EditedMessage(ctx.method, chat["id"], edited["message_id"], None,
                                        edited.get("text"), None, edited.get("entities", []),
                                        markup, edited))
        return edited

    async def _m_delete_message(self, params: _Params, ctx: _CallContext) -> bool:
        chat = self._resolve_chat(params)
        message_id = params.get_int("message_id")
        if message_id is None or (chat["id"], message_id) not in self._messages:
            raise BotAPIError(400, "Bad Request: message to delete not found")
        del self._messages[(chat["id"], message_id)]
        self.deleted.append((chat["id"], message_id))
        return True

    async def _m_answer_callback_query(self, params: _Params, ctx: _CallContext) -> bool:
        query_id = params.get_str("callback_query_id") or ""
        if query_id not in self._open_callback_queries:
            raise BotAPIError(400, _QUERY_TOO_OLD)
        text = params.get_str("text")
        if text is not None and len(text) > 200:
            raise BotAPIError(400, "Bad Request: MESSAGE_TOO_LONG")
        self._open_callback_queries.discard(query_id)
        self.callback_answers.append(
            CallbackAnswer(
                callback_query_id=query_id, text=text, show_alert=params.get_bool("show_alert"),
                url=params.get_str("url"), cache_time=params.get_int("cache_time"),
                params=dict(params.values),
            )
        )
        return True

    def _check_inline_results(self, results: Any, ctx: _CallContext) -> list[JSONDict]:
        if not isinstance(results, list) or not all(isinstance(r, dict) for r in results):
            raise BotAPIError(400, "Bad Request: can't parse inline query results JSON object")
        if len(results) > MAX_INLINE_RESULTS:
            raise BotAPIError(400, "Bad Request: RESULTS_TOO_MUCH")
        seen: set[str] = set()
        checked: list[JSONDict] = []
        for result in results:
            result_id = result.get("id")
            if (not isinstance(result_id, str)
                    or not 1 <= len(result_id.encode("utf-8")) <= MAX_INLINE_RESULT_ID_BYTES):
                raise BotAPIError(400, "Bad Request: RESULT_ID_INVALID")
            if result_id in seen:
                raise BotAPIError(400, "Bad Request: RESULT_ID_DUPLICATE")
            seen.add(result_id)
            if not isinstance(result.get("type"), str):
                raise BotAPIError(400, "Bad Request: can't parse inline query result: "
                                       "Field \"type\" must be of type String")
            if result["type"] == "article" and (
                    not result.get("title") or "input_message_content" not in result):
                raise BotAPIError(400, "Bad Request: can't parse inline query result: article "
                                       "needs title and input_message_content")
            self._check_reply_markup(result.get("reply_markup"))
            checked_result = dict(result)
            content = result.get("input_message_content")
            if isinstance(content, dict) and "message_text" in content:
                raw = content["message_text"]
                if not isinstance(raw, str) or not raw:
                    raise BotAPIError(400, "Bad Request: MESSAGE_EMPTY")
                text, entities = self._format_text(
                    raw, content.get("parse_mode"), content.get("entities"),
                    method=ctx.method, chat_id=None, limit=self.max_message_length,
                    too_long="Bad Request: MESSAGE_TOO_LONG", empty="Bad Request: MESSAGE_EMPTY",
                )
                checked_result["input_message_content"] = {
                    **content, "message_text": text, "entities": entities,
                }
            checked.append(checked_result)
        return checked

    async def _m_answer_inline_query(self, params: _Params, ctx: _CallContext) -> bool:
        query_id = params.get_str("inline_query_id") or ""
        if query_id not in self._open_inline_queries:
            raise BotAPIError(400, _QUERY_TOO_OLD)
        results = self._check_inline_results(
            params.get_json("results", "inline query results"), ctx
        )
        self._open_inline_queries.discard(query_id)
        button = params.get_json("button", "inline query results button")
        self.inline_answers.append(
            InlineAnswer(
                inline_query_id=query_id, results=results, cache_time=params.get_int("cache_time"),
                is_personal=params.get_bool("is_personal"),
                next_offset=params.get_str("next_offset"),
                button=button if isinstance(button, dict) else None, params=dict(params.values),
            )
        )
        return True

    async def _m_send_chat_action(self, params: _Params, ctx: _CallContext) -> bool:
        chat = self._resolve_chat(params)
        action = params.get_str("action") or ""
        if action not in _CHAT_ACTIONS:
            raise BotAPIError(400, "Bad Request: wrong parameter action in request")
        self.chat_actions.append(ChatAction(chat["id"], action, time.monotonic()))
        return True

    async def _m_get_file(self, params: _Params, ctx: _CallContext) -> JSONDict:
        file_id = params.get_str("file_id") or ""
        stored = self._files.get(file_id)
        if stored is None:
            raise BotAPIError(400, "Bad Request: invalid file_id")
        if stored.file_size > MAX_DOWNLOAD_SIZE:
            raise BotAPIError(400, "Bad Request: file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": stored.file_size,
            "file_path": stored.file_path,
        }

