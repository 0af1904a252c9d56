"""Telegram adapter: python-telegram-bot handlers over the shared answering :class:`Engine`.

Run it with ``TELEGRAM_BOT_TOKEN=... python -m bot --config config.yaml`` (see :mod:`bot.cli`):
it serves by long polling, or by webhook when ``telegram.webhook`` is configured. The token
comes from the environment only; ``TELEGRAM_BASE_URL`` points the bot at another Bot API server
(``http://127.0.0.1:8081/bot``; files are fetched from ``.../file/bot``) and
``TELEGRAM_ADMIN_IDS`` names the admins. Tests build the same application in-process with
:func:`build_application`.

Readers
    ``/start`` and ``/help`` (bilingual, with example questions the corpus answers). In a
    private chat any text is a question; in groups the bot answers only when addressed --
    ``/ask question``, an @mention, or a reply to one of its messages -- and is silent
    otherwise. Inline mode (``@bot question``) offers one result per passage. A button under
    each answer (or ``/more``) shows further passages.
Admins (``telegram.admin_ids``)
    ``/reload`` (progress shown while it runs), ``/stats``, ``/docs``, ``/remove NAME`` and
    ``.txt``/``.md`` uploads that join the corpus at once. Anyone else is refused politely and
    the attempt is logged; their files are never downloaded.

Handlers are thin: read the update, run the engine in a worker thread, format with a pure
function (:mod:`bot.format`, :mod:`bot.telegram_format`), reply. Updates of different chats are
handled concurrently, those of one chat one at a time in arrival order
(:class:`ChatOrderedUpdateProcessor`); at most ``BotSettings.askers`` questions are searched at
once, so a burst does not starve the event loop. Calls the Bot API failed with a server error or
dropped are retried (:class:`PatientRateLimiter`). One error handler logs every failure with the
token redacted and tells a waiting user briefly; refusals (:class:`~corpus.errors.QABotError`, e.g.
an upload that is not UTF-8) reach the user with their own message.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import importlib.util
import itertools
import logging
import re
import secrets
import signal
import threading
import time
import weakref
from collections import Counter, OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    Update,
    User,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    TelegramError,
    TimedOut,
)
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot import telegram_format as tf
from bot.answer import Answer
from bot.config import Config, bot_token
from bot.engine import Engine, ReloadReport
from bot.examples import english_examples, example_questions
from bot.format import format_html
from corpus.errors import DocumentRejected, QABotError
from corpus.loader import list_document_files
from corpus.store import (
    CheckedDocument,
    check_document,
    check_size,
    document_exists,
    remove_document,
    restore_document,
    safe_document_name,
    write_document,
)
from index.search import Index

log = logging.getLogger(__name__)

STATE_KEY = "qa"
DEFAULT_BASE_URL = "https://api.telegram.org/bot"
#: Loggers that may see Bot API URLs (which contain the token) in messages or exceptions.
URL_LOGGERS = (
    "httpx",
    "telegram",
    "telegram.Bot",
    "telegram.ext",
    "telegram.ext.AIORateLimiter",
    "telegram.ext.Application",
    "telegram.ext.ExtBot",
    "telegram.ext.Updater",
    "telegram.request",
    "telegram.request.BaseRequest",
    "telegram.request.HTTPXRequest",
)

Context = ContextTypes.DEFAULT_TYPE


@dataclass(frozen=True)
class BotSettings:
    """Tunables of the adapter (tests shorten the progress interval)."""

    progress_interval: float = 3.0
    remembered_answers: int = 2000
    pending_changes: int = 100
    inline_results: int = 10
    example_count: int = 4
    concurrent_updates: int = 64
    #: First pause before retrying a call the Bot API failed with a server error (doubles).
    retry_backoff: float = 0.5
    #: Questions answered at once in worker threads. Under the GIL more threads add no
    #: throughput; they take the interpreter from the event loop (see tests/bench/burst.py).
    askers: int = 2


# ------------------------------------------------------------------------- shared state


@dataclass(frozen=True)
class RememberedAnswer:
    """An answer sent to a chat, kept so that its "more" button can page through it.

    The index it came from is held weakly: remembered answers must not keep replaced indexes
    alive; when that index is gone or replaced, the question is asked again.
    """

    question: str
    answer: Answer
    index: weakref.ref[Index]

    def is_from(self, index: Index) -> bool:
        return self.index() is index


@dataclass(frozen=True)
class PendingChange:
    """A corpus change an admin asked for: added at once, or waiting for a confirmation."""

    action: Literal["add", "replace", "remove"]
    admin_id: int
    name: str
    upload: CheckedDocument | None = None
    title: str | None = None


class BotState:
    """What the handlers share, kept in ``application.bot_data`` (no module globals)."""

    def __init__(self, config: Config, engine: Engine, settings: BotSettings) -> None:
        self.config = config
        self.engine = engine
        self.settings = settings
        self.started_at = time.time()
        self.inline_queries = 0
        self.reload_lock = asyncio.Lock()
        self.asking = asyncio.Semaphore(settings.askers)
        # Keys carry a per-run prefix: a button from before a restart never matches a new key.
        self._run = secrets.token_hex(2)
        self._counter = itertools.count(1)
        self._answers: OrderedDict[str, RememberedAnswer] = OrderedDict()
        self._last_in_chat: OrderedDict[int, tuple[str, int]] = OrderedDict()
        self._pending: OrderedDict[str, PendingChange] = OrderedDict()
        self._examples: tuple[Index, tuple[str, ...]] | None = None
        self._english_examples: tuple[Index, tuple[str, ...]] | None = None
        self._buttons_off: OrderedDict[tuple[int, int], None] = OrderedDict()

    def is_admin(self, user: User | None) -> bool:
        return user is not None and user.id in self.config.telegram.admin_ids

    def new_key(self) -> str:
        return f"{self._run}{next(self._counter):x}"

    def remember(self, chat_id: int, question: str, answer: Answer, index: Index) -> str:
        """Keep an answer for its "more" button; return the key the button carries."""
        key = self.new_key()
        _put_bounded(self._answers, key, RememberedAnswer(question, answer, weakref.ref(index)),
                     self.settings.remembered_answers)
        self.shown_up_to(chat_id, key, self.config.passages_shown)
        return key

    def recall(self, key: str) -> RememberedAnswer | None:
        return self._answers.get(key)

    def update_answer(self, key: str, remembered: RememberedAnswer) -> None:
        _put_bounded(self._answers, key, remembered, self.settings.remembered_answers)

    def shown_up_to(self, chat_id: int, key: str, offset: int) -> None:
        """Record that a chat has seen answer ``key`` up to ``offset`` (for /more)."""
        _put_bounded(self._last_in_chat, chat_id, (key, offset), self.settings.remembered_answers)

    def last_in_chat(self, chat_id: int) -> tuple[str, int] | None:
        return self._last_in_chat.get(chat_id)

    def add_pending(self, change: PendingChange) -> str:
        key = self.new_key()
        _put_bounded(self._pending, key, change, self.settings.pending_changes)
        return key

    def peek_pending(self, key: str) -> PendingChange | None:
        return self._pending.get(key)

    def pop_pending(self, key: str) -> PendingChange | None:
        return self._pending.pop(key, None)

    def buttons_taken_off(self, chat_id: int, message_id: int) -> bool:
        """Whether this bot took the buttons off that message (recently)."""
        return (chat_id, message_id) in self._buttons_off

    def note_buttons_off(self, chat_id: int, message_id: int) -> None:
        _put_bounded(self._buttons_off, (chat_id, message_id), None,
                     self.settings.remembered_answers)

    async def examples(self) -> tuple[str, ...]:
        """Example questions the current index answers (computed once per index)."""
        index = self.engine.index
        if self._examples is None or self._examples[0] is not index:
            found = await asyncio.to_thread(
                example_questions, index, functools.partial(self.engine.ask, count=False),
                self.settings.example_count,
            )
            self._examples = (index, tuple(found))
        return self._examples[1]

    async def english_examples(self) -> tuple[str, ...]:
        """Questions wholly in English that the current index answers (once per index)."""
        index = self.engine.index
        if self._english_examples is None or self._english_examples[0] is not index:
            found = await asyncio.to_thread(
                english_examples, index, functools.partial(self.engine.ask, count=False), 2
            )
            self._english_examples = (index, tuple(found))
        return self._english_examples[1]


def _put_bounded(store: OrderedDict[Any, Any], key: Any, value: Any, limit: int) -> None:
    store[key] = value
    store.move_to_end(key)
    while len(store) > limit:
        store.popitem(last=False)


def _state(context: Context) -> BotState:
    return context.bot_data[STATE_KEY]


# ------------------------------------------------------------------------- update order


class ChatOrderedUpdateProcessor(BaseUpdateProcessor):
    """Handles up to ``max_concurrent_updates`` updates at once, those of one chat in arrival order.

    PTB hands updates over in the order it polled them; each waits for its chat's lock (asyncio
    locks are fair, first come first served), so a chat's replies keep its questions' order.
    Only then does an update take one of the ``max_concurrent_updates`` places: one waiting for
    its turn holds none, so a chat that floods the bot while its own slow question is answered
    holds up no other chat. (PTB's semaphore, taken before :meth:`do_process_update`, counts
    every update taken in, waiting or running, up to ``max_waiting``.)
    """

    def __init__(self, max_concurrent_updates: int, max_waiting: int = 10_000) -> None:
        super().__init__(max(max_concurrent_updates, max_waiting))
        self._places = asyncio.Semaphore(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: Counter[int] = Counter()

    async def do_process_update(self, update: object, coroutine: Any) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:  # inline queries: no chat, no order to keep
            async with self._places:
                await coroutine
            return
        lock = self._locks.setdefault(chat.id, asyncio.Lock())
        self._users[chat.id] += 1
        try:
            async with lock, self._places:
                await coroutine
        finally:
            self._users[chat.id] -= 1
            if not self._users[chat.id]:
                del self._users[chat.id]
                del self._locks[chat.id]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""


# ------------------------------------------------------------------------- rate limits


class PatientRateLimiter(AIORateLimiter):
    """PTB's :class:`AIORateLimiter` (which waits out a 429's ``retry_after``), also retrying
    calls the Bot API did not carry out: a server error (5xx) or a connection closed without an
    answer, up to ``max_retries`` times with pauses doubling from ``backoff`` seconds.

    A timeout is not retried: the call may well have been carried out, and a reply sent twice is
    worse than one the error handler logs. A refusal (400) would only be refused again.
    """

    def __init__(self, *, overall_max_rate: float, max_retries: int, backoff: float) -> None:
        super().__init__(overall_max_rate=overall_max_rate, max_retries=max_retries)
        self._retries = max_retries
        self._backoff = backoff

    async def process_request(self, callback: Any, args: Any, kwargs: dict[str, Any],
                              endpoint: str, data: dict[str, Any],
                              rate_limit_args: int | None) -> Any:
        failures = 0
        while True:
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data,
                                                     rate_limit_args)
            except (BadRequest, TimedOut):
                raise
            except NetworkError as exc:
                failures += 1
                if failures > self._retries:
                    raise
                pause = self._backoff * 2 ** (failures - 1)
                log.warning("%s to chat %s failed (%s); retry %d of %d in %.1fs", endpoint,
                            data.get("chat_id"), exc, failures, self._retries, pause)
                await asyncio.sleep(pause)


# ------------------------------------------------------------------------- filters


def _bot_mentions(message: Message) -> list[str]:
    """The pieces of a message's text that mention this bot (``@name`` or a text mention)."""
    bot = message.get_bot()
    me = f"@{bot.username}".lower() if bot.username else None
    found = []
    for entity, text in message.parse_entities(
        [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]
    ).items():
        if entity.type == MessageEntity.MENTION and text.lower() == me:
            found.append(text)
        elif entity.user is not None and entity.user.id == bot.id:
            found.append(text)
    return found


