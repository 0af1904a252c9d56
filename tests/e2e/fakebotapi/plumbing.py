"""HTTP: Bot API calls routed to their methods (with faults applied), file downloads, errors."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from typing import Any

from aiohttp import web

from .calls import BotAPIError, CallContext, Params
from .limits import DOWNLOAD_CHUNK_BYTES, DOWNLOAD_CHUNK_PAUSE
from .records import (
    FileDownload,
    JSONDict,
    RecordedRequest,
    RejectedCall,
    StoredFile,
    UploadedFile,
)

logger = logging.getLogger(__name__)


class HTTPPlumbing:
    """The aiohttp side: parameters in, JSON answers out, every call recorded.

    (A part of :class:`~.server.FakeBotAPI`; its state is set up in ``FakeBotAPI.__init__``.)
    """

    @staticmethod
    def _json(status: int, body: JSONDict) -> web.Response:
        return web.Response(
            status=status,
            text=json.dumps(body, ensure_ascii=False),
            content_type="application/json",
        )

    def _error(
        self, ctx: CallContext | None, status: int, description: str, *,
        parameters: JSONDict | None = None, injected: bool = False,
    ) -> web.Response:
        body: JSONDict = {"ok": False, "error_code": status, "description": description}
        if parameters:
            body["parameters"] = parameters
        if ctx is not None:
            ctx.record.status = status
            ctx.record.response = body
            if ctx.client_gone():
                ctx.record.note = ctx.record.note or "client went away before the answer"
            else:
                self.rejected.append(
                    RejectedCall(ctx.method, ctx.record.params, status, description, injected)
                )
            logger.debug("FakeBotAPI %s -> %s %s", ctx.method, status, description)
        return self._json(status, body)

    def _record(self, record: RecordedRequest) -> None:
        self.requests.append(record)
        excess = len(self.requests) - self.max_recorded_requests
        if excess > 0:
            del self.requests[:excess]

    async def _read_params(
        self, request: web.Request
    ) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
        values: dict[str, Any] = dict(request.query)
        files: dict[str, UploadedFile] = {}
        if request.method == "POST" and request.body_exists:
            if request.content_type == "application/json":
                body = await request.json()
                if not isinstance(body, dict):
                    raise BotAPIError(400, "Bad Request: request body must be a JSON object")
                values.update(body)
            else:
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        files[key] = UploadedFile(
                            key, value.filename, value.content_type, value.file.read()
                        )
                    else:
                        values[key] = value
        return values, files

    async def _pause(self, seconds: float) -> None:
        """Sleep, but wake up early when the server stops."""
        if self._closing_event is None or self._closing:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closing_event.wait(), seconds)

    async def _handle_http(self, request: web.Request) -> web.StreamResponse:
        self._active_calls += 1
        try:
            path = request.path
            if path.startswith("/file/bot"):
                return await self._handle_download(request, path[len("/file/bot") :])
            if path.startswith("/bot"):
                return await self._handle_method(request, path[len("/bot") :])
            return self._json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
        finally:
            self._active_calls -= 1
            self._notify()

    async def _handle_method(self, request: web.Request, rest: str) -> web.StreamResponse:
        token, _, method_name = rest.partition("/")
        known = self._handlers.get(method_name.lower())
        method = known[0] if known else method_name
        record = RecordedRequest(
            method=method, params={}, files={}, http_method=request.method,
            started=time.monotonic(),
        )
        self._record(record)
        ctx = CallContext(method=method, request=request, record=record)
        try:
            try:
                record.params, ctx.files = await self._read_params(request)
            except web.HTTPRequestEntityTooLarge:
                return self._error(ctx, 413, "Request Entity Too Large")
            except BotAPIError as exc:
                return self._error(ctx, exc.status, exc.description)
            except ValueError:
                return self._error(ctx, 400, "Bad Request: can't parse request body")
            record.files = ctx.files
            if token != self.token:
                return self._error(ctx, 401, "Unauthorized")
            if known is None or "/" in method_name:
                return self._error(ctx, 404, "Not Found")
            delay = self._take_fault(method, "delay")
            if delay is not None:
                record.note = f"delayed {delay.seconds}s"
                await self._pause(delay.seconds)
            if self._take_fault(method, "disconnect") is not None:
                record.note = "disconnected (injected)"
                if request.transport is not None:
                    request.transport.close()
                return web.Response(status=204)
            fault = self._take_fault(method, "fail")
            if fault is not None:
                parameters = {"retry_after": fault.retry_after} if fault.retry_after else None
                return self._error(
                    ctx, fault.status, fault.description, parameters=parameters, injected=True
                )
            try:
                result = await known[1](Params(record.params), ctx)
            except BotAPIError as exc:
                return self._error(ctx, exc.status, exc.description, parameters=exc.parameters)
            record.status = 200
            record.response = result
            if ctx.client_gone():
                record.note = record.note or "client went away before the answer"
            return self._json(200, {"ok": True, "result": result})
        finally:
            record.finished = time.monotonic()

    async def _handle_download(self, request: web.Request, rest: str) -> web.StreamResponse:
        token, _, file_path = rest.partition("/")
        not_found = {"ok": False, "error_code": 404, "description": "Not Found"}
        if token != self.token:
            self.downloads.append(FileDownload(file_path, None, 0, 401))
            return self._json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        delay = self._take_fault(self.DOWNLOAD, "delay")
        if delay is not None:
            await self._pause(delay.seconds)
        if self._take_fault(self.DOWNLOAD, "disconnect") is not None:
            if request.transport is not None:
                request.transport.close()
            return web.Response(status=204)
        fault = self._take_fault(self.DOWNLOAD, "fail")
        stored = self._files_by_path.get(file_path)
        if fault is not None:
            file_id = stored.file_id if stored else None
            self.downloads.append(FileDownload(file_path, file_id, 0, fault.status))
            return self._json(
                fault.status,
                {"ok": False, "error_code": fault.status, "description": fault.description},
            )
        if stored is None:
            self.downloads.append(FileDownload(file_path, None, 0, 404))
            return self._json(404, not_found)
        record = FileDownload(file_path, stored.file_id, 0, 200)
        self.downloads.append(record)
        return await self._stream(request, stored, record)

    async def _stream(
        self, request: web.Request, stored: StoredFile, record: FileDownload
    ) -> web.StreamResponse:
        """Send a file in chunks, recording in ``record.size`` how much was sent before the
        client had enough (a client that stops reading and closes is noticed within a chunk or
        two; the pause between chunks lets it)."""
        response = web.StreamResponse(
            headers={"Content-Type": stored.mime_type or "application/octet-stream"}
        )
        response.content_length = len(stored.content)
        await response.prepare(request)
        for start in range(0, len(stored.content), DOWNLOAD_CHUNK_BYTES):
            if start:
                await asyncio.sleep(DOWNLOAD_CHUNK_PAUSE)
            if request.transport is None or request.transport.is_closing():
                return response
            chunk = stored.content[start : start + DOWNLOAD_CHUNK_BYTES]
            try:
                await response.write(chunk)
            except ConnectionError:  # the client closed the connection
                return response
            record.size += len(chunk)
        await response.write_eof()
        return response
