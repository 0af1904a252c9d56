"""Start-up: :func:`build_application` registers every handler; :func:`run_telegram` serves by
long polling or webhook until SIGINT/SIGTERM."""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import signal
import threading
from collections.abc import Iterator

from telegram import BotCommand, BotCommandScopeChat, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, InvalidToken, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.config import Config, bot_token
from bot.engine import Engine
from bot.telegram import texts
from bot.telegram.addressing import AddressedToBot, CommandForThisBot
from bot.telegram.admin import on_refused, on_reload, on_stats
from bot.telegram.documents import on_cancel, on_confirm, on_docs, on_remove, on_upload
from bot.telegram.errors import on_error
from bot.telegram.inline import on_inline_query
from bot.telegram.logsafe import exposed_loggers, protect_token, quiet_url_loggers
from bot.telegram.ordering import ChatOrderedUpdateProcessor
from bot.telegram.ratelimit import PatientRateLimiter
from bot.telegram.readers import (
    on_ask,
    on_help,
    on_more_button,
    on_more_command,
    on_non_text,
    on_question,
    on_stale_button,
    on_unknown_command,
)
from bot.telegram.state import STATE_KEY, BotSettings, BotState

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.telegram.org/bot"


def telegram_urls(base_url: str | None) -> tuple[str, str]:
    """PTB's ``base_url`` and ``base_file_url`` from the configured Bot API address.

    ``http://127.0.0.1:8081/bot`` gives ``http://127.0.0.1:8081/file/bot`` for files; an
    address without the ``/bot`` part gets it.
    """
    base = (base_url or DEFAULT_BASE_URL).rstrip("/")
    if not base.endswith("/bot"):
        base += "/bot"
    root = base[: -len("/bot")]
    return base, f"{root}/file/bot"


async def _post_init(application: Application) -> None:
    """Start-up before polling: warm-up, example questions for the index, the command menus."""
    state: BotState = application.bot_data[STATE_KEY]
    bot = application.bot
    # Load the lazily loaded tables (English dictionary, jieba's tag table) in the background,
    # so the first reader who needs them does not wait; a daemon thread never delays a stop.
    threading.Thread(target=state.engine.warm_up, name="warm-up", daemon=True).start()
    examples = await state.examples()
    readers = [BotCommand(name, text) for name, text in texts.READER_COMMANDS]
    admins = readers + [BotCommand(name, text) for name, text in texts.ADMIN_COMMANDS]
    await bot.set_my_commands(readers)
    for admin_id in sorted(state.config.telegram.admin_ids):
        try:
            await bot.set_my_commands(admins, scope=BotCommandScopeChat(admin_id))
        except (BadRequest, Forbidden) as exc:  # the admin has not opened a chat with the bot
            log.warning("no admin command menu for user %s: %s", admin_id, exc)
    stats = state.engine.stats()
    log.info("bot @%s ready: %d documents, %d passages, %d example questions",
             bot.username, stats.documents, stats.passages, len(examples))


def build_application(
    config: Config, engine: Engine, token: str, settings: BotSettings | None = None
) -> Application:
    """The bot's Application with every handler registered (not started)."""
    settings = settings or BotSettings()
    protect_token(token, *exposed_loggers())
    base_url, base_file_url = telegram_urls(config.telegram.base_url)
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        .base_file_url(base_file_url)
        .defaults(Defaults(
            parse_mode=ParseMode.HTML,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
            allow_sending_without_reply=True,
        ))
        .rate_limiter(PatientRateLimiter(
            overall_max_rate=config.telegram.overall_max_rate,
            max_retries=config.telegram.max_retries,
            backoff=settings.retry_backoff,
        ))
        .concurrent_updates(ChatOrderedUpdateProcessor(settings.concurrent_updates))
        .post_init(_post_init)
        .build()
    )
    application.bot_data[STATE_KEY] = BotState(config, engine, settings)

    new = filters.UpdateType.MESSAGE  # edited messages and channel posts are not questions
    private = filters.ChatType.PRIVATE
    admin = filters.User(user_id=config.telegram.admin_ids)
    admin_commands = [name for name, _ in texts.ADMIN_COMMANDS]
    application.add_handlers([
        CommandHandler(["start", "help"], on_help, filters=new),
        CommandHandler("ask", on_ask, filters=new),
        CommandHandler("more", on_more_command, filters=new),
        CommandHandler("reload", on_reload, filters=new & admin),
        CommandHandler("stats", on_stats, filters=new & admin),
        CommandHandler("docs", on_docs, filters=new & admin),
        CommandHandler("remove", on_remove, filters=new & admin),
        CommandHandler(admin_commands, on_refused, filters=new),
        MessageHandler(new & private & filters.Document.ALL & admin, on_upload),
        MessageHandler(new & private & filters.Document.ALL, on_refused),
        MessageHandler(new & filters.COMMAND & (private | CommandForThisBot()),
                       on_unknown_command),
        MessageHandler(new & filters.TEXT & ~filters.COMMAND
                       & (private | filters.ChatType.GROUPS & AddressedToBot()), on_question),
        MessageHandler(new & private & filters.ATTACHMENT, on_non_text),
        CallbackQueryHandler(on_more_button, pattern=texts.MORE_PATTERN),
        CallbackQueryHandler(on_confirm, pattern=texts.CONFIRM_PATTERN),
        CallbackQueryHandler(on_cancel, pattern=texts.CANCEL_PATTERN),
        CallbackQueryHandler(on_stale_button),
        InlineQueryHandler(on_inline_query),
    ])
    application.add_error_handler(on_error)
    return application


@contextlib.contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """Until PTB's event loop takes the stop signals over, SIGTERM stops the bot like Ctrl-C.

    ``run_polling``/``run_webhook`` install their own handlers for SIGINT and SIGTERM; this one
    covers the synchronous start-up before that (building the index can take a while).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def run_telegram(config: Config) -> int:
    """Serve Telegram until SIGINT/SIGTERM; return the exit status (0 after a clean stop)."""
    token = bot_token()
    if token is None:
        log.error("TELEGRAM_BOT_TOKEN is not set")
        return 2
    protect_token(token, log, *logging.getLogger().handlers)
    quiet_url_loggers()  # they log request URLs, which contain the token
    webhook = config.telegram.webhook
    if webhook is not None and importlib.util.find_spec("tornado") is None:
        log.error("webhook mode needs python-telegram-bot[webhooks] (tornado) installed")
        return 2
    base_url, _ = telegram_urls(config.telegram.base_url)
    try:
        with _sigterm_interrupts():
            log.info("building the index of %s", config.corpus_path)
            engine = Engine.from_config(config)
            application = build_application(config, engine, token)
            if webhook is not None:
                log.info("serving by webhook %s (listening on %s:%d)", webhook.url,
                         webhook.listen, webhook.port)
                application.run_webhook(
                    listen=webhook.listen, port=webhook.port, url_path=webhook.path,
                    webhook_url=webhook.url, secret_token=webhook.secret_token,
                )
            else:
                log.info("serving by long polling from %s", base_url)
                application.run_polling(timeout=int(max(1, config.telegram.poll_timeout)))
    except KeyboardInterrupt:
        log.info("stopped during start-up")
        return 0
    except InvalidToken:
        log.error("the Bot API server at %s rejected the bot token (TELEGRAM_BOT_TOKEN)", base_url)
        return 1
    except TelegramError as exc:
        log.error("cannot serve Telegram via %s: %s", base_url, type(exc).__name__)
        return 1
    log.info("stopped")
    return 0