class _AddressedToBot(filters.MessageFilter):
    """Group messages meant for the bot: an @mention of it or a reply to one of its messages."""

    def filter(self, message: Message) -> bool:
        replied = message.reply_to_message
        if replied is not None and replied.from_user is not None:
            if replied.from_user.id == message.get_bot().id:
                return True
        return bool(_bot_mentions(message))


class _CommandForThisBot(filters.MessageFilter):
    """A command written as ``/command@thisbot`` (in groups, bare commands may be for others)."""

    def filter(self, message: Message) -> bool:
        command = _command_word(message)
        username = message.get_bot().username or ""
        return command.lower().endswith("@" + username.lower()) if username else False


def _command_word(message: Message) -> str:
    text = message.text or ""
    for entity in message.entities:
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            return message.parse_entity(entity)
    return text.split(maxsplit=1)[0] if text else ""


def _question(message: Message) -> str:
    """The question in a message: its text without the command word and mentions of the bot."""
    text = message.text or ""
    command = _command_word(message) if text.startswith("/") else ""
    if command:
        text = text[len(command):]
    for mention in _bot_mentions(message):
        text = text.replace(mention, " ")
    return " ".join(text.split())


# ------------------------------------------------------------------------- readers


async def _ask(state: BotState, question: str, *, count: bool = True) -> tuple[Answer, Index]:
    """Answer in a worker thread (the search is CPU work), ``settings.askers`` at a time; count
    the question."""
    async with state.asking:
        index = state.engine.index
        answer = await asyncio.to_thread(state.engine.ask, question, count)
    return answer, index


