"""Numbers that label rather than count: part of a name written in Latin letters (PM2.5, G20,
COVID-19, DC-9), a factor before × (4×100米: a relay over 100米, no count of four), a place's
name (三門峽), or a group of a telephone number (400-820-1234). :func:`index.figures.find_figures`
reads none of them as a figure."""

from __future__ import annotations

import re
import string

#: A Latin letter right before a number, or before a hyphen before it.
_NAMED_BEFORE_RE = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ][-－]?$")
#: Two Latin letters right before a number (a word, not a letter naming a model), and a
#: magnitude written in its figure.
_WORD_BEFORE_RE = re.compile(r"[A-Za-z]{2}$")
_MAGNITUDE_RE = re.compile(r"[万萬亿億千]")
#: A year written against a word in Latin letters (Bee Gees1960年代的歌曲): no model's number.
_YEAR_RE = re.compile(r"[12]\d{3}年")
#: A factor written before ×/x and a number.
_TIMES_AFTER_RE = re.compile(r"\s?[x×X]\s?\d")
#: Digits in three or more groups joined by hyphens (400-820-1234, 0571-8888-6666).
_TELEPHONE_RE = re.compile(r"(?<![\d\-－])\d{2,4}(?:[\-－]\d{3,4}){2,}(?![\d\-－])")
_HYPHENS = ("-", "－")
#: A place named with a numeral and a measure word (三門峽, 五台山, 七台河).
_PLACE_RE = re.compile(r"[一二三四五六七八九十][门門台臺][峡峽山河]")


#: What may stand right before a label's number (a Latin letter, a hyphen, or a line break, before
#: which ``$`` matches too) and right after a factor (×, x, or a space): a cheap test first, passed
#: by every text the patterns above match, so most figures are never searched.
_FULL_WIDTH_LETTERS = "".join(chr(ord(ch) + 0xFEE0) for ch in string.ascii_letters)  # Ａ-Ｚ, ａ-ｚ
_LAST_BEFORE = frozenset(string.ascii_letters + _FULL_WIDTH_LETTERS + "-－\n")
_TIMES = frozenset("x×X")


def is_label(text: str, start: int, end: int) -> bool:
    """Whether the number read at ``text[start:end]`` labels something rather than counts."""
    if text[start - 1 : start] in _LAST_BEFORE and _NAMED_BEFORE_RE.search(text, max(0, start - 2), start):
        # ...but a word's amount written against it is no label: 全区GDP4.8亿元 (a word of two
        # letters or more, then a figure in 万/亿 -- as index.runs reads it -- or a year), unlike
        # PM2.5, G20
        if not _WORD_BEFORE_RE.search(text, max(0, start - 2), start):
            return True
        return not (_MAGNITUDE_RE.search(text, start, end) or _YEAR_RE.match(text, start, end))
    after = text[end : end + 1]
    if (after in _TIMES or after.isspace()) and _TIMES_AFTER_RE.match(text, end):
        return True
    if end - start == 2 and _PLACE_RE.match(text, start):
        return True
    if text[start - 1 : start] not in _HYPHENS and text[end : end + 1] not in _HYPHENS:
        return False
    near = _TELEPHONE_RE.finditer(text, max(0, start - 15), end + 15)
    return any(found.start() <= start < found.end() for found in near)
