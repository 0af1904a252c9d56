"""The buttons under the bot's messages: "more" under an answer, confirm/cancel under an admin's
change, and taking them off once pressed."""

from __future__ import annotations

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup

from bot.answer import Answer
from bot.telegram import texts
from bot.telegram.state import BotState


def more_keyboard(key: str, offset: int, answer: Answer) -> InlineKeyboardMarkup | None:
    """A button for the passages of answer ``key`` from ``offset``, or None when none are left."""
    remaining = len(answer.results) - offset
    if not answer.found or remaining <= 0:
        return None
    button = InlineKeyboardButton(texts.more_label(remaining),
                                  callback_data=texts.more_data(key, offset))
    return InlineKeyboardMarkup([[button]])


def confirm_keyboard(key: str, label: str) -> InlineKeyboardMarkup:
    """Confirm (``label``) or cancel the pending change ``key``."""
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(label, callback_data=texts.confirm_data(key)),
        InlineKeyboardButton(texts.CANCEL_LABEL, callback_data=texts.cancel_data(key)),
    ]])


async def take_buttons_off(query: CallbackQuery, state: BotState) -> bool:
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
