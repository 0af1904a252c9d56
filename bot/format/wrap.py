"""Wrapping styled text to a terminal's width: CJK characters take two columns, figures and
Latin words are never split, continuation lines hang under the first line's text.

Text comes as *parts* -- ``(text, style)`` pairs, where ``style`` is whatever the caller paints
with (an ANSI sequence, or ``""``). :func:`wrap_parts` returns lines of parts; the caller joins
them. Parts whose style is in ``whole`` (figures) stay on one line as a unit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence

Part = tuple[str, str]

#: Punctuation that must not start a line: it stays with what stands before it.
_CLOSING = set("，。、；：？！）」』”’》〉】〕…—,.;:?!)]}%·")
#: Punctuation that must not end a line: it goes with what follows.
_OPENING = set("（「『“‘《〈【〔([{¶")
#: A Latin word or a number with its inner marks (4.5, 2023-24, 99.67%, don't): never split.
_TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:[.,:/'’\-][A-Za-z0-9]+)*%?|\s+|.", re.S)


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide and full-width characters (CJK) two, combining
    marks and zero-width characters none, everything else one."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Cf", "Mn", "Me", "Cc"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def wrap_parts(parts: Sequence[Part], width: int, indent: int, whole: Collection[str] = ()) -> list[list[Part]]:
    """Lines of at most ``width`` columns; every line after the first starts with ``indent`` spaces
    (the first line's prefix, such as ``"1. "``, is the caller's first part and is kept as given).
    A unit wider than a whole line is the only thing ever cut."""
    lines: list[list[Part]] = [[]]
    used = 0
    content = False  # the current line holds text beyond its prefix or indent
    pending_space = False
    for unit in _units(parts, whole):
        text = "".join(t for t, _ in unit)
        if text.isspace():
            if len(lines) == 1 and not content:
                lines[0].extend(unit)  # the caller's own leading spaces
                used += display_width(text)
            else:
                pending_space = content
            continue
        size = display_width(text)
        gap = 1 if pending_space else 0
        pending_space = False
        if content and used + gap + size > width:
            lines.append([(" " * indent, "")] if indent else [])
            used, gap = indent, 0
        if gap:
            lines[-1].append((" ", ""))
            used += 1
        if used + size > width:
            used = _cut_into(lines, unit, width, indent, used, whole)
        else:
            lines[-1].extend(unit)
            used += size
        content = True
    return lines


def _cut_into(
    lines: list[list[Part]], unit: list[Part], width: int, indent: int, used: int, whole: Collection[str]
) -> int:
    """Place a unit too wide for any line character by character, breaking where it must; a whole
    part (a figure) that fits a line by itself goes to the next line whole instead ("“" + a figure
    as wide as the line keeps the figure whole and lets the mark end the line)."""
    for text, style in unit:
        size = display_width(text)
        if style in whole and size <= width - indent:
            if used + size > width and used > indent:
                lines.append([(" " * indent, "")] if indent else [])
                used = indent
            lines[-1].append((text, style))
            used += size
            continue
        for ch in text:
            size = display_width(ch)
            if used + size > width and used > indent:
                lines.append([(" " * indent, "")] if indent else [])
                used = indent
            lines[-1].append((ch, style))
            used += size
    return used


def _units(parts: Sequence[Part], whole: Collection[str]) -> list[list[Part]]:
    """The text cut into pieces a line may break between: a whole figure, a Latin word or
    number, one CJK character, a run of spaces -- with punctuation kept on the right side."""
    units: list[list[Part]] = []
    join_next = False
    for text, style in parts:
        tokens = ([text] if text else []) if style in whole else _TOKEN_RE.findall(text)
        for token in tokens:
            if token.isspace():
                units.append([(token, style)])
                join_next = False
                continue
            if token[0] in _CLOSING and len(units) >= 2 and _is_space(units[-1]):
                units[-2].extend(units.pop())  # "word ·": the mark stays with its word
            if (join_next or token[0] in _CLOSING) and units and not _is_space(units[-1]):
                units[-1].append((token, style))
            else:
                units.append([(token, style)])
            join_next = token[-1] in _OPENING and style not in whole
    return units


def _is_space(unit: list[Part]) -> bool:
    return "".join(t for t, _ in unit).isspace()
