"""Who a message is for and what it asks: filters for group messages meant for this bot, and the
question in a message without its command word and mentions of the bot."""

from __future__ import annotations

from telegram import Message, MessageEntity
from telegram.ext import filters


def bot_mentions(message: Message) -> list[str]:
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


class AddressedToBot(filters.MessageFilter):
    """Group messages meant for the bot: an @mention of it or a reply to one of its messages."""

    def filter(self, message: Message) -> bool:
        replied = message.reply_to_message
        if replied is not None and replied.from_user is not None:
            if replied.from_user.id == message.get_bot().id:
                return True
        return bool(bot_mentions(message))


class CommandForThisBot(filters.MessageFilter):
    """A command written as ``/command@thisbot`` (in groups, bare commands may be for others)."""

    def filter(self, message: Message) -> bool:
        command = command_word(message)
        username = message.get_bot().username or ""
        return command.lower().endswith("@" + username.lower()) if username else False


def command_word(message: Message) -> str:
    """The command a message starts with (``/ask@bot``), or its first word."""
    text = message.text or ""
    for entity in message.entities:
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            return message.parse_entity(entity)
    return text.split(maxsplit=1)[0] if text else ""


def question_in(message: Message) -> str:
    """The question in a message: its text without the command word and mentions of the bot."""
    text = message.text or ""
    command = command_word(message) if text.startswith("/") else ""
    if command:
        text = text[len(command):]
    for mention in bot_mentions(message):
        text = text.replace(mention, " ")
    return " ".join(text.split())