def _more_keyboard(key: str, offset: int, answer: Answer) -> InlineKeyboardMarkup | None:
    remaining = len(answer.results) - offset
    if not answer.found or remaining <= 0:
        return None
    button = InlineKeyboardButton(tf.more_label(remaining), callback_data=tf.more_data(key, offset))
    return InlineKeyboardMarkup([[button]])


async def _reply_answer(message: Message, state: BotState, question: str) -> None:
    """Answer ``question`` under ``message``: direct answer, passages, a button for more."""
    if not question:
        await message.reply_html(tf.ask_usage_html(message.get_bot().username))
        return
    answer, index = await _ask(state, question)
    examples = () if answer.found else await state.examples()
    shown = state.config.passages_shown
    key = state.remember(message.chat_id, question, answer, index)
    await message.reply_html(
        format_html(answer, shown, 0, examples), reply_markup=_more_keyboard(key, shown, answer)
    )


async def on_help(update: Update, context: Context) -> None:
    """Explain the bot in Chinese and English, with example questions (/start and /help)."""
    state = _state(context)
    examples = await state.examples()
    english = await state.english_examples()
    admin = state.is_admin(update.effective_user) and update.effective_chat.type == "private"
    await update.effective_message.reply_html(
        tf.help_html(context.bot.username, examples, admin=admin, english=english)
    )


