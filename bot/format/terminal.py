"""An answer as terminal text: figures bold (ANSI) when ``color`` is true."""

from __future__ import annotations

from bot.answer import Answer
from bot.format.segments import citation, segments

_BOLD = "\033[1m"
_UNDERLINE = "\033[4m"
_YELLOW = "\033[33m"
_DIM = "\033[2m"
_RESET = "\033[0m"


def format_console(answer: Answer, shown: int = 3, color: bool = False, offset: int = 0) -> str:
    """Terminal text for ``answer``; with ``color``, figures bold and matched words underlined."""
    if not answer.found:
        return "沒有找到相關內容。/ Nothing in the documents answers that."
    lines: list[str] = []
    if answer.text and offset == 0:
        lines.append(f"答案 Answer: {_paint(answer.text, _BOLD + _YELLOW, color, '**')}")
    if answer.translations:
        lines.append("  (" + ", ".join(f"{t.english} → {t.term}" for t in answer.translations) + ")")
    for n, result in enumerate(answer.results[offset : offset + shown], start=offset + 1):
        parts: list[str] = []
        for seg in segments(result, answer.text if n == 1 else None, terms=color):
            if seg.kind in ("figure", "answer"):
                parts.append(_paint(seg.text, _BOLD + (_YELLOW if seg.kind == "answer" else ""), color, "**"))
            elif seg.kind == "term":
                parts.append(_paint(seg.text, _UNDERLINE, color, ""))
            else:
                parts.append(seg.text)
        lines.append(f"{n}. {''.join(parts)}")
        lines.append("   " + _paint(f"— {citation(result)}", _DIM, color, ""))
    return "\n".join(lines)


def _paint(text: str, style: str, color: bool, plain_mark: str) -> str:
    return f"{style}{text}{_RESET}" if color else f"{plain_mark}{text}{plain_mark}"
