"""The bot token kept out of every log line.

Bot API URLs carry the token (``.../bot<token>/sendMessage``), and httpx and PTB log URLs and
quote them in exceptions. :class:`TokenRedactor` replaces the token in a record's message,
arguments and traceback; :func:`protect_token` installs it on loggers or handlers.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import re

#: Loggers that may see Bot API URLs (which contain the token) in messages or exceptions.
URL_LOGGERS = (
    "httpx",
    "telegram",
    "telegram.Bot",
    "telegram.ext",
    "telegram.ext.AIORateLimiter",
    "telegram.ext.Application",
    "telegram.ext.ExtBot",
    "telegram.ext.Updater",
    "telegram.request",
    "telegram.request.BaseRequest",
    "telegram.request.HTTPXRequest",
)
#: Libraries that log request URLs at INFO and below.
_NOISY = ("httpx", "httpcore")


class TokenRedactor(logging.Filter):
    """Replaces the bot token in log records (message, arguments, traceback) with ``<token>``.

    Bot API URLs carry the token (``.../bot<token>/sendMessage``); an exception that quotes one
    must not put it in a log.
    """

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token
        secret = token.partition(":")[2]
        # Case-insensitive: PTB capitalises error messages, which lower-cases the token in them.
        parts = sorted({re.escape(s) for s in (token, secret) if len(s) >= 8}, key=len,
                       reverse=True)
        self._pattern = re.compile("|".join(parts), re.IGNORECASE) if parts else None

    def redact(self, text: str) -> str:
        return self._pattern.sub("<token>", text) if self._pattern is not None else text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = self.redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def protect_token(token: str, *loggers: logging.Logger | logging.Handler) -> None:
    """Install a :class:`TokenRedactor` for ``token`` on each logger or handler (once)."""
    for target in loggers:
        if not any(isinstance(f, TokenRedactor) and f.token == token for f in target.filters):
            target.addFilter(TokenRedactor(token))


def exposed_loggers() -> list[logging.Logger]:
    """The loggers a token may reach: this package's modules' (a logger's filters see only its
    own records, not its children's) and those of the libraries that log URLs."""
    package = __name__.rpartition(".")[0]
    paths = importlib.import_module(package).__path__
    modules = [f"{package}.{info.name}" for info in pkgutil.iter_modules(paths)]
    return [logging.getLogger(name) for name in (package, *modules, *URL_LOGGERS)]


def quiet_url_loggers() -> None:
    """Hold the libraries that log request URLs (with the token) at WARNING at least."""
    for name in _NOISY:
        logger = logging.getLogger(name)
        logger.setLevel(max(logger.getEffectiveLevel(), logging.WARNING))
