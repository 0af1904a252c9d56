"""Updates a test injects: a user sends text, a document, a photo, presses a button, types an
inline query. Incoming text gets Telegram's automatic entities (:func:`detect_entities`)."""

from __future__ import annotations

import logging
import re
import time

from .markup import utf16_len, utf16_slice
from .records import JSONDict, SentMessage, StoredFile

logger = logging.getLogger(__name__)


_COMMAND_RE = re.compile(
    r"(?<![A-Za-z0-9_/@])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])"
)
_MENTION_RE = re.compile(r"(?<![A-Za-z0-9_@/])@[A-Za-z0-9_]{3,32}(?![A-Za-z0-9_])")
_URL_RE = re.compile(r"https?://[^\s<>\"'，。！？、；：（）【】]+")


def detect_entities(text: str) -> list[JSONDict]:
    """Entities Telegram adds to incoming text: ``bot_command``, ``mention``, ``url``.

    A ``/command`` (optionally ``/command@botname``) counts when it starts the text or
    follows a non-word character; ``@username`` likewise.  Offsets are UTF-16 code units.
    """
    spans: list[tuple[int, int, str]] = []
    for match in _COMMAND_RE.finditer(text):
        spans.append((match.start(), match.end(), "bot_command"))
    for match in _URL_RE.finditer(text):
        end = match.end()
        while end > match.start() and text[end - 1] in ".,;:!?)]}":
            end -= 1
        spans.append((match.start(), end, "url"))
    for match in _MENTION_RE.finditer(text):
        spans.append((match.start(), match.end(), "mention"))
    spans.sort()
    entities: list[JSONDict] = []
    last_end = -1
    for start, end, kind in spans:
        if start < last_end:  # overlaps an earlier entity (e.g. @bot inside /cmd@bot)
            continue
        entities.append(
            {"type": kind, "offset": utf16_len(text[:start]), "length": utf16_len(text[start:end])}
        )
        last_end = end
    return entities


