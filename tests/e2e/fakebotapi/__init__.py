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

Parts
    :mod:`.server` holds :class:`FakeBotAPI` (state, start and stop, waiting), made of mixins:
    :mod:`.plumbing` (HTTP in, JSON out, downloads), :mod:`.updates`, :mod:`.messages` and
    :mod:`.queries` (the Bot API methods, by area), :mod:`.inject` (what users do),
    :mod:`.chats` (chats, users, messages and what tests read of them) and :mod:`.faults`.
    They share :mod:`.markup` (Telegram's HTML and UTF-16 rules), :mod:`.limits`,
    :mod:`.records` (what tests assert on) and :mod:`.calls` (one call's parameters and error).

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

from .calls import BotAPIError
from .markup import HTMLParseError, parse_html, utf16_len
from .records import (
    CallbackAnswer,
    ChatAction,
    EditedMessage,
    EntityOverflow,
    FileDownload,
    InlineAnswer,
    RecordedRequest,
    RejectedCall,
    SentMessage,
    StoredFile,
    UploadedFile,
)
from .server import FakeBotAPI, FakeBotAPITimeout

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