async def on_question(update: Update, context: Context) -> None:
    """A text question: any text in a private chat; in a group, one addressed to the bot."""
    message = update.effective_message
    await _reply_answer(message, _state(context), _question(message))


async def on_ask(update: Update, context: Context) -> None:
    """/ask QUESTION (also /ask@bot; alone, as a reply, it asks the replied-to text)."""
    message = update.effective_message
    question = _question(message)
    replied = message.reply_to_message
    if not question and replied is not None and replied.text:
        question = " ".join(replied.text.split())
    await _reply_answer(message, _state(context), question)


async def _send_more(
    bot: Bot, chat_id: int, state: BotState, key: str, offset: int
) -> str | None:
    """Send the passages of answer ``key`` from ``offset``; return why not, if nothing was sent.

    After a reload the question is asked again, so the passages come from the index that
    serves now; after a restart the answer is gone and the reader is asked to ask again.
    """
    remembered = state.recall(key)
    if remembered is None:
        return tf.EXPIRED_ANSWER
    if not remembered.is_from(state.engine.index):
        answer, index = await _ask(state, remembered.question, count=False)
        remembered = RememberedAnswer(remembered.question, answer, weakref.ref(index))
        state.update_answer(key, remembered)
    answer = remembered.answer
    if offset >= len(answer.results):
        return tf.NO_MORE
    shown = state.config.passages_shown
    state.shown_up_to(chat_id, key, offset + shown)
    await bot.send_message(
        chat_id, format_html(answer, shown, offset),
        reply_markup=_more_keyboard(key, offset + shown, answer),
    )
    return None


async def _take_buttons_off(query: CallbackQuery, state: BotState) -> bool:
    """Take the buttons off the pressed message; False if this bot took them off already.

    A double tap sends two presses of one button before the first takes it off; the presses of
    a chat are handled in order, so the second finds them gone -- and must not act again (nor
    ask Telegram to remove buttons that are not there, which it refuses).
    """
    message = query.message
    pressed = (message.chat.id, message.message_id) if message is not None else None
    if pressed is not None and state.buttons_taken_off(*pressed):
        return False
    await query.edit_message_reply_markup(reply_markup=None)
    if pressed is not None:
        state.note_buttons_off(*pressed)
    return True


async def on_more_button(update: Update, context: Context) -> None:
    """The "more" button: answer the press, take the button off, send the next passages."""
    query = update.callback_query
    action = tf.parse_callback(query.data)
    state = _state(context)
    remembered = state.recall(action.key)
    if remembered is None:
        await query.answer(tf.EXPIRED_ANSWER, show_alert=True)
        await _take_buttons_off(query, state)
        return
    await query.answer()
    if not await _take_buttons_off(query, state):
        return  # a second tap: the first one sent the passages
    problem = await _send_more(context.bot, query.message.chat.id, state, action.key,
                               action.offset)
    if problem is not None:
        await context.bot.send_message(query.message.chat.id, tf.esc(problem))


async def on_more_command(update: Update, context: Context) -> None:
    """/more: further passages of the last answer in this chat."""
    state = _state(context)
    chat_id = update.effective_chat.id
    last = state.last_in_chat(chat_id)
    if last is None:
        await update.effective_message.reply_html(tf.MORE_NOTHING_HTML)
        return
    problem = await _send_more(context.bot, chat_id, state, *last)
    if problem is not None:
        await update.effective_message.reply_html(tf.esc(problem))


async def on_stale_button(update: Update, context: Context) -> None:
    """A button this bot does not know (an old version's): say it has expired."""
    await update.callback_query.answer(tf.EXPIRED_ANSWER, show_alert=True)