class UpdateInjection:
    """What users do, turned into updates the bot polls.

    (A part of :class:`~.server.FakeBotAPI`; its state is set up in ``FakeBotAPI.__init__``.)
    """

    def push_update(self, update: JSONDict) -> JSONDict:
        """Queue a raw update dict (``update_id`` is assigned when missing) and wake polls.

        Returns the queued update.  Explicit ``update_id`` values must increase.
        """
        update = dict(update)
        if "update_id" not in update:
            update["update_id"] = self._next_update_id
        elif update["update_id"] <= self._last_update_id:
            raise ValueError("update_id must be greater than every earlier update_id")
        if len([k for k in update if k != "update_id"]) != 1:
            raise ValueError("an update carries exactly one field besides update_id")
        self._last_update_id = update["update_id"]
        self._next_update_id = self._last_update_id + 1
        self._updates.append(update)
        self._wake_polls("update")
        self._notify()
        return update

    def _user_message(
        self,
        chat_id: int,
        user_id: int | None,
        chat_type: str | None,
        *,
        first_name: str | None,
        username: str | None,
        language_code: str | None,
        chat_title: str | None,
        reply_to: JSONDict | int | SentMessage | None,
    ) -> JSONDict:
        known = self._chats.get(chat_id)
        effective_type = chat_type or (known["type"] if known else None)
        if user_id is None:
            if effective_type in (None, "private") and chat_id > 0:
                user_id = chat_id
            else:
                raise ValueError("user_id is required for group chats")
        user = self._user(user_id, first_name, username, language_code)
        chat = self._chat(chat_id, chat_type, user=user, title=chat_title)
        message: JSONDict = {
            "message_id": self._next_message_id(chat_id),
            "from": user,
            "chat": chat,
            "date": int(time.time()),
        }
        if reply_to is not None:
            message["reply_to_message"] = self._as_reply(self._lookup_message(chat_id, reply_to))
        return message

    def _is_addressed(self, message: JSONDict) -> bool:
        """Privacy mode: would a bot in a group receive this message?"""
        if message["chat"]["type"] == "private" or not self.privacy_mode:
            return True
        text = message.get("text") or message.get("caption") or ""
        entities = message.get("entities") or message.get("caption_entities") or []
        me = "@" + self.bot_username.lower()
        for entity in entities:
            part = utf16_slice(text, entity["offset"], entity["length"])
            if entity["type"] == "bot_command" and entity["offset"] == 0:
                target = part.partition("@")[2].lower()
                if not target or "@" + target == me:
                    return True
            if entity["type"] == "mention" and part.lower() == me:
                return True
        reply = message.get("reply_to_message")
        return bool(reply and reply.get("from", {}).get("id") == self.bot_id)

    def _deliver(self, kind: str, message: JSONDict) -> JSONDict:
        self._store_message(message)
        update = {kind: message}
        if self._is_addressed(message):
            return self.push_update(update)
        logger.debug("privacy mode: message %s not delivered", message["message_id"])
        self.undelivered.append(update)
        self._notify()
        return update

    def send_text(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        chat_type: str | None = None,
        reply_to: JSONDict | int | SentMessage | None = None,
        first_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
        chat_title: str | None = None,
        entities: list[JSONDict] | None = None,
    ) -> JSONDict:
        """A user sends ``text``; returns the update (``update["message"]``).

        ``user_id`` defaults to ``chat_id`` in private chats and is required in groups
        (``chat_type`` ``"group"``/``"supergroup"``, negative ``chat_id``).  Telegram's
        automatic entities (``bot_command``, ``mention``, ``url``; UTF-16 offsets) are added
        unless ``entities`` is given.  ``reply_to`` is a message dict, id, update or
        :class:`SentMessage` of the same chat.  In groups with privacy mode, a message that
        is not a command, a reply to the bot or a mention of it is recorded in
        :attr:`undelivered` and the returned update has no ``update_id``.
        """
        if not text:
            raise ValueError("Telegram does not deliver empty text messages")
        message = self._user_message(
            chat_id,
            user_id,
            chat_type,
            first_name=first_name,
            username=username,
            language_code=language_code,
            chat_title=chat_title,
            reply_to=reply_to,
        )
        message["text"] = text
        found = detect_entities(text) if entities is None else entities
        if found:
            message["entities"] = found
        return self._deliver("message", message)

    def send_edited_text(
        self,
        chat_id: int,
        message: JSONDict | int | SentMessage,
        text: str,
        *,
        entities: list[JSONDict] | None = None,
    ) -> JSONDict:
        """The author of an earlier injected text message edits it; returns the update
        (``update["edited_message"]``)."""
        original = self._lookup_message(chat_id, message)
        if original.get("from", {}).get("id") == self.bot_id:
            raise ValueError("users cannot edit the bot's messages")
        if "text" not in original:
            raise ValueError("only text messages can be edited with send_edited_text")
        edited = dict(original)
        edited["text"] = text
        edited["edit_date"] = int(time.time())
        found = detect_entities(text) if entities is None else entities
        edited.pop("entities", None)
        if found:
            edited["entities"] = found
        return self._deliver("edited_message", edited)

    def _store_file(
        self,
        folder: str,
        content: bytes,
        *,
        file_name: str | None = None,
        mime_type: str | None = None,
        declared_size: int | None = None,
        omit_size: bool = False,
        suffix: str = "",
    ) -> StoredFile:
        number = next(self._file_counter)
        if file_name and "." in file_name:
            suffix = "." + file_name.rsplit(".", 1)[1].lower()
        stored = StoredFile(
            file_id=f"BQACAgUAAxkBAAI{number:06d}fake{folder[:3]}",
            file_unique_id=f"AgAD{number:06d}",
            file_path=f"{folder}/file_{number}{suffix}",
            content=bytes(content),
            file_size=None if omit_size else declared_size if declared_size is not None
            else len(content),
            file_name=file_name,
            mime_type=mime_type,
        )
        self._files[stored.file_id] = stored
        self._files_by_path[stored.file_path] = stored
        return stored

    def add_file(
        self,
        content: bytes,
        *,
        file_name: str | None = None,
        mime_type: str | None = None,
        declared_size: int | None = None,
    ) -> StoredFile:
        """Store a file for ``getFile``/download without sending a message; returns it."""
        return self._store_file(
            "documents", content, file_name=file_name, mime_type=mime_type,
            declared_size=declared_size,
        )

    def send_document(
        self,
        chat_id: int,
        user_id: int | None,
        file_name: str,
        content: bytes,
        mime_type: str = "application/octet-stream",
        declared_size: int | None = None,
        *,
        omit_size: bool = False,
        caption: str | None = None,
        chat_type: str | None = None,
        reply_to: JSONDict | int | SentMessage | None = None,
        first_name: str | None = None,
    ) -> JSONDict:
        """A user sends a document; its bytes are served by ``getFile`` and the file URL.

        ``declared_size`` is the ``file_size`` the API reports (default ``len(content)``);
        over 20 MB ``getFile`` answers ``400 Bad Request: file is too big`` like Telegram.
        With ``omit_size`` neither the message nor ``getFile`` reports a size (Telegram may
        leave it out).
        """
        message = self._user_message(
            chat_id, user_id, chat_type, first_name=first_name, username=None,
            language_code=None, chat_title=None, reply_to=reply_to,
        )
        stored = self._store_file(
            "documents", content, file_name=file_name, mime_type=mime_type,
            declared_size=declared_size, omit_size=omit_size,
        )
        message["document"] = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": file_name,
            "mime_type": mime_type,
        }
        if stored.file_size is not None:
            message["document"]["file_size"] = stored.file_size
        self._add_caption(message, caption)
        return self._deliver("message", message)

    def send_photo(
        self,
        chat_id: int,
        content: bytes = b"\xff\xd8\xff\xe0fake-jpeg",
        *,
        user_id: int | None = None,
        caption: str | None = None,
        width: int = 1280,
        height: int = 960,
        chat_type: str | None = None,
        reply_to: JSONDict | int | SentMessage | None = None,
        first_name: str | None = None,
    ) -> JSONDict:
        """A user sends a photo (two sizes, both served with ``content``)."""
        message = self._user_message(
            chat_id, user_id, chat_type, first_name=first_name, username=None,
            language_code=None, chat_title=None, reply_to=reply_to,
        )
        sizes = []
        for scale in (4, 1):
            stored = self._store_file("photos", content, suffix=".jpg", mime_type="image/jpeg")
            sizes.append(
                {
                    "file_id": stored.file_id,
                    "file_unique_id": stored.file_unique_id,
                    "width": max(width // scale, 1),
                    "height": max(height // scale, 1),
                    "file_size": stored.file_size,
                }
            )
        message["photo"] = sizes
        self._add_caption(message, caption)
        return self._deliver("message", message)

    def send_sticker(
        self,
        chat_id: int,
        *,
        user_id: int | None = None,
        emoji: str = "👍",
        set_name: str | None = "FakeStickers",
        chat_type: str | None = None,
        first_name: str | None = None,
    ) -> JSONDict:
        """A user sends a (static, regular) sticker."""
        message = self._user_message(
            chat_id, user_id, chat_type, first_name=first_name, username=None,
            language_code=None, chat_title=None, reply_to=None,
        )
        stored = self._store_file("stickers", b"RIFF\x00\x00\x00\x00WEBPfake", suffix=".webp")
        sticker: JSONDict = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
            "file_size": stored.file_size,
        }
        if set_name:
            sticker["set_name"] = set_name
        message["sticker"] = sticker
        return self._deliver("message", message)

    @staticmethod
    def _add_caption(message: JSONDict, caption: str | None) -> None:
        if caption:
            message["caption"] = caption
            found = detect_entities(caption)
            if found:
                message["caption_entities"] = found

    def press_button(
        self,
        chat_id: int,
        user_id: int | None,
        message: JSONDict | int | SentMessage,
        callback_data: str,
        *,
        check: bool = True,
        first_name: str | None = None,
    ) -> JSONDict:
        """A user presses an inline button of a bot message; returns the update
        (``update["callback_query"]``, whose ``id`` :meth:`answerCallbackQuery` must use).

        With ``check`` the message must currently carry a button with ``callback_data``
        (users cannot press buttons that do not exist) -- otherwise ``ValueError``.
        """
        target = self._lookup_message(chat_id, message)
        if check:
            rows = (target.get("reply_markup") or {}).get("inline_keyboard") or []
            data = [b.get("callback_data") for row in rows for b in row if "callback_data" in b]
            if callback_data not in data:
                raise ValueError(
                    f"message {target['message_id']} has no button with callback_data "
                    f"{callback_data!r}; its buttons carry {data!r}"
                )
        if user_id is None:
            if chat_id <= 0:
                raise ValueError("user_id is required for group chats")
            user_id = chat_id
        query_id = str(4_000_000_000_000_000 + next(self._query_counter) * 7919)
        self._open_callback_queries.add(query_id)
        callback_query = {
            "id": query_id,
            "from": self._user(user_id, first_name),
            "message": dict(target),
            "chat_instance": str(abs(chat_id) * 31 + 7),
            "data": callback_data,
        }
        return self.push_update({"callback_query": callback_query})

    def inline_query(
        self,
        user_id: int,
        query: str,
        *,
        offset: str = "",
        chat_type: str | None = "private",
        first_name: str | None = None,
    ) -> JSONDict:
        """A user types ``@botname query``; returns the update (``update["inline_query"]``)."""
        query_id = str(5_000_000_000_000_000 + next(self._query_counter) * 7919)
        self._open_inline_queries.add(query_id)
        inline_query: JSONDict = {
            "id": query_id,
            "from": self._user(user_id, first_name),
            "query": query,
            "offset": offset,
        }
        if chat_type:
            inline_query["chat_type"] = chat_type
        return self.push_update({"inline_query": inline_query})
