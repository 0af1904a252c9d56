"""Messages the bot sends and edits: validated like Telegram (chat, text and HTML, keyboards,
replies), then stored and recorded. Also chat actions and getFile."""

from __future__ import annotations

import logging
import re
import time
from typing import Any

from .calls import BotAPIError, CallContext, Params
from .limits import (
    CHAT_ACTIONS,
    INLINE_BUTTON_ACTIONS,
    MAX_CALLBACK_DATA_BYTES,
    MAX_CAPTION_LENGTH,
    MAX_DOWNLOAD_SIZE,
    MAX_ENTITIES,
    NOT_MODIFIED,
)
from .markup import HTMLParseError, TRIM_CHARS, parse_html, trim_text, utf16_len
from .records import ChatAction, EditedMessage, EntityOverflow, JSONDict, SentMessage

logger = logging.getLogger(__name__)


class MessageMethods:
    """Bot API methods that send, edit and delete messages; their checks.

    (A part of :class:`~.server.FakeBotAPI`; its state is set up in ``FakeBotAPI.__init__``.)
    """

    def _resolve_chat(self, params: Params) -> JSONDict:
        raw = params.get_str("chat_id")
        if raw is None or raw.strip() == "":
            raise BotAPIError(400, "Bad Request: chat_id is empty")
        raw = raw.strip()
        if raw.startswith("@"):
            for chat in self._chats.values():
                if chat.get("username", "").lower() == raw[1:].lower():
                    return dict(chat)
            raise BotAPIError(400, "Bad Request: chat not found")
        try:
            chat_id = int(raw)
        except ValueError:
            raise BotAPIError(400, "Bad Request: chat not found") from None
        if chat_id in self._blocked:
            raise BotAPIError(403, "Forbidden: bot was blocked by the user")
        known = self._chats.get(chat_id)
        if known is not None:
            return dict(known)
        if self.strict_chats or chat_id == 0:
            raise BotAPIError(400, "Bad Request: chat not found")
        return self._chat(chat_id, None)

    def _format_text(
        self,
        raw: str,
        parse_mode: str | None,
        entities: Any,
        *,
        method: str,
        chat_id: int | None,
        limit: int,
        too_long: str,
        empty: str,
    ) -> tuple[str, list[JSONDict]]:
        """Apply ``parse_mode``/``entities`` and Telegram's trimming and limits."""
        if entities is not None:
            if not isinstance(entities, list) or not all(isinstance(e, dict) for e in entities):
                raise BotAPIError(400, "Bad Request: can't parse entities JSON object")
            text, found = raw, [dict(e) for e in entities]
            size = utf16_len(text)
            for entity in found:
                offset, length = entity.get("offset"), entity.get("length")
                if (not isinstance(entity.get("type"), str) or not isinstance(offset, int)
                        or not isinstance(length, int) or offset < 0 or length <= 0
                        or offset + length > size):
                    raise BotAPIError(
                        400, f"Bad Request: can't parse entities: invalid entity {entity}"
                    )
        elif parse_mode:
            mode = parse_mode.strip().lower()
            if mode == "html":
                try:
                    text, found = parse_html(raw, strict_ampersand=self.strict_ampersand)
                except HTMLParseError as exc:
                    raise BotAPIError(400, f"Bad Request: can't parse entities: {exc}") from None
            elif mode in ("markdown", "markdownv2"):
                raise BotAPIError(
                    400, f"Bad Request: the fake Bot API does not implement parse_mode {parse_mode}"
                )
            else:
                raise BotAPIError(400, "Bad Request: unsupported parse_mode")
        else:
            text, found = raw, []
        text, found = trim_text(text, found)
        if not text:
            raise BotAPIError(400, empty)
        if utf16_len(text) > limit:
            raise BotAPIError(400, too_long)
        if len(found) > MAX_ENTITIES:
            self.entity_overflows.append(EntityOverflow(method, chat_id, len(found)))
            logger.warning("%s: %d entities, Telegram keeps %d", method, len(found), MAX_ENTITIES)
            found = found[:MAX_ENTITIES]
        return text, found

    @staticmethod
    def _check_reply_markup(markup: Any) -> JSONDict | None:
        """Validate a reply_markup object like Telegram; returns it."""
        if markup is None:
            return None
        bad = "Bad Request: can't parse reply keyboard markup JSON object"
        if not isinstance(markup, dict):
            raise BotAPIError(400, bad)
        if "inline_keyboard" in markup:
            rows = markup["inline_keyboard"]
            if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
                raise BotAPIError(
                    400, 'Bad Request: field "inline_keyboard" must be an Array of Arrays'
                )
            count = 0
            for row in rows:
                for button in row:
                    count += 1
                    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
                        raise BotAPIError(400, "Bad Request: can't parse inline keyboard button: "
                                               "Field \"text\" must be of type String")
                    actions = [key for key in INLINE_BUTTON_ACTIONS if key in button]
                    if not actions:
                        raise BotAPIError(400, "Bad Request: text buttons are unallowed in the "
                                               "inline keyboard")
                    if len(actions) > 1:
                        raise BotAPIError(400, "Bad Request: can't parse inline keyboard button: "
                                               "only one of the optional fields must be used")
                    if "callback_data" in button:
                        data = button["callback_data"]
                        if (not isinstance(data, str)
                                or not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES):
                            raise BotAPIError(400, "Bad Request: BUTTON_DATA_INVALID")
                    if "url" in button:
                        url = button["url"]
                        if not isinstance(url, str) or not re.match(r"^(https?|tg)://\S+$", url):
                            raise BotAPIError(400, "Bad Request: BUTTON_URL_INVALID")
            if count > 100:
                raise BotAPIError(400, "Bad Request: REPLY_MARKUP_TOO_LONG")
            return markup
        if "keyboard" in markup:
            rows = markup["keyboard"]
            if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
                raise BotAPIError(400, "Bad Request: field \"keyboard\" must be an Array of Arrays")
            return markup
        if markup.get("remove_keyboard") is True or markup.get("force_reply") is True:
            return markup
        raise BotAPIError(400, bad)

    def _resolve_reply(self, params: Params, chat: JSONDict) -> JSONDict | None:
        reply_parameters = params.get_json("reply_parameters", "reply parameters")
        allow_missing = params.get_bool("allow_sending_without_reply")
        message_id = params.get_int("reply_to_message_id")
        if reply_parameters is not None:
            if not isinstance(reply_parameters, dict) or "message_id" not in reply_parameters:
                raise BotAPIError(400, "Bad Request: can't parse reply parameters JSON object")
            message_id = int(reply_parameters["message_id"])
            allow_missing = bool(reply_parameters.get("allow_sending_without_reply", allow_missing))
            if reply_parameters.get("chat_id") not in (None, chat["id"], str(chat["id"])):
                return None  # replies to other chats are not modelled
        if message_id is None:
            return None
        target = self._messages.get((chat["id"], message_id))
        if target is None:
            if allow_missing:
                return None
            raise BotAPIError(400, "Bad Request: message to be replied not found")
        return self._as_reply(target)

    def _new_bot_message(
        self, chat: JSONDict, reply_to: JSONDict | None, markup: JSONDict | None
    ) -> JSONDict:
        message: JSONDict = {
            "message_id": self._next_message_id(chat["id"]),
            "from": {
                "id": self.bot_id,
                "is_bot": True,
                "first_name": self.bot_first_name,
                "username": self.bot_username,
            },
            "chat": chat,
            "date": int(time.time()),
        }
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if markup is not None and "inline_keyboard" in markup:
            message["reply_markup"] = markup  # Telegram echoes inline keyboards only
        return message

    async def _m_send_message(self, params: Params, ctx: CallContext) -> JSONDict:
        chat = self._resolve_chat(params)
        raw = params.get_str("text")
        if not raw:
            raise BotAPIError(400, "Bad Request: message text is empty")
        parse_mode = params.get_str("parse_mode")
        text, entities = self._format_text(
            raw, parse_mode, params.get_json("entities", "entities"),
            method=ctx.method, chat_id=chat["id"], limit=self.max_message_length,
            too_long="Bad Request: message is too long",
            empty="Bad Request: message must be non-empty",
        )
        markup = self._check_reply_markup(params.get_json("reply_markup", "reply keyboard markup"))
        reply_to = self._resolve_reply(params, chat)
        message = self._new_bot_message(chat, reply_to, markup)
        message["text"] = text
        if entities:
            message["entities"] = entities
        preview = params.get_json("link_preview_options", "link preview options")
        if isinstance(preview, dict) and preview:
            message["link_preview_options"] = preview
        self._store_message(message)
        self.sent.append(
            SentMessage(
                method=ctx.method, chat_id=chat["id"], message_id=message["message_id"],
                text=text, source=raw, parse_mode=parse_mode, entities=entities,
                reply_markup=markup, reply_to_message_id=reply_to and reply_to["message_id"],
                message=message,
            )
        )
        return message

    async def _send_media(
        self, params: Params, ctx: CallContext, field_name: str, folder: str
    ) -> JSONDict:
        chat = self._resolve_chat(params)
        upload = ctx.files.get(field_name)
        ref = params.get_str(field_name)
        if ref and ref.startswith("attach://"):
            upload = ctx.files.get(ref[len("attach://") :])
        if upload is not None:
            stored = self._store_file(
                folder, upload.content, file_name=upload.filename, mime_type=upload.content_type
            )
        elif ref and ref in self._files:
            stored = self._files[ref]
        elif ref and ref.startswith(("http://", "https://")):
            stored = self._store_file(folder, b"", file_name=ref.rsplit("/", 1)[-1])
        else:
            raise BotAPIError(400, f"Bad Request: there is no {field_name} in the request")
        raw_caption = params.get_str("caption")
        caption, caption_entities = None, []
        parse_mode = params.get_str("parse_mode")
        if raw_caption:
            caption, caption_entities = self._format_text(
                raw_caption, parse_mode, params.get_json("caption_entities", "caption entities"),
                method=ctx.method, chat_id=chat["id"], limit=MAX_CAPTION_LENGTH,
                too_long="Bad Request: message caption is too long",
                empty="Bad Request: message must be non-empty",
            ) if raw_caption.strip(TRIM_CHARS) else (None, [])
        markup = self._check_reply_markup(params.get_json("reply_markup", "reply keyboard markup"))
        reply_to = self._resolve_reply(params, chat)
        message = self._new_bot_message(chat, reply_to, markup)
        if field_name == "photo":
            message["photo"] = [
                {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id,
                 "width": 800, "height": 600, "file_size": stored.file_size}
            ]
        else:
            message["document"] = {
                "file_id": stored.file_id, "file_unique_id": stored.file_unique_id,
                "file_size": stored.file_size,
                **({"file_name": stored.file_name} if stored.file_name else {}),
                **({"mime_type": stored.mime_type} if stored.mime_type else {}),
            }
        if caption:
            message["caption"] = caption
            if caption_entities:
                message["caption_entities"] = caption_entities
        self._store_message(message)
        self.sent.append(
            SentMessage(
                method=ctx.method, chat_id=chat["id"], message_id=message["message_id"],
                text=None, source=raw_caption, parse_mode=parse_mode, entities=caption_entities,
                reply_markup=markup, reply_to_message_id=reply_to and reply_to["message_id"],
                message=message, caption=caption,
            )
        )
        return message

    async def _m_send_document(self, params: Params, ctx: CallContext) -> JSONDict:
        return await self._send_media(params, ctx, "document", "documents")

    async def _m_send_photo(self, params: Params, ctx: CallContext) -> JSONDict:
        return await self._send_media(params, ctx, "photo", "photos")

    def _editable(self, params: Params) -> tuple[JSONDict, JSONDict]:
        chat = self._resolve_chat(params)
        message_id = params.get_int("message_id")
        if message_id is None:
            raise BotAPIError(400, "Bad Request: message identifier is not specified")
        current = self._messages.get((chat["id"], message_id))
        if current is None:
            raise BotAPIError(400, "Bad Request: message to edit not found")
        if current.get("from", {}).get("id") != self.bot_id:
            raise BotAPIError(400, "Bad Request: message can't be edited")
        return chat, current

    async def _m_edit_message_text(self, params: Params, ctx: CallContext) -> JSONDict | bool:
        raw = params.get_str("text")
        parse_mode = params.get_str("parse_mode")
        inline_id = params.get_str("inline_message_id")
        current: JSONDict | None = None
        chat_id: int | None = None
        if not inline_id:
            chat, current = self._editable(params)
            chat_id = chat["id"]
            if "text" not in current:
                raise BotAPIError(400, "Bad Request: there is no text in the message to edit")
        if not raw:
            raise BotAPIError(400, "Bad Request: message text is empty")
        text, entities = self._format_text(
            raw, parse_mode, params.get_json("entities", "entities"),
            method=ctx.method, chat_id=chat_id, limit=self.max_message_length,
            too_long="Bad Request: MESSAGE_TOO_LONG",
            empty="Bad Request: message must be non-empty",
        )
        markup = self._check_reply_markup(params.get_json("reply_markup", "reply keyboard markup"))
        if markup is not None and "inline_keyboard" not in markup:
            raise BotAPIError(400, "Bad Request: inline keyboard expected")
        if current is None:
            self.edits.append(EditedMessage(ctx.method, None, None, inline_id, text, parse_mode,
                                            entities, markup, None))
            return True
        if (text == current.get("text") and entities == current.get("entities", [])
                and markup == current.get("reply_markup")):
            raise BotAPIError(400, NOT_MODIFIED)
        edited = {k: v for k, v in current.items() if k not in ("entities", "reply_markup")}
        edited["text"] = text
        edited["edit_date"] = int(time.time())
        if entities:
            edited["entities"] = entities
        if markup is not None:
            edited["reply_markup"] = markup
        self._store_message(edited)
        self.edits.append(EditedMessage(ctx.method, chat_id, edited["message_id"], None, text,
                                        parse_mode, entities, markup, edited))
        return edited

    async def _m_edit_message_reply_markup(
        self, params: Params, ctx: CallContext
    ) -> JSONDict | bool:
        markup = self._check_reply_markup(params.get_json("reply_markup", "reply keyboard markup"))
        if markup is not None and "inline_keyboard" not in markup:
            raise BotAPIError(400, "Bad Request: inline keyboard expected")
        inline_id = params.get_str("inline_message_id")
        if inline_id:
            self.edits.append(EditedMessage(ctx.method, None, None, inline_id, None, None, [],
                                            markup, None))
            return True
        chat, current = self._editable(params)
        if markup == current.get("reply_markup"):
            raise BotAPIError(400, NOT_MODIFIED)
        edited = {k: v for k, v in current.items() if k != "reply_markup"}
        edited["edit_date"] = int(time.time())
        if markup is not None:
            edited["reply_markup"] = markup
        self._store_message(edited)
        self.edits.append(EditedMessage(ctx.method, chat["id"], edited["message_id"], None,
                                        edited.get("text"), None, edited.get("entities", []),
                                        markup, edited))
        return edited

    async def _m_delete_message(self, params: Params, ctx: CallContext) -> bool:
        chat = self._resolve_chat(params)
        message_id = params.get_int("message_id")
        if message_id is None or (chat["id"], message_id) not in self._messages:
            raise BotAPIError(400, "Bad Request: message to delete not found")
        del self._messages[(chat["id"], message_id)]
        self.deleted.append((chat["id"], message_id))
        return True

    async def _m_send_chat_action(self, params: Params, ctx: CallContext) -> bool:
        chat = self._resolve_chat(params)
        action = params.get_str("action") or ""
        if action not in CHAT_ACTIONS:
            raise BotAPIError(400, "Bad Request: wrong parameter action in request")
        self.chat_actions.append(ChatAction(chat["id"], action, time.monotonic()))
        return True

    async def _m_get_file(self, params: Params, ctx: CallContext) -> JSONDict:
        file_id = params.get_str("file_id") or ""
        stored = self._files.get(file_id)
        if stored is None:
            raise BotAPIError(400, "Bad Request: invalid file_id")
        size = stored.file_size
        if (len(stored.content) if size is None else size) > MAX_DOWNLOAD_SIZE:
            raise BotAPIError(400, "Bad Request: file is too big")
        found = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_path": stored.file_path,
        }
        if size is not None:
            found["file_size"] = size
        return found
