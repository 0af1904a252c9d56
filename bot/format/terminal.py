"""An answer as terminal text.

On a terminal (:meth:`TerminalStyle.for_stream`): figures bold, the direct answer bold yellow,
matched words underlined, citations dim -- unless ``NO_COLOR`` is set -- and every block wrapped
to the window's width with a hanging indent, never inside a figure (:mod:`bot.format.wrap`).
Anywhere else (a pipe, a file): plain text, one line per block, no markup characters at all.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from bot.answer import Answer
from bot.format.segments import citation, segments
from bot.format.text import NOTHING_FOUND, POSSIBLY_RELATED, TRY_THESE, plural
from bot.format.wrap import Part, wrap_parts

if TYPE_CHECKING:  # the engine's own reload summary uses bot.format.text
    from bot.engine import EngineStats, ReloadReport

_PAINT = {
    "answer": "\033[1;33m",
    "figure": "\033[1m",
    "term": "\033[4m",
    "cite": "\033[2m",
    "note": "\033[33m",
}
_RESET = "\033[0m"
_WHOLE = ("answer", "figure")
_MIN_WIDTH = 20


@dataclass(frozen=True)
class TerminalStyle:
    """How to print: ``color`` (ANSI) and ``width`` to wrap at (None: do not wrap)."""

    color: bool = False
    width: int | None = None

    @classmethod
    def for_stream(cls, stream: TextIO, environ: Mapping[str, str] | None = None) -> TerminalStyle:
        """Colour and wrapping only on a terminal; no colour when ``NO_COLOR`` is set (or TERM=dumb)."""
        env = os.environ if environ is None else environ
        try:
            tty = stream.isatty()
        except (AttributeError, ValueError):
            tty = False
        if not tty:
            return cls()
        color = not env.get("NO_COLOR") and env.get("TERM") != "dumb"
        return cls(color=color, width=shutil.get_terminal_size().columns)


PLAIN = TerminalStyle()


def format_console(
    answer: Answer,
    shown: int = 3,
    offset: int = 0,
    style: TerminalStyle = PLAIN,
    examples: Sequence[str] = (),
) -> str:
    """Terminal text for ``answer``: passages ``offset`` .. ``offset + shown``, each cited.

    A hedged answer (possibly related passages) says so first and has no direct-answer line
    unless the engine is sure of the figure. Nothing found: a line saying so and ``examples``.
    """
    if not answer.found:
        return format_nothing_found(examples, style)
    blocks: list[list[Part]] = []
    if answer.hedged:
        blocks.append([(POSSIBLY_RELATED, "note")])
    if answer.text and offset == 0:
        blocks.append([("答案 Answer: ", ""), (answer.text, "answer")])
    if answer.translations:
        blocks.append([("(" + ", ".join(f"{t.english} → {t.term}" for t in answer.translations) + ")", "")])
    lines = [line for block in blocks for line in _render(block, style, indent=2)]
    for n, result in enumerate(answer.results[offset : offset + shown], start=offset + 1):
        prefix = f"{n}. "
        parts: list[Part] = [(prefix, "")]
        for seg in segments(result, answer.text if n == 1 else None, terms=style.color):
            parts.append((seg.text, seg.kind if seg.kind != "plain" else ""))
        indent = len(prefix)
        lines.extend(_render(parts, style, indent))
        lines.extend(_render([(" " * indent, ""), (f"— {citation(result)}", "cite")], style, indent))
    return "\n".join(lines)


def format_nothing_found(examples: Sequence[str], style: TerminalStyle = PLAIN) -> str:
    """"Nothing found", with example questions the documents answer."""
    return "\n".join([render([(NOTHING_FOUND, "")], style), *([format_examples(examples, style)] if examples else [])])


def format_examples(examples: Sequence[str], style: TerminalStyle = PLAIN, heading: str = TRY_THESE) -> str:
    """A heading and one example question a line."""
    lines = _render([(heading, "")], style, 0)
    for question in examples:
        lines.extend(_render([("  • ", ""), (question, "")], style, 4))
    return "\n".join(lines)


def format_stats(stats: EngineStats) -> str:
    """The console's ``/stats`` line."""
    return (
        f"{plural(stats.documents, 'document')}, {plural(stats.passages, 'passage')} · "
        f"{plural(stats.questions, 'question')}, {stats.unanswered} without an answer, "
        f"{stats.hedged} possibly related"
    )


def format_reload(report: ReloadReport) -> str:
    """What a reload changed, in one line."""
    parts = [f"reloaded: {plural(report.documents, 'document')}, {plural(report.passages, 'passage')} "
             f"in {report.seconds:.2f} s"]
    for label, names in (("added", report.added), ("removed", report.removed), ("changed", report.changed)):
        if names:
            parts.append(f"{label}: {', '.join(names)}")
    if not (report.added or report.removed or report.changed):
        parts.append("no document changed")
    return "; ".join(parts)


def render(parts: Sequence[Part], style: TerminalStyle = PLAIN, indent: int = 0) -> str:
    """Any styled text (kinds: ``answer``, ``figure``, ``term``, ``cite``, ``note``) for the terminal."""
    return "\n".join(_render(parts, style, indent))


def _render(parts: Sequence[Part], style: TerminalStyle, indent: int) -> list[str]:
    if style.width is None:
        lines = [list(parts)]
    else:
        lines = wrap_parts(parts, max(style.width, _MIN_WIDTH), indent, whole=_WHOLE)
    return ["".join(_paint(text, kind, style.color) for text, kind in _merged(line)) for line in lines]


def _merged(line: Sequence[Part]) -> list[Part]:
    out: list[Part] = []
    for text, kind in line:
        if out and out[-1][1] == kind:
            out[-1] = (out[-1][0] + text, kind)
        else:
            out.append((text, kind))
    return out


def _paint(text: str, kind: str, color: bool) -> str:
    code = _PAINT.get(kind) if color else None
    return f"{code}{text}{_RESET}" if code else text
