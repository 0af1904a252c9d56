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


NOTHING_FOUND = "沒有找到相關內容。/ Nothing in the documents answers that."
POSSIBLY_RELATED = "可能相關 · Possibly related — not sure these answer your question"
TRY_THESE = "可以這樣問 · Try for example:"


def plural(count: int, noun: str, plural_noun: str | None = None) -> str:
    """``"1 document"``, ``"2 documents"``; ``plural_noun`` for irregular nouns."""
    return f"{count} {noun if count == 1 else plural_noun or noun + 's'}"
