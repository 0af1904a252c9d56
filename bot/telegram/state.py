"""What the handlers share: the adapter's settings and :class:`BotState`, kept in ``bot_data``.

Answers are remembered (bounded) for their "more" buttons, admins' changes wait here for their
confirmation, and example questions are computed once per index. Nothing here holds an index
strongly: a replaced one must be freed, however large.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import secrets
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from telegram import User
from telegram.ext import ContextTypes

from bot.answer import Answer
from bot.config import Config
from bot.engine import Engine
from bot.examples import english_examples, example_questions
from corpus.store import CheckedDocument
from index.search import Index

STATE_KEY = "qa"

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


class _PerIndex:
    """A value computed once per index, kept with a weak reference to that index."""

    def __init__(self) -> None:
        self._index: weakref.ref[Index] | None = None
        self._value: tuple[str, ...] = ()

    async def get(self, index: Index, compute: Callable[[Index], list[str]]) -> tuple[str, ...]:
        if self._index is None or self._index() is not index:
            value = tuple(await asyncio.to_thread(compute, index))
            self._index, self._value = weakref.ref(index), value
        return self._value


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
        self._examples = _PerIndex()
        self._english_examples = _PerIndex()
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
        ask = functools.partial(self.engine.ask, count=False)
        return await self._examples.get(
            self.engine.index,
            lambda index: example_questions(index, ask, self.settings.example_count),
        )

    async def english_examples(self) -> tuple[str, ...]:
        """Questions wholly in English that the current index answers (once per index)."""
        ask = functools.partial(self.engine.ask, count=False)
        return await self._english_examples.get(
            self.engine.index, lambda index: english_examples(index, ask, 2)
        )


def _put_bounded(store: OrderedDict[Any, Any], key: Any, value: Any, limit: int) -> None:
    store[key] = value
    store.move_to_end(key)
    while len(store) > limit:
        store.popitem(last=False)


def state_of(context: Context) -> BotState:
    """The shared state of the application a handler runs in."""
    return context.bot_data[STATE_KEY]