async def on_inline_query(update: Update, context: Context) -> None:
    """``@bot question`` in any chat: one result per passage, each sending the answer."""
    state = _state(context)
    inline = update.inline_query
    question = " ".join(inline.query.split())
    if not question:
        await inline.answer([], cache_time=300, button=_inline_help(tf.INLINE_HELP_LABEL))
        return
    answer, _ = await _ask(state, question)
    state.inline_queries += 1
    if not answer.found:
        await inline.answer([], cache_time=30, button=_inline_help(tf.INLINE_NOTHING_LABEL))
        return
    results = [
        InlineQueryResultArticle(
            id=str(position),
            title=tf.inline_title(answer, position),
            description=tf.inline_description(result),
            input_message_content=InputTextMessageContent(
                tf.inline_message_html(answer, position), parse_mode=ParseMode.HTML
            ),
        )
        for position, result in enumerate(answer.results[: state.settings.inline_results])
    ]
    await inline.answer(results, cache_time=30)


def _inline_help(label: str) -> InlineQueryResultsButton:
    return InlineQueryResultsButton(text=label, start_parameter="help")


async def on_non_text(update: Update, context: Context) -> None:
    """A sticker, photo, voice ... in a private chat: a short hint."""
    await update.effective_message.reply_html(tf.NON_TEXT_HTML)


async def on_unknown_command(update: Update, context: Context) -> None:
    """A command the bot does not know: point to /help."""
    message = update.effective_message
    await message.reply_html(tf.unknown_command_html(_command_word(message)))


# ------------------------------------------------------------------------- admins


async def on_refused(update: Update, context: Context) -> None:
    """An admin-only command or an upload from someone else: refuse politely, log who."""
    message = update.effective_message
    user = update.effective_user
    what = "upload" if message.document is not None else _command_word(message)
    log.warning("refused %s from user %s (not an admin)", what, user.id if user else None)
    await message.reply_html(tf.REFUSED_HTML)


async def on_stats(update: Update, context: Context) -> None:
    """/stats: uptime, questions, share unanswered, index size, last reload."""
    state = _state(context)
    stats = state.engine.stats()  # the engine counts every reader's question, nothing else
    await update.effective_message.reply_html(
        tf.stats_html(
            stats,
            started_at=state.started_at,
            questions=stats.questions,
            unanswered=stats.unanswered,
            inline_queries=state.inline_queries,
        )
    )


class ProgressRelay:
    """Carries ``progress(done, total)`` from the reload's worker thread to the event loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self.done = 0
        self.total = 0
        self.started = time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        self._loop.call_soon_threadsafe(self._update, done, total)

    def _update(self, done: int, total: int) -> None:
        self.done, self.total = done, total

    def html(self) -> str:
        return tf.reload_progress_html(self.done, self.total, time.monotonic() - self.started)


async def _show_progress(status: Message, relay: ProgressRelay, interval: float) -> None:
    """Edit the status message every ``interval`` seconds while a reload runs (best effort)."""
    shown = status.text_html
    while True:
        await asyncio.sleep(interval)
        text = relay.html()
        if text == shown:
            continue
        try:
            await status.edit_text(text)
        except TelegramError as exc:  # progress is a courtesy; the outcome is reported anyway
            log.info("reload progress not shown: %s", exc)
        shown = text


async def _reload(state: BotState, status: Message) -> ReloadReport | QABotError:
    """Rebuild the index in a worker thread, showing progress; a failure is an outcome.

    Call with ``state.reload_lock`` held. On failure the engine keeps the old index serving and
    the error says why.
    """
    relay = ProgressRelay(asyncio.get_running_loop())
    ticker = asyncio.create_task(_show_progress(status, relay, state.settings.progress_interval))
    try:
        report = await asyncio.to_thread(state.engine.reload, relay)
    except QABotError as exc:
        log.warning("reload failed, the previous index keeps serving: %s", exc)
        return exc
    finally:
        ticker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await ticker
    await state.examples()  # new index, new examples: computed now rather than on a question
    return report


async def on_reload(update: Update, context: Context) -> None:
    """/reload: re-read the corpus folder and swap in the new index (admins only)."""
    state = _state(context)
    message = update.effective_message
    log.info("reload requested by admin %s", update.effective_user.id)
    waiting = None
    if state.reload_lock.locked():  # another reload or upload is running: say so, then queue
        waiting = await message.reply_html(tf.reload_progress_html(0, 0, 0.0, queued=True))
    async with state.reload_lock:
        status = waiting or await message.reply_html(tf.reload_progress_html(0, 0, 0.0))
        outcome = await _reload(state, status)
    if isinstance(outcome, QABotError):
        await status.edit_text(tf.reload_failed_html(str(outcome)))
    else:
        await status.edit_text(tf.reload_done_html(outcome))


def _document_rows(index: Index) -> list[tf.DocumentRow]:
    counts = Counter(p.doc for p in index.passages)
    return [tf.DocumentRow(d.name, d.title, counts[d.name], d.added) for d in index.documents]


async def on_docs(update: Update, context: Context) -> None:
    """/docs: the documents the index serves (admins only)."""
    rows = _document_rows(_state(context).engine.index)
    await update.effective_message.reply_html(tf.docs_html(rows))


def _confirm_keyboard(key: str, label: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(label, callback_data=tf.confirm_data(key)),
        InlineKeyboardButton(tf.CANCEL_LABEL, callback_data=tf.cancel_data(key)),
    ]])


def _title_of(state: BotState, name: str) -> str | None:
    return next((d.title for d in state.engine.index.documents if d.name == name), None)


def _check_removable(state: BotState, name: str) -> None:
    names = [p.name for p in list_document_files(state.config.corpus_path)]
    if name not in names:
        raise DocumentRejected(f"there is no document named {name!r}; see /docs")
    if len(names) == 1:
        raise DocumentRejected(f"{name} is the last document; the corpus cannot be left empty")


async def on_remove(update: Update, context: Context) -> None:
    """/remove NAME: ask for confirmation, then remove the document and reload (admins only)."""
    state = _state(context)
    message = update.effective_message
    name = " ".join(context.args or ()).strip()
    if not name:
        await message.reply_html(tf.remove_usage_html())
        return
    await asyncio.to_thread(_check_removable, state, name)
    title = _title_of(state, name)
    key = state.add_pending(PendingChange("remove", update.effective_user.id, name, title=title))
    await message.reply_html(
        tf.remove_confirm_html(name, title), reply_markup=_confirm_keyboard(key, tf.REMOVE_LABEL)
    )


async def on_upload(update: Update, context: Context) -> None:
    """An admin's .txt/.md document: check, download, store atomically, reload, report."""
    state = _state(context)
    message = update.effective_message
    document = message.document
    limit = state.config.telegram.upload_max_bytes
    name = safe_document_name(document.file_name)
    check_size(document.file_size, limit)  # before downloading anything
    log.info("upload of %s (%s bytes) by admin %s", name, document.file_size,
             update.effective_user.id)
    telegram_file = await document.get_file()
    data = bytes(await telegram_file.download_as_bytearray())
    checked = await asyncio.to_thread(
        check_document, name, data, max_bytes=limit,
        max_passage_chars=state.config.max_passage_chars,
    )
    if await asyncio.to_thread(document_exists, state.config.corpus_path, name):
        change = PendingChange("replace", update.effective_user.id, name, checked,
                               _title_of(state, name))
        key = state.add_pending(change)
        await message.reply_html(
            tf.replace_confirm_html(name, change.title, checked.title),
            reply_markup=_confirm_keyboard(key, tf.REPLACE_LABEL),
        )
        return
    change = PendingChange("add", update.effective_user.id, name, checked)
    await _apply_change(context.bot, message.chat_id, state, change)


