"""One Bot API call as a method implementation sees it: typed parameters, its context, and the
error it may answer with."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from .records import JSONDict, RecordedRequest, UploadedFile


class BotAPIError(Exception):
    """Raised by method implementations; becomes ``{"ok": false, ...}`` with ``status``."""

    def __init__(self, status: int, description: str, parameters: JSONDict | None = None):
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


class Params:
    """Typed access to request parameters, accepting both form strings and JSON values."""

    def __init__(self, values: Mapping[str, Any]):
        self.values = dict(values)

    def has(self, name: str) -> bool:
        return self.values.get(name) not in (None, "")

    def get_str(self, name: str) -> str | None:
        value = self.values.get(name)
        if value is None:
            return None
        if isinstance(value, str):
            return value
        if isinstance(value, bool):
            return "true" if value else "false"
        return json.dumps(value) if isinstance(value, dict | list) else str(value)

    def get_int(self, name: str, default: int | None = None) -> int | None:
        value = self.values.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, int):
            return value
        try:
            return int(str(value).strip())
        except ValueError:
            raise BotAPIError(400, f'Bad Request: invalid parameter "{name}" specified') from None

    def get_float(self, name: str, default: float = 0.0) -> float:
        value = self.values.get(name)
        if value is None or value == "":
            return default
        try:
            return float(value)
        except (TypeError, ValueError):
            raise BotAPIError(400, f'Bad Request: invalid parameter "{name}" specified') from None

    def get_bool(self, name: str) -> bool:
        value = self.values.get(name)
        if isinstance(value, bool):
            return value
        if value is None:
            return False
        return str(value).strip().lower() in ("true", "1")

    def get_json(self, name: str, what: str | None = None) -> Any:
        value = self.values.get(name)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except ValueError:
            raise BotAPIError(
                400, f"Bad Request: can't parse {what or name} JSON object"
            ) from None


@dataclass
class CallContext:
    method: str
    request: web.Request
    record: RecordedRequest
    files: dict[str, UploadedFile] = field(default_factory=dict)

    def client_gone(self) -> bool:
        transport = self.request.transport
        return transport is None or transport.is_closing()
