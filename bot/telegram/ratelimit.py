"""Telegram's flood limits waited out, and calls the Bot API did not carry out tried again."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)


class PatientRateLimiter(AIORateLimiter):
    """PTB's :class:`AIORateLimiter` (which waits out a 429's ``retry_after``), also retrying
    calls the Bot API did not carry out: a server error (5xx) or a connection closed without an
    answer, up to ``max_retries`` times with pauses doubling from ``backoff`` seconds.

    A timeout is not retried: the call may well have been carried out, and a reply sent twice is
    worse than one the error handler logs. A refusal (400) would only be refused again.
    """

    def __init__(self, *, overall_max_rate: float, max_retries: int, backoff: float) -> None:
        super().__init__(overall_max_rate=overall_max_rate, max_retries=max_retries)
        self._retries = max_retries
        self._backoff = backoff

    async def process_request(self, callback: Any, args: Any, kwargs: dict[str, Any],
                              endpoint: str, data: dict[str, Any],
                              rate_limit_args: int | None) -> Any:
        failures = 0
        while True:
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data,
                                                     rate_limit_args)
            except (BadRequest, TimedOut):
                raise
            except NetworkError as exc:
                failures += 1
                if failures > self._retries:
                    raise
                pause = self._backoff * 2 ** (failures - 1)
                log.warning("%s to chat %s failed (%s); retry %d of %d in %.1fs", endpoint,
                            data.get("chat_id"), exc, failures, self._retries, pause)
                await asyncio.sleep(pause)
