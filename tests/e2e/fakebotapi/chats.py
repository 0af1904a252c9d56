"""The chats, users and messages the fake knows, and what tests read of them."""

from __future__ import annotations

import json

from .records import JSONDict, RecordedRequest, SentMessage


class ChatRecords:
    """Chats, users and messages; the recorded calls, commands and updates.

    (A part of :class:`~.server.FakeBotAPI`; its state is set up in ``FakeBotAPI.__init__``.)
    """

    def block_chat(self, chat_id: int) -> None:
        """Make sends to ``chat_id`` fail with ``403 Forbidden: bot was blocked by the user``."""
        self._blocked.add(chat_id)

    def unblock_chat(self, chat_id: int) -> None:
        """Undo :meth:`block_chat`."""
        self._blocked.discard(chat_id)

    def message(self, chat_id: int, message_id: int) -> JSONDict | None:
        """The current version of a message (after edits), ``None`` if unknown or deleted."""
        return self._messages.get((chat_id, message_id))

    def chat_history(self, chat_id: int) -> list[JSONDict]:
        """Current messages of a chat (user and bot, not deleted), oldest first."""
        found = [msg for (cid, _), msg in self._messages.items() if cid == chat_id]
        return sorted(found, key=lambda m: m["message_id"])

    def sent_to(self, chat_id: int) -> list[SentMessage]:
        """Accepted bot messages for ``chat_id``, in order."""
        return [msg for msg in self.sent if msg.chat_id == chat_id]

    def calls(self, method: str) -> list[RecordedRequest]:
        """Recorded calls of ``method`` (case-insensitive)."""
        key = method.lower()
        return [req for req in self.requests if req.method.lower() == key]

    @property
    def commands(self) -> list[JSONDict]:
        """Commands set for the default scope and no language (``[]`` if none)."""
        return self.commands_for(None, "")

    def commands_for(
        self, scope: JSONDict | None = None, language_code: str = ""
    ) -> list[JSONDict]:
        """Commands set for a scope (``{"type": "default"}`` if ``None``) and language."""
        key = (json.dumps(scope or {"type": "default"}, sort_keys=True), language_code)
        return list(self._commands.get(key, []))

    @property
    def pending_updates(self) -> list[JSONDict]:
        """Updates not yet confirmed by an offset."""
        return list(self._updates)

    @property
    def last_update_id(self) -> int:
        """The ``update_id`` of the newest injected update (0: none)."""
        return self._last_update_id

    @property
    def redelivered_update_ids(self) -> list[int]:
        """Updates handed to a client more than once (e.g. after an unconfirmed restart)."""
        return sorted(uid for uid, count in self.deliveries.items() if count > 1)

    @property
    def webhook_url(self) -> str | None:
        """The webhook URL currently set (``None``: polling allowed)."""
        return self._webhook_url

    def clear_records(self) -> None:
        """Empty the observation lists (not the server state), e.g. between test phases."""
        for records in (
            self.requests,
            self.rejected,
            self.sent,
            self.edits,
            self.deleted,
            self.callback_answers,
            self.inline_answers,
            self.chat_actions,
            self.downloads,
            self.entity_overflows,
            self.webhooks,
            self.command_history,
            self.undelivered,
        ):
            records.clear()
        self.deliveries.clear()

    def _user(
        self,
        user_id: int,
        first_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
    ) -> JSONDict:
        user = self._users.get(user_id)
        if user is None:
            user = {"id": user_id, "is_bot": False, "first_name": first_name or f"User{user_id}"}
            self._users[user_id] = user
        if first_name:
            user["first_name"] = first_name
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        return dict(user)

    def _chat(self, chat_id: int, chat_type: str | None, *, user: JSONDict | None = None,
              title: str | None = None) -> JSONDict:
        known = self._chats.get(chat_id)
        if chat_type is None:
            chat_type = known["type"] if known else ("private" if chat_id > 0 else "supergroup")
        if chat_type not in ("private", "group", "supergroup", "channel"):
            raise ValueError(f"unknown chat_type {chat_type!r}")
        if known and known["type"] != chat_type:
            raise ValueError(f"chat {chat_id} is a {known['type']} chat, not {chat_type}")
        if chat_type == "private":
            if chat_id <= 0:
                raise ValueError("private chats have positive ids (the user's id)")
            if user is not None and user["id"] != chat_id:
                raise ValueError("in a private chat the user_id must equal the chat_id")
        elif chat_id >= 0:
            raise ValueError(f"{chat_type} chats have negative ids")
        if known is None:
            if chat_type == "private":
                source = user or self._user(chat_id)
                known = {"id": chat_id, "type": "private", "first_name": source["first_name"]}
                if "username" in source:
                    known["username"] = source["username"]
            else:
                known = {"id": chat_id, "type": chat_type, "title": title or f"Test chat {chat_id}"}
            self._chats[chat_id] = known
        if title and chat_type != "private":
            known["title"] = title
        return dict(known)

    def _next_message_id(self, chat_id: int) -> int:
        self._message_ids[chat_id] = self._message_ids.get(chat_id, 0) + 1
        return self._message_ids[chat_id]

    def _store_message(self, message: JSONDict) -> None:
        self._messages[(message["chat"]["id"], message["message_id"])] = message

    def _lookup_message(self, chat_id: int, message: JSONDict | int | SentMessage) -> JSONDict:
        if isinstance(message, SentMessage):
            message = message.message_id
        elif isinstance(message, dict):
            if "update_id" in message or "message_id" not in message:
                # an update returned by one of the inject helpers
                inner = message.get("message") or message.get("edited_message")
                if inner is None and "callback_query" in message:
                    inner = message["callback_query"].get("message")
                if not isinstance(inner, dict):
                    raise ValueError("pass a message dict, a message id or a message update")
                message = inner
            message = int(message["message_id"])
        found = self._messages.get((chat_id, int(message)))
        if found is None:
            raise ValueError(f"no message {message} in chat {chat_id} (deleted or never sent)")
        return found

    @staticmethod
    def _as_reply(message: JSONDict) -> JSONDict:
        reply = dict(message)
        reply.pop("reply_to_message", None)
        return reply
