"""Admins' document handlers: /docs, uploads, /remove, and the confirm/cancel buttons.

A change is carried out under the reload lock: the corpus folder is changed (atomically, by
:mod:`corpus.store`), the index rebuilt, and the change undone when the new index cannot be
built. Replacing or removing a document waits for a confirmation by the admin who asked.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram import Bot, Update

from bot.telegram import texts
from bot.telegram.admin import ReloadFailed, reload_index
from bot.telegram.download import download_document
from bot.telegram.keyboards import confirm_keyboard, take_buttons_off
from bot.telegram.state import BotState, Context, PendingChange, state_of
from corpus.errors import DocumentRejected
from corpus.loader import list_document_files
from corpus.store import (
    check_document,
    document_exists,
    remove_document,
    restore_document,
    safe_document_name,
    write_document,
)
from index.search import Index

log = logging.getLogger(__name__)


def _document_rows(index: Index) -> list[texts.DocumentRow]:
    return [texts.DocumentRow(d.name, d.title, len(index.document_passages(n)), d.added)
            for n, d in enumerate(index.documents)]


async def on_docs(update: Update, context: Context) -> None:
    """/docs: the documents the index serves (admins only)."""
    # Every document is read from the store: a large archive's would stall the event loop.
    rows = await asyncio.to_thread(_document_rows, state_of(context).engine.index)
    await update.effective_message.reply_html(texts.docs_html(rows))


def _title_of(index: Index, name: str) -> str | None:
    """The title of document ``name`` (a walk through the documents: call it in a thread)."""
    return next((d.title for d in index.documents if d.name == name), None)


def _check_removable(state: BotState, name: str) -> None:
    names = [p.name for p in list_document_files(state.config.corpus_path)]
    if name not in names:
        raise DocumentRejected(f"there is no document named {name!r}; see /docs")
    if len(names) == 1:
        raise DocumentRejected(f"{name} is the last document; the corpus cannot be left empty")


async def on_remove(update: Update, context: Context) -> None:
    """/remove NAME: ask for confirmation, then remove the document and reload (admins only)."""
    state = state_of(context)
    message = update.effective_message
    name = " ".join(context.args or ()).strip()
    if not name:
        await message.reply_html(texts.remove_usage_html())
        return
    await asyncio.to_thread(_check_removable, state, name)
    title = await asyncio.to_thread(_title_of, state.engine.index, name)
    key = state.add_pending(PendingChange("remove", update.effective_user.id, name, title=title))
    await message.reply_html(
        texts.remove_confirm_html(name, title),
        reply_markup=confirm_keyboard(key, texts.REMOVE_LABEL),
    )


async def on_upload(update: Update, context: Context) -> None:
    """An admin's .txt/.md document: check, download, store atomically, reload, report."""
    state = state_of(context)
    message = update.effective_message
    document = message.document
    limit = state.config.telegram.upload_max_bytes
    name = safe_document_name(document.file_name)
    log.info("upload of %s (%s bytes) by admin %s", name, document.file_size,
             update.effective_user.id)
    data = await download_document(document, limit)
    checked = await asyncio.to_thread(
        check_document, name, data, max_bytes=limit,
        max_passage_chars=state.config.max_passage_chars,
    )
    if await asyncio.to_thread(document_exists, state.config.corpus_path, name):
        title = await asyncio.to_thread(_title_of, state.engine.index, name)
        change = PendingChange("replace", update.effective_user.id, name, checked, title)
        key = state.add_pending(change)
        await message.reply_html(
            texts.replace_confirm_html(name, change.title, checked.title),
            reply_markup=confirm_keyboard(key, texts.REPLACE_LABEL),
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
    """Change the corpus folder and reload; put the folder back if the new index is not served,
    whatever the reason."""
    folder = state.config.corpus_path
    async with state.reload_lock:
        status = await bot.send_message(chat_id,
                                        texts.change_started_html(change.action, change.name))
        previous = await asyncio.to_thread(_carry_out, state, change)
        log.info("%s %s by admin %s", change.action, change.name, change.admin_id)
        try:
            outcome = await reload_index(state, status)
        except BaseException:  # cancelled (the bot stops): the folder must not keep the change
            restore_document(folder, change.name, previous)
            raise
        if isinstance(outcome, ReloadFailed):
            await asyncio.to_thread(restore_document, folder, change.name, previous)
            await status.edit_text(
                texts.change_failed_html(change.action, change.name, outcome.reason)
            )
            return
    upload = change.upload
    await status.edit_text(
        texts.change_done_html(change.action, change.name, upload and upload.title,
                               upload and upload.passages, outcome)
    )


async def _claim_change(query: Any, state: BotState, what: str) -> PendingChange | None:
    """The pending change a confirm/cancel button is for, taken off the list -- or None (and the
    presser told why) when it has expired or belongs to another admin."""
    key = texts.parse_callback(query.data).key
    change = state.peek_pending(key)
    if change is None:
        await query.answer(texts.EXPIRED_CHANGE, show_alert=True)
        await take_buttons_off(query, state)
        return None
    if query.from_user.id != change.admin_id:  # the buttons stay for the admin who asked
        log.warning("refused %s of %s %s from user %s", what, change.action, change.name,
                    query.from_user.id)
        await query.answer(texts.NOT_YOURS, show_alert=True)
        return None
    state.pop_pending(key)
    return change


async def on_confirm(update: Update, context: Context) -> None:
    """The confirmation button of a replacement or removal: carry it out."""
    query = update.callback_query
    state = state_of(context)
    change = await _claim_change(query, state, "confirmation")
    if change is None:
        return
    await query.answer()
    await take_buttons_off(query, state)  # it cannot be pressed twice
    await _apply_change(context.bot, query.message.chat.id, state, change)


async def on_cancel(update: Update, context: Context) -> None:
    """The cancel button of a replacement or removal: forget it."""
    query = update.callback_query
    change = await _claim_change(query, state_of(context), "cancellation")
    if change is None:
        return
    await query.answer(texts.CANCELLED)
    await query.edit_message_text(texts.cancelled_html(change.name))
