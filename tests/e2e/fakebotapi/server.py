"""The fake server: its settings and state, start and stop, and waiting for what the bot does."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

from .calls import CallContext, Params
from .chats import ChatRecords
from .faults import Fault, FaultInjection
from .inject import UpdateInjection
from .limits import MAX_MESSAGE_LENGTH, MAX_POLL_TIMEOUT, MAX_UPLOAD_SIZE
from .messages import MessageMethods
from .plumbing import HTTPPlumbing
from .queries import QueryMethods
from .records import (
    CallbackAnswer,
    ChatAction,
    EditedMessage,
    EntityOverflow,
    FileDownload,
    InlineAnswer,
    JSONDict,
    RecordedRequest,
    RejectedCall,
    SentMessage,
    StoredFile,
)
from .updates import UpdateMethods

if TYPE_CHECKING:  # pragma: no cover - imported for annotations only
    from telegram.ext import Application, ApplicationBuilder

logger = logging.getLogger(__name__)


class FakeBotAPITimeout(AssertionError):
    """:meth:`FakeBotAPI.wait_for` gave up; the message describes the fake's state."""


class FakeBotAPI(FaultInjection, ChatRecords, UpdateInjection, HTTPPlumbing, UpdateMethods,
                 MessageMethods, QueryMethods):
    """A local, strict stand-in for ``api.telegram.org`` (see the package docstring).

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
        self.max_poll_timeout = min(max(max_poll_timeout, 0.0), MAX_POLL_TIMEOUT)
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
        self._faults: dict[str, list[Fault]] = {}
        self._active_calls = 0
        self._closing = False
        self._closing_event: asyncio.Event | None = None
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

        self._handlers: dict[str, tuple[str, Callable[[Params, CallContext], Any]]] = {}
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
