"""How the documents may write a number a question types in digits otherwise: with thousands
separators (3,000), or in Chinese numerals (百日 for 100天) -- a number so written is one they
mention."""

from __future__ import annotations

import re

from index.figures.numerals import CN_NUMERAL_CHARS, chinese_number
from index.question_words import MEASURE_WORDS
from index.search import Index


def written_in_thousands(index: Index, number: str) -> bool:
    """Whether the documents may write ``number`` (four digits or more) with thousands separators
    (3000 as 3,000, which the index holds as 3 and 000): they hold every group of it."""
    if not number.isdigit() or len(number) < 4 or number.startswith("0"):
        return False
    return all(index.doc_freq(part) > 0 for part in f"{int(number):,}".split(","))


#: What may follow a number written in Chinese numerals, in one word with it (百日, 三年, 两个).
_AFTER_NUMERAL = MEASURE_WORDS | frozenset("日周")


def written_in_numerals(index: Index, number: str) -> bool:
    """Whether the documents write ``number`` (1 to 9999) in Chinese numerals, alone or with a
    measure word in one word (100 as 一百, or 百日 for 100天): they hold a word so made."""
    if not number.isdigit() or not 0 < int(number) < 10_000:
        return False
    value = int(number)
    for first in "一二两三四五六七八九十百千":
        for term in index.terms_starting(first, limit=500):
            numeral = term.rstrip("".join(_AFTER_NUMERAL - frozenset(CN_NUMERAL_CHARS)))
            if len(term) - len(numeral) > 1 or any(ch not in CN_NUMERAL_CHARS for ch in numeral):
                continue
            if chinese_number(numeral) == value:
                return True
    return False


#: A number written with thousands separators (24,600), which the question's words cut in groups.
_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+")


def grouped_written(index: Index, text: str, group: str) -> bool:
    """Whether ``group`` is a group of a number ``text`` writes with thousands separators ("the
    24,600 senior cadres": 24 and 600) that the documents write: in its groups too, or in 万 or 亿
    (2.46萬名), as Chinese writes large numbers -- the question names no number they lack."""
    for found in _GROUPED_RE.finditer(text):
        groups = found.group().split(",")
        if group in groups:
            whole = "".join(groups)
            if written_in_thousands(index, whole) or written_in_myriads(index, int(whole)):
                return True
            if written_in_numerals(index, whole):
                return True  # "per 1,000 residents": 每千人口, the thousand in a numeral
    return False


#: Two years a span writes with the second cut to its last two digits ("the 2024-25 season").
_YEAR_SPAN_RE = re.compile(r"(?<!\d)((?:1[0-9]|20)\d\d)\s*[-–/]\s*(\d\d)(?!\d)")


def span_year_written(index: Index, text: str, part: str) -> bool:
    """Whether ``part`` is the second year of a span ``text`` writes short ("the 2024-25 fire
    season": 25 for 2025, the year after 2024) that the documents write whole: no number they lack."""
    for found in _YEAR_SPAN_RE.finditer(text):
        first, second = found.group(1), found.group(2)
        if second != part:
            continue
        year = int(first[:2] + second)
        if year == int(first) + 1 and index.doc_freq(str(year)) > 0:
            return True
    return False


def written_in_myriads(index: Index, number: int) -> bool:
    """Whether the documents write ``number`` (10,000 or more) in 万 or 亿 (24600 as 2.46万): they
    hold its decimal in that unit (to four places, as written)."""
    for size in (100_000_000, 10_000):
        if number >= size:
            decimal = f"{number / size:.4f}".rstrip("0").rstrip(".")
            return index.doc_freq(decimal) > 0
    return False