def _carry_out(state: BotState, change: PendingChange) -> bytes | None:
    """Write or remove the document; return what to put back if the reload fails."""
    folder = state.config.corpus_path
    if change.action == "remove":
        return remove_document(folder, change.name)
    return write_document(folder, change.name, change.upload.data,
                          replace=change.action == "replace")


async def _apply_change(bot: Bot, chat_id: int, state: BotState, change: PendingChange) -> None:
    """Change the corpus folder and reload; undo the change if the new index cannot be built."""
    async with state.reload_lock:
        status = await bot.send_message(chat_id, tf.change_started_html(change.action, change.name))
        previous = await asyncio.to_thread(_carry_out, state, change)
        log.info("%s %s by admin %s", change.action, change.name, change.admin_id)
        outcome = await _reload(state, status)
        if isinstance(outcome, QABotError):
            await asyncio.to_thread(restore_document, state.config.corpus_path, change.name,
                                    previous)
            await status.edit_text(tf.change_failed_html(change.action, change.name, str(outcome)))
            return
    upload = change.upload
    await status.edit_text(
        tf.change_done_html(change.action, change.name, upload and upload.title,
                            upload and upload.passages, outcome)
    )


async def _claim_change(query: Any, state: BotState, what: str) -> PendingChange | None:
    """The pending change a confirm/cancel button is for, taken off the list -- or None (and the
    presser told why) when it has expired or belongs to another admin."""
    key = tf.parse_callback(query.data).key
    change = state.peek_pending(key)
    if change is None:
        await query.answer(tf.EXPIRED_CHANGE, show_alert=True)
        await _take_buttons_off(query, state)
        return None
    if query.from_user.id != change.admin_id:  # the buttons stay for the admin who asked
        log.warning("refused %s of %s %s from user %s", what, change.action, change.name,
                    query.from_user.id)
        await query.answer(tf.NOT_YOURS, show_alert=True)
        return None
    state.pop_pending(key)
    return change


