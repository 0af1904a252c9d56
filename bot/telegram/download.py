"""An admin's upload fetched with its size capped by the download itself.

Telegram may leave a document's ``file_size`` out, and a declared size need not be the real
one: PTB's downloads read the whole file into memory first. Here the file is streamed and the
download stops as soon as it is over the limit.
"""

from __future__ import annotations

import urllib.parse

import httpx
from telegram import Document

from corpus.store import check_size

#: Seconds to connect, and to wait for each piece of the file.
DOWNLOAD_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


async def download_document(document: Document, max_bytes: int) -> bytes:
    """The bytes of ``document``; :class:`~corpus.errors.DocumentRejected` as soon as it is
    known to be larger than ``max_bytes`` -- declared so, or once that much has arrived."""
    check_size(document.file_size, max_bytes)
    telegram_file = await document.get_file()
    check_size(telegram_file.file_size, max_bytes)
    received = bytearray()
    async with httpx.AsyncClient(timeout=DOWNLOAD_TIMEOUT) as client:
        async with client.stream("GET", _quoted(telegram_file.file_path or "")) as response:
            response.raise_for_status()
            length = response.headers.get("content-length", "")
            check_size(int(length) if length.isdigit() else None, max_bytes)
            async for chunk in response.aiter_bytes():
                received += chunk
                check_size(len(received), max_bytes, partial=True)
    return bytes(received)


def _quoted(url: str) -> str:
    """The file URL with its path percent-encoded (file paths may hold any character)."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(path=urllib.parse.quote(parts.path)))
