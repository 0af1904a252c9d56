"""What the fake records of the calls it receives and the files it holds: values tests read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .limits import MAX_ENTITIES

JSONDict = dict[str, Any]


@dataclass
class UploadedFile:
    """A file part of a multipart request."""

    field: str
    filename: str | None
    content_type: str | None
    content: bytes


@dataclass
class RecordedRequest:
    """One HTTP call to the fake.

    ``params`` holds the values exactly as received: form fields are strings (so PTB's
    JSON-encoded values such as ``chat_id`` ``"42"`` or ``reply_markup`` stay JSON text,
    while ``text`` stays raw), JSON bodies keep their JSON types.  ``status`` is ``None``
    while the call is pending or when the client went away before the answer.
    """

    method: str
    params: dict[str, Any]
    files: dict[str, UploadedFile]
    http_method: str
    started: float
    status: int | None = None
    response: Any = None
    finished: float | None = None
    note: str = ""

    @property
    def duration(self) -> float | None:
        """Seconds between arrival and answer (``None`` while pending)."""
        return None if self.finished is None else self.finished - self.started


@dataclass
class RejectedCall:
    """A call answered with an error; ``injected`` is True for :meth:`FakeBotAPI.fail_next`."""

    method: str
    params: dict[str, Any]
    status: int
    description: str
    injected: bool = False


@dataclass
class SentMessage:
    """A message the bot sent and the fake accepted.

    ``text`` is the text *after* entity parsing (what a user would see), ``source`` the raw
    ``text``/``caption`` parameter.  ``message`` is the full Message object returned.
    """

    method: str
    chat_id: int
    message_id: int
    text: str | None
    source: str | None
    parse_mode: str | None
    entities: list[JSONDict]
    reply_markup: JSONDict | None
    reply_to_message_id: int | None
    message: JSONDict
    caption: str | None = None

    @property
    def buttons(self) -> list[JSONDict]:
        """All inline keyboard buttons, row by row."""
        rows = (self.reply_markup or {}).get("inline_keyboard") or []
        return [button for row in rows for button in row]


@dataclass
class EditedMessage:
    """An accepted ``editMessageText`` / ``editMessageReplyMarkup``."""

    method: str
    chat_id: int | None
    message_id: int | None
    inline_message_id: str | None
    text: str | None
    parse_mode: str | None
    entities: list[JSONDict]
    reply_markup: JSONDict | None
    message: JSONDict | None


@dataclass
class CallbackAnswer:
    """An accepted ``answerCallbackQuery``."""

    callback_query_id: str
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int | None
    params: dict[str, Any]


@dataclass
class InlineAnswer:
    """An accepted ``answerInlineQuery``; ``results`` are the decoded result objects."""

    inline_query_id: str
    results: list[JSONDict]
    cache_time: int | None
    is_personal: bool
    next_offset: str | None
    button: JSONDict | None
    params: dict[str, Any]


@dataclass
class ChatAction:
    """An accepted ``sendChatAction``."""

    chat_id: int
    action: str
    at: float


@dataclass
class StoredFile:
    """A file known to the fake (injected by a test or uploaded by the bot)."""

    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes
    file_size: int | None  # what the API reports (None: left out); may differ on purpose
    file_name: str | None = None
    mime_type: str | None = None


@dataclass
class FileDownload:
    """A ``GET`` on the file URL; ``size`` is how many bytes were sent before the client closed
    the connection (all of them unless it stopped reading)."""

    file_path: str
    file_id: str | None
    size: int
    status: int


@dataclass
class EntityOverflow:
    """A text with more than 100 entities: Telegram would silently drop the rest."""

    method: str
    chat_id: int | None
    count: int
    kept: int = MAX_ENTITIES
