"""An answer as Telegram HTML: escaped, at most 4096 characters once parsed, at most 100 entities.

Three outcomes: a confident answer (the direct answer in bold when a figure was asked for, then
the passages); passages that are only *possibly related* (marked so on every page, with a direct
answer only when the engine is sure of the figure); or nothing (a note and example questions).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from bot.answer import Answer, PassageResult
from bot.format.segments import citation, segments
from bot.format.text import NOTHING_FOUND, POSSIBLY_RELATED, TRY_THESE, esc, shorten

TELEGRAM_MAX_CHARS = 4096
TELEGRAM_MAX_ENTITIES = 100
_QUESTION_ECHO_CHARS = 120


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
    if answer.hedged:
        lines.append(f"🤔 <i>{esc(POSSIBLY_RELATED)}</i>")
        entities += 1
    if offset == 0 and answer.text:
        lines.append(f"💡 <b>{esc(answer.text)}</b>")
        entities += 1
    if answer.translations:
        pairs = ", ".join(f"{esc(t.english)} → {esc(t.term)}" for t in answer.translations[:8])
        lines.append(f"🔤 <i>{pairs}</i>")
        entities += 1
    budget = TELEGRAM_MAX_ENTITIES - entities - 2 * len(picked) - 2
    blocks: list[str] = []
    for n, result in enumerate(picked, start=offset + 1):
        body, used = _html_passage(result, answer.text if n == 1 else None, budget)
        budget -= used
        blocks.append(f"{n}. {body}\n<i>— {esc(citation(result))}</i>")
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
        piece = esc(seg.text)
        if seg.kind != "plain" and used < budget:
            tag = "u" if seg.kind == "term" else "b"
            piece = f"<{tag}>{piece}</{tag}>"
            used += 1
        out.append(piece)
    return "".join(out), used


def format_no_answer_html(question: str, examples: Sequence[str] = ()) -> str:
    """A helpful reply when the corpus does not answer the question."""
    lines = [f"🤷 {esc(NOTHING_FOUND)}"]
    if question.strip():
        lines.append(f"<i>{esc(shorten(question.strip(), _QUESTION_ECHO_CHARS))}</i>")
    if examples:
        lines.append("")
        lines.append(esc(TRY_THESE))
        lines.extend(f"• {esc(q)}" for q in examples[:4])
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
