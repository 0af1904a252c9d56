"""The console chat that ``make run`` starts without a Telegram token.

- :mod:`~bot.console.chat` -- the loop: questions and commands in, answers out
  (formatted by :mod:`bot.format.terminal`).
- :mod:`~bot.console.lines` -- where lines come from: a terminal with line editing and history
  (readline), or a pipe.
- :mod:`~bot.console.foreground` -- a process group of its own at the terminal, so that Ctrl-C
  reaches the chat and not ``make`` around it.
"""

from bot.console.chat import run_console
from bot.console.foreground import own_foreground

__all__ = ["own_foreground", "run_console"]
