"""A quarter or half year typed as its Latin code in a Chinese question (宁岳银行 Q3营收, 2025 H1
出口), read as Chinese texts write it (第三季度, 上半年): "q3" alone is a word no document holds."""

from __future__ import annotations

import re
from collections.abc import Callable

_NUMERALS = "一二三四"
_HALVES = {"1": "上半年", "2": "下半年"}
#: Q1-Q4 and H1/H2, not inside a longer Latin word or number (Q35, H1N1).
_PERIOD_RE = re.compile(r"(?<![A-Za-z0-9])(?:[Qq]([1-4])|[Hh]([12]))(?![A-Za-z0-9])")


def periods_written(text: str, written: Callable[[str], bool] = lambda term: False) -> str:
    """``text`` with quarter and half-year codes written in Chinese -- only in a question with
    Chinese characters (an English question reads "Q3" itself), and only codes the documents do
    not write as they are (``written``: whether the index holds a term)."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return text

    def chinese(match: re.Match[str]) -> str:
        if written(match.group().lower()):
            return match.group()
        quarter, half = match.groups()
        return f"第{_NUMERALS[int(quarter) - 1]}季度" if quarter else _HALVES[half]

    return _PERIOD_RE.sub(chinese, text)