async def on_confirm(update: Update, context: Context) -> None:
    """The confirmation button of a replacement or removal: carry it out."""
    query = update.callback_query
    state = _state(context)
    change = await _claim_change(query, state, "confirmation")
    if change is None:
        return
    await query.answer()
    await _take_buttons_off(query, state)  # it cannot be pressed twice
    await _apply_change(context.bot, query.message.chat.id, state, change)


async def on_cancel(update: Update, context: Context) -> None:
    """The cancel button of a replacement or removal: forget it."""
    query = update.callback_query
    change = await _claim_change(query, _state(context), "cancellation")
    if change is None:
        return
    await query.answer(tf.CANCELLED)
    await query.edit_message_text(tf.cancelled_html(change.name))


# ------------------------------------------------------------------------- errors


async def on_error(update: object, context: Context) -> None:
    """Log the error once (token redacted) and, where someone is waiting, tell them briefly."""
    error = context.error
    if isinstance(error, QABotError):
        log.info("refused: %s", error)
        text = tf.refusal_html(str(error))
    else:
        log.error("error while handling %s", _describe(update), exc_info=error)
        text = tf.SORRY_HTML
    chat = update.effective_chat if isinstance(update, Update) else None
    if chat is None or not _can_tell(error):
        return
    try:
        await context.bot.send_message(chat.id, text)
    except TelegramError as exc:  # the Bot API is failing: the error itself is logged above
        log.warning("could not tell chat %s about the error: %s", chat.id, exc)


def _can_tell(error: BaseException | None) -> bool:
    """Whether telling the user about ``error`` makes sense.

    Not when the bot was blocked or removed from the chat, and not after a timeout: the
    message that timed out may well have arrived.
    """
    return not isinstance(error, (Forbidden, TimedOut))


def _describe(update: object) -> str:
    if not isinstance(update, Update):
        return type(update).__name__
    user = update.effective_user
    chat = update.effective_chat
    return (f"update {update.update_id} from user {user.id if user else None} "
            f"in chat {chat.id if chat else None}")


class TokenRedactor(logging.Filter):
    """Replaces the bot token in log records (message, arguments, traceback) with ``<token>``.

    Bot API URLs carry the token (``.../bot<token>/sendMessage``); an exception that quotes one
    must not put it in a log.
    """

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token
        secret = token.partition(":")[2]
        # Case-insensitive: PTB capitalises error messages, which lower-cases the token in them.
        parts = sorted({re.escape(s) for s in (token, secret) if len(s) >= 8}, key=len,
                       reverse=True)
        self._pattern = re.compile("|".join(parts), re.IGNORECASE) if parts else None

    def redact(self, text: str) -> str:
        return self._pattern.sub("<token>", text) if self._pattern is not None else text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = self.redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def protect_token(token: str, *loggers: logging.Logger | logging.Handler) -> None:
    """Install a :class:`TokenRedactor` for ``token`` on each logger or handler (once)."""
    for target in loggers:
        if not any(isinstance(f, TokenRedactor) and f.token == token for f in target.filters):
            target.addFilter(TokenRedactor(token))


# ------------------------------------------------------------------------- application


def telegram_urls(base_url: str | None) -> tuple[str, str]:
    """PTB's ``base_url`` and ``base_file_url`` from the configured Bot API address.

    ``http://127.0.0.1:8081/bot`` gives ``http://127.0.0.1:8081/file/bot`` for files; an
    address without the ``/bot`` part gets it.
    """
    base = (base_url or DEFAULT_BASE_URL).rstrip("/")
    if not base.endswith("/bot"):
        base += "/bot"
    root = base[: -len("/bot")]
    return base, f"{root}/file/bot"


async def _post_init(application: Application) -> None:
    """Start-up before polling: warm-up, example questions for the index, the command menus."""
    state: BotState = application.bot_data[STATE_KEY]
    bot = application.bot
    # Load the lazily loaded tables (English dictionary, jieba's tag table) in the background,
    # so the first reader who needs them does not wait; a daemon thread never delays a stop.
    threading.Thread(target=state.engine.warm_up, name="warm-up", daemon=True).start()
    examples = await state.examples()
    readers = [BotCommand(name, text) for name, text in tf.READER_COMMANDS]
    admins = readers + [BotCommand(name, text) for name, text in tf.ADMIN_COMMANDS]
    await bot.set_my_commands(readers)
    for admin_id in sorted(state.config.telegram.admin_ids):
        try:
            await bot.set_my_commands(admins, scope=BotCommandScopeChat(admin_id))
        except (BadRequest, Forbidden) as exc:  # the admin has not opened a chat with the bot
            log.warning("no admin command menu for user %s: %s", admin_id, exc)
    stats = state.engine.stats()
    log.info("bot @%s ready: %d documents, %d passages, %d example questions",
             bot.username, stats.documents, stats.passages, len(examples))


