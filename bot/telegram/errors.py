"""The one error handler: every failure logged once (token redacted by :mod:`.logsafe`), and a
waiting user told briefly -- a refusal (:class:`~corpus.errors.QABotError`) with its reason."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, TelegramError, TimedOut

from bot.telegram import texts
from bot.telegram.state import Context
from corpus.errors import QABotError

log = logging.getLogger(__name__)


async def on_error(update: object, context: Context) -> None:
    """Log the error once (token redacted) and, where someone is waiting, tell them briefly."""
    error = context.error
    if isinstance(error, QABotError):
        log.info("refused: %s", error)
        text = texts.refusal_html(str(error))
    else:
        log.error("error while handling %s", _describe(update), exc_info=error)
        text = texts.SORRY_HTML
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
