"""Small text helpers every formatter shares."""

from __future__ import annotations

import html


def esc(text: str) -> str:
    """Escape outside text for Telegram HTML."""
    return html.escape(text, quote=False)


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
