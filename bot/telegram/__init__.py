"""Telegram adapter: python-telegram-bot handlers over the shared answering :class:`Engine`.

Run it with ``TELEGRAM_BOT_TOKEN=... python -m bot --config config.yaml`` (see :mod:`bot.cli`):
it serves by long polling, or by webhook when ``telegram.webhook`` is configured. The token
comes from the environment only; ``TELEGRAM_BASE_URL`` points the bot at another Bot API server
(``http://127.0.0.1:8081/bot``; files are fetched from ``.../file/bot``) and
``TELEGRAM_ADMIN_IDS`` names the admins. Tests build the same application in-process with
:func:`build_application`.

How the parts fit: :mod:`.app` builds the Application and registers the handlers of
:mod:`.readers` (questions, /help, "more"), :mod:`.inline`, :mod:`.admin` (/reload, /stats,
refusals) and :mod:`.documents` (uploads fetched by :mod:`.download`, /docs, /remove), with
the one error handler of :mod:`.errors`. Handlers share a :class:`~.state.BotState`, find what a group message asks with
:mod:`.addressing`, make buttons with :mod:`.keyboards`, and send texts built by the pure
functions of :mod:`.texts` (the answer itself: :mod:`bot.format.telegram`). Updates of one chat
are handled in order (:mod:`.ordering`); calls the Bot API refused for a while are retried
(:mod:`.ratelimit`); no log line holds the token (:mod:`.logsafe`).
"""

from bot.telegram.app import build_application, run_telegram
from bot.telegram.state import STATE_KEY, BotSettings, BotState

__all__ = ["STATE_KEY", "BotSettings", "BotState", "build_application", "run_telegram"]
