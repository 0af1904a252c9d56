"""Readers' handlers: questions (private chats, groups), /start and /help, "more", and the
replies to everything else a reader may send.

Each reads the update, answers in a worker thread (:func:`ask`), formats with a pure function
(:func:`bot.format.format_html`, :mod:`bot.telegram.texts`) and replies.
"""

from __future__ import annotations

import asyncio
import weakref

from telegram import Bot, Message, Update

from bot.answer import Answer
from bot.answer.question_text import plain_question
from bot.answer.small_talk import is_small_talk
from bot.format import format_html
from bot.format.text import esc
from bot.telegram import texts
from bot.telegram.addressing import command_word, question_in
from bot.telegram.keyboards import more_keyboard, take_buttons_off
from bot.telegram.state import BotState, Context, RememberedAnswer, state_of
from index.search import Index


async def ask(state: BotState, question: str, *, count: bool = True) -> tuple[Answer, Index]:
    """Answer in a worker thread (the search is CPU work), ``settings.askers`` at a time; count
    the question. Returns the index that answered, for paging through the answer later."""
    async with state.asking:
        return await asyncio.to_thread(state.engine.ask_with_index, question, count)


async def _reply_answer(message: Message, state: BotState, question: str) -> None:
    """Answer ``question`` under ``message``: direct answer, passages, a button for more."""
    if not question:
        await message.reply_html(texts.ask_usage_html(message.get_bot().username))
        return
    if is_small_talk(plain_question(question)):  # hello, thanks, ok: how to ask, not "nothing found"
        await _reply_help(message, state, admin=False)
        return
    answer, index = await ask(state, question)
    examples = () if answer.found else await state.examples()
    shown = state.config.passages_shown
    key = state.remember(message.chat_id, question, answer, index)
    await message.reply_html(
        format_html(answer, shown, 0, examples), reply_markup=more_keyboard(key, shown, answer)
    )


async def on_help(update: Update, context: Context) -> None:
    """Explain the bot in Chinese and English, with example questions (/start and /help)."""
    state = state_of(context)
    admin = state.is_admin(update.effective_user) and update.effective_chat.type == "private"
    await _reply_help(update.effective_message, state, admin=admin)


async def _reply_help(message: Message, state: BotState, *, admin: bool) -> None:
    examples = await state.examples()
    english = await state.english_examples()
    await message.reply_html(texts.help_html(message.get_bot().username, examples, admin=admin, english=english))


async def on_question(update: Update, context: Context) -> None:
    """A text question: any text in a private chat; in a group, one addressed to the bot."""
    message = update.effective_message
    await _reply_answer(message, state_of(context), question_in(message))


async def on_ask(update: Update, context: Context) -> None:
    """/ask QUESTION (also /ask@bot; alone, as a reply, it asks the replied-to text)."""
    message = update.effective_message
    question = question_in(message)
    replied = message.reply_to_message
    if not question and replied is not None and replied.text:
        question = " ".join(replied.text.split())
    await _reply_answer(message, state_of(context), question)


async def _send_more(
    bot: Bot, chat_id: int, state: BotState, key: str, offset: int
) -> str | None:
    """Send the passages of answer ``key`` from ``offset``; return why not, if nothing was sent.

    After a reload the question is asked again, so the passages come from the index that
    serves now; after a restart the answer is gone and the reader is asked to ask again.
    """
    remembered = state.recall(key)
    if remembered is None:
        return texts.EXPIRED_ANSWER
    if not remembered.is_from(state.engine.index):
        answer, index = await ask(state, remembered.question, count=False)
        remembered = RememberedAnswer(remembered.question, answer, weakref.ref(index))
        state.update_answer(key, remembered)
    answer = remembered.answer
    if offset >= len(answer.results):
        return texts.NO_MORE
    shown = state.config.passages_shown
    state.shown_up_to(chat_id, key, offset + shown)
    await bot.send_message(
        chat_id, format_html(answer, shown, offset),
        reply_markup=more_keyboard(key, offset + shown, answer),
    )
    return None


async def on_more_button(update: Update, context: Context) -> None:
    """The "more" button: answer the press, take the button off, send the next passages."""
    query = update.callback_query
    action = texts.parse_callback(query.data)
    state = state_of(context)
    remembered = state.recall(action.key)
    if remembered is None:
        await query.answer(texts.EXPIRED_ANSWER, show_alert=True)
        await take_buttons_off(query, state)
        return
    await query.answer()
    if not await take_buttons_off(query, state):
        return  # a second tap: the first one sent the passages
    problem = await _send_more(context.bot, query.message.chat.id, state, action.key,
                               action.offset)
    if problem is not None:
        await context.bot.send_message(query.message.chat.id, esc(problem))


async def on_more_command(update: Update, context: Context) -> None:
    """/more: further passages of the last answer in this chat."""
    state = state_of(context)
    chat_id = update.effective_chat.id
    last = state.last_in_chat(chat_id)
    if last is None:
        await update.effective_message.reply_html(texts.MORE_NOTHING_HTML)
        return
    problem = await _send_more(context.bot, chat_id, state, *last)
    if problem is not None:
        await update.effective_message.reply_html(esc(problem))


async def on_stale_button(update: Update, context: Context) -> None:
    """A button this bot does not know (an old version's): say it has expired."""
    await update.callback_query.answer(texts.EXPIRED_ANSWER, show_alert=True)


async def on_non_text(update: Update, context: Context) -> None:
    """A sticker, photo, voice ... in a private chat: a short hint."""
    await update.effective_message.reply_html(texts.NON_TEXT_HTML)


async def on_unknown_command(update: Update, context: Context) -> None:
    """A command the bot does not know: point to /help."""
    message = update.effective_message
    await message.reply_html(texts.unknown_command_html(command_word(message)))
