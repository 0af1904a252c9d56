"""The bot's side of updates and settings: getMe, getUpdates (long polling), webhooks, commands."""

from __future__ import annotations

import asyncio
import json

from .calls import BotAPIError, CallContext, Params
from .limits import COMMAND_NAME_RE, DEFAULT_ERROR_TEXT, OPT_IN_UPDATE_TYPES
from .records import JSONDict


class UpdateMethods:
    """Bot API methods about updates, webhooks and the bot's commands.

    (A part of :class:`~.server.FakeBotAPI`; its state is set up in ``FakeBotAPI.__init__``.)
    """

    async def _m_true(self, params: Params, ctx: CallContext) -> bool:
        return True

    async def _m_get_me(self, params: Params, ctx: CallContext) -> JSONDict:
        return self.bot_user

    def _confirm_offset(self, offset: int) -> None:
        if offset > 0:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            self.confirmed_offset = max(self.confirmed_offset, offset)
        elif offset < 0:
            keep = self._updates[offset:] if -offset < len(self._updates) else self._updates
            if keep:
                self.confirmed_offset = max(self.confirmed_offset, keep[0]["update_id"])
            self._updates = list(keep)

    def _select_updates(self, limit: int) -> list[JSONDict]:
        batch: list[JSONDict] = []
        for update in self._updates:
            kind = next(k for k in update if k != "update_id")
            if self._allowed_updates is None:
                if kind in OPT_IN_UPDATE_TYPES:
                    continue
            elif kind not in self._allowed_updates:
                continue
            batch.append(update)
            if len(batch) >= limit:
                break
        return batch

    async def _m_get_updates(self, params: Params, ctx: CallContext) -> list[JSONDict]:
        if self._webhook_url:
            raise BotAPIError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use "
                "deleteWebhook to delete the webhook first",
            )
        offset = params.get_int("offset", 0) or 0
        limit = min(max(params.get_int("limit", 100) or 100, 1), 100)
        timeout = min(max(params.get_float("timeout", 0.0), 0.0), self.max_poll_timeout)
        allowed = params.get_json("allowed_updates", "allowed updates")
        if allowed is not None:
            if not isinstance(allowed, list) or not all(isinstance(a, str) for a in allowed):
                raise BotAPIError(400, "Bad Request: can't parse allowed updates JSON object")
            self._allowed_updates = frozenset(allowed) or None
        self._confirm_offset(offset)

        self._poll_generation += 1
        generation = self._poll_generation
        self._wake_polls("superseded")  # an older poll still waiting gets 409 like on Telegram
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            if generation != self._poll_generation:
                # Usually the client of the older poll has gone (PTB cancels its poll on
                # stop); give the loop a moment to notice, so that is not counted as a
                # rejection.
                await asyncio.sleep(0.05)
                raise BotAPIError(409, DEFAULT_ERROR_TEXT[409])
            batch = self._select_updates(limit)
            remaining = deadline - loop.time()
            if batch or self._closing or remaining <= 0 or ctx.client_gone():
                break
            waiter: asyncio.Future[str] = loop.create_future()
            self._poll_waiters.add(waiter)
            try:
                # Wake on news; re-check at least every 0.25 s whether the client left.
                await asyncio.wait({waiter}, timeout=min(remaining, 0.25))
            finally:
                self._poll_waiters.discard(waiter)
            if waiter.done() and waiter.result() == "release":
                ctx.record.note = "released"
                batch = self._select_updates(limit)
                break
        if not ctx.client_gone():
            for update in batch:
                self.deliveries[update["update_id"]] += 1
        return batch

    async def _m_set_webhook(self, params: Params, ctx: CallContext) -> bool:
        url = params.get_str("url") or ""
        if url and not url.lower().startswith("https://"):
            raise BotAPIError(
                400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
            )
        self.webhooks.append(dict(params.values))
        self._webhook_url = url or None
        if params.get_bool("drop_pending_updates"):
            self._drop_pending()
        self._wake_polls("webhook")
        return True

    def _drop_pending(self) -> None:
        if self._updates:
            self.confirmed_offset = max(self.confirmed_offset, self._updates[-1]["update_id"] + 1)
        self._updates.clear()

    async def _m_delete_webhook(self, params: Params, ctx: CallContext) -> bool:
        self._webhook_url = None
        if params.get_bool("drop_pending_updates"):
            self._drop_pending()
        return True

    async def _m_get_webhook_info(self, params: Params, ctx: CallContext) -> JSONDict:
        return {
            "url": self._webhook_url or "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    @staticmethod
    def _commands_key(params: Params) -> tuple[str, str]:
        scope = params.get_json("scope", "scope") or {"type": "default"}
        if not isinstance(scope, dict) or not isinstance(scope.get("type"), str):
            raise BotAPIError(400, "Bad Request: can't parse BotCommandScope JSON object")
        return json.dumps(scope, sort_keys=True), params.get_str("language_code") or ""

    async def _m_set_my_commands(self, params: Params, ctx: CallContext) -> bool:
        commands = params.get_json("commands", "commands")
        if not isinstance(commands, list):
            raise BotAPIError(400, "Bad Request: can't parse commands JSON object")
        if len(commands) > 100:
            raise BotAPIError(400, "Bad Request: too many commands specified")
        for command in commands:
            if not isinstance(command, dict):
                raise BotAPIError(400, "Bad Request: can't parse BotCommand JSON object")
            name, text = command.get("command"), command.get("description")
            if not isinstance(name, str) or not COMMAND_NAME_RE.fullmatch(name):
                raise BotAPIError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not isinstance(text, str) or not 1 <= len(text.strip()) <= 256:
                raise BotAPIError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        key = self._commands_key(params)
        self._commands[key] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        self.command_history.append(
            {"scope": key[0], "language_code": key[1], "commands": commands}
        )
        return True

    async def _m_get_my_commands(self, params: Params, ctx: CallContext) -> list[JSONDict]:
        return list(self._commands.get(self._commands_key(params), []))

    async def _m_delete_my_commands(self, params: Params, ctx: CallContext) -> bool:
        self._commands.pop(self._commands_key(params), None)
        return True
