"""Inline mode: ``@bot question`` in any chat offers one result per passage."""

from __future__ import annotations

from telegram import (
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode

from bot.telegram import texts
from bot.telegram.readers import ask
from bot.telegram.state import Context, state_of


async def on_inline_query(update: Update, context: Context) -> None:
    """``@bot question`` in any chat: one result per passage, each sending the answer."""
    state = state_of(context)
    inline = update.inline_query
    question = " ".join(inline.query.split())
    if not question:
        await inline.answer([], cache_time=300, button=_inline_help(texts.INLINE_HELP_LABEL))
        return
    answer, _ = await ask(state, question)
    state.inline_queries += 1
    if not answer.found:
        await inline.answer([], cache_time=30, button=_inline_help(texts.INLINE_NOTHING_LABEL))
        return
    results = [
        InlineQueryResultArticle(
            id=str(position),
            title=texts.inline_title(answer, position),
            description=texts.inline_description(answer, position),
            input_message_content=InputTextMessageContent(
                texts.inline_message_html(answer, position), parse_mode=ParseMode.HTML
            ),
        )
        for position in range(min(len(answer.results), state.settings.inline_results))
    ]
    await inline.answer(results, cache_time=30)


def _inline_help(label: str) -> InlineQueryResultsButton:
    return InlineQueryResultsButton(text=label, start_parameter="help")
