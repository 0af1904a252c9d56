"""Pure formatters: an :class:`~bot.answer.Answer` in, text out -- one module per output.

- :mod:`~bot.format.telegram` -- Telegram HTML (:func:`format_html`, :func:`fit_html`).
- :mod:`~bot.format.terminal` -- terminal text (:func:`format_console`), wrapped by
  :mod:`~bot.format.wrap` on a terminal, plain elsewhere.
- :mod:`~bot.format.json_answer` -- the ``ask --json`` contract (:func:`answer_to_json`).

All share :mod:`~bot.format.segments` (a passage cut into plain, figure, answer and term pieces;
its one citation format) and :mod:`~bot.format.text` (escaping, shortening, the replies' shared
wording, plurals).
"""

from bot.format.json_answer import answer_to_json
from bot.format.segments import Segment, citation, segments
from bot.format.telegram import (
    TELEGRAM_MAX_CHARS,
    TELEGRAM_MAX_ENTITIES,
    fit_html,
    format_html,
    format_no_answer_html,
    visible_length,
)
from bot.format.terminal import format_console

__all__ = [
    "TELEGRAM_MAX_CHARS", "TELEGRAM_MAX_ENTITIES", "Segment", "answer_to_json", "citation", "fit_html",
    "format_console", "format_html", "format_no_answer_html", "segments", "visible_length",
]
