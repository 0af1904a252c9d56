"""Update order: updates of different chats are handled at once, those of one chat in order."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


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
