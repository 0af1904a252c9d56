"""Pure formatters: an :class:`~bot.answer.Answer` in, text out -- one function per output.

- :func:`format_html` -- Telegram HTML (escaped, ≤ 4096 characters after parsing, ≤ 100 entities).
- :func:`format_console` -- terminal text, figures in bold (ANSI) when ``color`` is true.
- :func:`answer_to_json` -- the ``ask --json`` contract.

All share :func:`segments`, which cuts a passage into plain, figure, answer and term pieces.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from bot.answer import Answer, PassageResult

TELEGRAM_MAX_CHARS = 4096
TELEGRAM_MAX_ENTITIES = 100
_QUESTION_ECHO_CHARS = 120

SegmentKind = Literal["plain", "figure", "answer", "term"]


@dataclass(frozen=True)
class Segment:
    kind: SegmentKind
    text: str


def segments(result: PassageResult, answer_text: str | None = None, terms: bool = True) -> list[Segment]:
    """The passage text cut into highlight pieces; figures win over overlapping term spans."""
    text = result.passage.text
    marks: list[SegmentKind] = ["plain"] * len(text)
    if terms:
        for start, end in result.term_spans:
            for i in range(max(0, start), min(len(text), end)):
                marks[i] = "term"
    answered = False
    for figure in result.figures:
        kind: SegmentKind = "figure"
        if not answered and answer_text is not None and figure.text == answer_text:
            kind = "answer"
            answered = True
        for i in range(figure.start, min(len(text), figure.end)):
            marks[i] = kind
    out: list[Segment] = []
    for i, ch in enumerate(text):
        if out and out[-1].kind == marks[i]:
            out[-1] = Segment(marks[i], out[-1].text + ch)
        else:
            out.append(Segment(marks[i], ch))
    return out


def citation(result: PassageResult) -> str:
    """Where a passage comes from: document title, section, paragraph."""
    p = result.passage
    parts = [f"《{p.title}》"]
    if p.section:
        parts.append(p.section)
    parts.append(f"第{p.paragraph}段 ¶{p.paragraph}")
    return " · ".join(parts)


# ---------------------------------------------------------------- Telegram HTML

def format_html(
    answer: Answer,
    shown: int = 3,
    offset: int = 0,
    examples: Sequence[str] = (),
) -> str:
    """The Telegram reply for ``answer``: passages ``offset`` .. ``offset + shown``."""
    if not answer.found:
        return format_no_answer_html(answer.question, examples)
    picked = answer.results[offset : offset + shown]
    if not picked:
        return "沒有更多段落了。/ No more passages for this question."
    lines: list[str] = []
    entities = 0
    if offset == 0 and answer.text:
        lines.append(f"💡 <b>{_esc(answer.text)}</b>")
        entities += 1
    if answer.translations:
        pairs = ", ".join(f"{_esc(t.english)} → {_esc(t.term)}" for t in answer.translations[:8])
        lines.append(f"🔤 <i>{pairs}</i>")
        entities += 1
    budget = TELEGRAM_MAX_ENTITIES - entities - 2 * len(picked) - 2
    blocks: list[str] = []
    for n, result in enumerate(picked, start=offset + 1):
        body, used = _html_passage(result, answer.text if n == 1 else None, budget)
        budget -= used
        blocks.append(f"{n}. {body}\n<i>— {_esc(citation(result))}</i>")
    text = "\n".join(lines + ([""] if lines else []) + ["\n\n".join(blocks)])
    remaining = len(answer.results) - (offset + len(picked))
    if remaining > 0:
        text += f"\n\n({remaining} more · 還有{remaining}段)"
    return fit_html(text)


def _html_passage(result: PassageResult, answer_text: str | None, budget: int) -> tuple[str, int]:
    segs = segments(result, answer_text, terms=True)
    if sum(1 for s in segs if s.kind != "plain") > budget:
        segs = segments(result, answer_text, terms=False)
    out: list[str] = []
    used = 0
    for seg in segs:
        piece = _esc(seg.text)
        if seg.kind != "plain" and used < budget:
            tag = "u" if seg.kind == "term" else "b"
            piece = f"<{tag}>{piece}</{tag}>"
            used += 1
        out.append(piece)
    return "".join(out), used


def format_no_answer_html(question: str, examples: Sequence[str] = ()) -> str:
    """A helpful reply when the corpus does not answer the question."""
    lines = [
        "🤷 沒有找到相關內容。/ Nothing in the documents answers that.",
    ]
    if question.strip():
        lines.append(f"<i>{_esc(_shorten(question.strip(), _QUESTION_ECHO_CHARS))}</i>")
    if examples:
        lines.append("")
        lines.append("可以這樣問 · Try for example:")
        lines.extend(f"• {_esc(q)}" for q in examples[:4])
    return fit_html("\n".join(lines))


def fit_html(text: str, limit: int = TELEGRAM_MAX_CHARS) -> str:
    """Cut HTML so that its parsed text stays within ``limit``, never inside a tag or entity."""
    if visible_length(text) <= limit:
        return text
    out: list[str] = []
    open_tags: list[str] = []
    visible = 0
    i = 0
    reserve = 1  # for the ellipsis
    while i < len(text) and visible < limit - reserve:
        ch = text[i]
        if ch == "<":
            end = text.index(">", i)
            tag = text[i : end + 1]
            name = tag.strip("</>").split()[0]
            if tag.startswith("</"):
                if open_tags and open_tags[-1] == name:
                    open_tags.pop()
            else:
                open_tags.append(name)
            out.append(tag)
            i = end + 1
            continue
        if ch == "&":
            end = text.index(";", i)
            out.append(text[i : end + 1])
            i = end + 1
        else:
            out.append(ch)
            i += 1
        visible += _utf16_len(out[-1] if not out[-1].startswith("&") else "x")
    out.append("…")
    out.extend(f"</{name}>" for name in reversed(open_tags))
    return "".join(out)


def visible_length(html_text: str) -> int:
    """Length in UTF-16 code units of the text Telegram shows for ``html_text``."""
    total = 0
    i = 0
    while i < len(html_text):
        ch = html_text[i]
        if ch == "<":
            i = html_text.index(">", i) + 1
            continue
        if ch == "&":
            end = html_text.index(";", i)
            total += _utf16_len(html.unescape(html_text[i : end + 1]))
            i = end + 1
            continue
        total += _utf16_len(ch)
        i += 1
    return total


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------- console

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


# ---------------------------------------------------------------- JSON contract

def answer_to_json(answer: Answer, limit: int = 10) -> dict[str, Any]:
    """``{"question", "answer", "confident", "passages": [{"text", "score", "doc", "paragraph", "figures"}]}``.

    ``confident`` is false only when passages are shown that are possibly related.
    """
    return {
        "question": answer.question,
        "answer": answer.text,
        "confident": not answer.hedged,
        "passages": [
            {
                "text": r.passage.text,
                "score": round(float(r.score), 6),
                "doc": r.passage.doc,
                "paragraph": r.passage.paragraph,
                "figures": [f.text for f in r.figures],
            }
            for r in answer.results[:limit]
        ],
    }