def build_application(
    config: Config, engine: Engine, token: str, settings: BotSettings | None = None
) -> Application:
    """The bot's Application with every handler registered (not started)."""
    settings = settings or BotSettings()
    protect_token(token, log, *(logging.getLogger(name) for name in URL_LOGGERS))
    base_url, base_file_url = telegram_urls(config.telegram.base_url)
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        .base_file_url(base_file_url)
        .defaults(Defaults(
            parse_mode=ParseMode.HTML,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
            allow_sending_without_reply=True,
        ))
        .rate_limiter(PatientRateLimiter(
            overall_max_rate=config.telegram.overall_max_rate,
            max_retries=config.telegram.max_retries,
            backoff=settings.retry_backoff,
        ))
        .concurrent_updates(ChatOrderedUpdateProcessor(settings.concurrent_updates))
        .post_init(_post_init)
        .build()
    )
    application.bot_data[STATE_KEY] = BotState(config, engine, settings)

    new = filters.UpdateType.MESSAGE  # edited messages and channel posts are not questions
    private = filters.ChatType.PRIVATE
    admin = filters.User(user_id=config.telegram.admin_ids)
    admin_commands = [name for name, _ in tf.ADMIN_COMMANDS]
    application.add_handlers([
        CommandHandler(["start", "help"], on_help, filters=new),
        CommandHandler("ask", on_ask, filters=new),
        CommandHandler("more", on_more_command, filters=new),
        CommandHandler("reload", on_reload, filters=new & admin),
        CommandHandler("stats", on_stats, filters=new & admin),
        CommandHandler("docs", on_docs, filters=new & admin),
        CommandHandler("remove", on_remove, filters=new & admin),
        CommandHandler(admin_commands, on_refused, filters=new),
        MessageHandler(new & private & filters.Document.ALL & admin, on_upload),
        MessageHandler(new & private & filters.Document.ALL, on_refused),
        MessageHandler(new & filters.COMMAND & (private | _CommandForThisBot()),
                       on_unknown_command),
        MessageHandler(new & filters.TEXT & ~filters.COMMAND
                       & (private | filters.ChatType.GROUPS & _AddressedToBot()), on_question),
        MessageHandler(new & private & filters.ATTACHMENT, on_non_text),
        CallbackQueryHandler(on_more_button, pattern=tf.MORE_PATTERN),
        CallbackQueryHandler(on_confirm, pattern=tf.CONFIRM_PATTERN),
        CallbackQueryHandler(on_cancel, pattern=tf.CANCEL_PATTERN),
        CallbackQueryHandler(on_stale_button),
        InlineQueryHandler(on_inline_query),
    ])
    application.add_error_handler(on_error)
    return application


@contextlib.contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """Until PTB's event loop takes the stop signals over, SIGTERM stops the bot like Ctrl-C.

    ``run_polling``/``run_webhook`` install their own handlers for SIGINT and SIGTERM; this one
    covers the synchronous start-up before that (building the index can take a while).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def run_telegram(config: Config) -> int:
    """Serve Telegram until SIGINT/SIGTERM; return the exit status (0 after a clean stop)."""
    token = bot_token()
    if token is None:
        log.error("TELEGRAM_BOT_TOKEN is not set")
        return 2
    protect_token(token, log, *logging.getLogger().handlers)
    for noisy in ("httpx", "httpcore"):  # they log request URLs, which contain the token
        logger = logging.getLogger(noisy)
        logger.setLevel(max(logger.getEffectiveLevel(), logging.WARNING))
    webhook = config.telegram.webhook
    if webhook is not None and importlib.util.find_spec("tornado") is None:
        log.error("webhook mode needs python-telegram-bot[webhooks] (tornado) installed")
        return 2
    base_url, _ = telegram_urls(config.telegram.base_url)
    try:
        with _sigterm_interrupts():
            log.info("building the index of %s", config.corpus_path)
            engine = Engine.from_config(config)
            application = build_application(config, engine, token)
            if webhook is not None:
                log.info("serving by webhook %s (listening on %s:%d)", webhook.url,
                         webhook.listen, webhook.port)
                application.run_webhook(
                    listen=webhook.listen, port=webhook.port, url_path=webhook.path,
                    webhook_url=webhook.url, secret_token=webhook.secret_token,
                )
            else:
                log.info("serving by long polling from %s", base_url)
                application.run_polling(timeout=int(max(1, config.telegram.poll_timeout)))
    except KeyboardInterrupt:
        log.info("stopped during start-up")
        return 0
    except InvalidToken:
        log.error("the Bot API server at %s rejected the bot token (TELEGRAM_BOT_TOKEN)", base_url)
        return 1
    except TelegramError as exc:
        log.error("cannot serve Telegram via %s: %s", base_url, type(exc).__name__)
        return 1
    log.info("stopped")
    return 0
