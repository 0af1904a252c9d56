"""Admins' commands about the index: /reload (with progress) and /stats -- and the polite,
logged refusal everyone else gets for any admin command or upload."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass

from telegram import Message, Update
from telegram.error import TelegramError

from bot.engine import ReloadReport
from bot.telegram import texts
from bot.telegram.addressing import command_word
from bot.telegram.state import BotState, Context, state_of
from corpus.errors import QABotError

log = logging.getLogger(__name__)


async def on_refused(update: Update, context: Context) -> None:
    """An admin-only command or an upload from someone else: refuse politely, log who."""
    message = update.effective_message
    user = update.effective_user
    what = "upload" if message.document is not None else command_word(message)
    log.warning("refused %s from user %s (not an admin)", what, user.id if user else None)
    await message.reply_html(texts.REFUSED_HTML)


async def on_stats(update: Update, context: Context) -> None:
    """/stats: uptime, questions, share unanswered, index size, last reload."""
    state = state_of(context)
    stats = state.engine.stats()  # the engine counts every reader's question, nothing else
    await update.effective_message.reply_html(
        texts.stats_html(
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
        return texts.reload_progress_html(self.done, self.total, time.monotonic() - self.started)


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


@dataclass(frozen=True)
class ReloadFailed:
    """A reload that did not swap in a new index; the old one keeps serving."""

    reason: str


async def reload_index(state: BotState, status: Message) -> ReloadReport | ReloadFailed:
    """Rebuild the index in a worker thread, showing progress; a failure is an outcome.

    Call with ``state.reload_lock`` held. On any failure the engine keeps the old index serving
    (it swaps only a finished one in) and the outcome says why: a refusal in its own words, an
    error nobody expected as its kind (the log has the traceback).
    """
    relay = ProgressRelay(asyncio.get_running_loop())
    ticker = asyncio.create_task(_show_progress(status, relay, state.settings.progress_interval))
    try:
        report = await asyncio.to_thread(state.engine.reload, relay)
    except QABotError as exc:
        log.warning("reload failed, the previous index keeps serving: %s", exc)
        return ReloadFailed(str(exc))
    except Exception as exc:
        log.error("reload failed unexpectedly, the previous index keeps serving", exc_info=exc)
        return ReloadFailed(f"unexpected error ({type(exc).__name__}); see the log")
    finally:
        ticker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await ticker
    await state.examples()  # new index, new examples: computed now rather than on a question
    return report


async def on_reload(update: Update, context: Context) -> None:
    """/reload: re-read the corpus folder and swap in the new index (admins only)."""
    state = state_of(context)
    message = update.effective_message
    log.info("reload requested by admin %s", update.effective_user.id)
    waiting = None
    if state.reload_lock.locked():  # another reload or upload is running: say so, then queue
        waiting = await message.reply_html(texts.reload_progress_html(0, 0, 0.0, queued=True))
    async with state.reload_lock:
        status = waiting or await message.reply_html(texts.reload_progress_html(0, 0, 0.0))
        outcome = await reload_index(state, status)
    if isinstance(outcome, ReloadFailed):
        await status.edit_text(texts.reload_failed_html(outcome.reason))
    else:
        await status.edit_text(texts.reload_done_html(outcome))
