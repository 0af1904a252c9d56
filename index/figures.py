"""Recognise the figures of Chinese news text, with their units, qualifiers and values.

Examples: 8821家, 4.5萬名 (45,000), 433.6萬名, 2.7萬余起 (about 27,000), 2900多名, 99.67%,
20周年, 2023年4月至2024年1月 (a date range), 十五屆四次 (a session number), 兩批 (2 batches),
第二批 (an ordinal). Works on the original text (either script, ASCII or full-width digits);
spans refer to that text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

FigureKind = Literal["count", "percent", "date", "ordinal", "number"]

_CN_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "貳": 2, "贰": 2, "兩": 2, "两": 2, "三": 3, "參": 3,
    "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
_CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_MULTIPLIERS = {"萬": 1e4, "万": 1e4, "億": 1e8, "亿": 1e8, "萬億": 1e12, "万亿": 1e12, "千": 1e3, "百": 1e2}

# Measure words and units that follow a number in news text (both scripts). Longest first.
_UNITS = sorted(
    """
    個百分點 个百分点 百分點 百分点 周年 週年 人次 戶次 户次 項目 项目 平方米 平方公里 公里 千米 小時 小时 分鐘 分钟
    萬元 万元 億元 亿元 美元 元 家 名 個 个 位 人 次 期 件 起 份 條 条 項 项 縣 县 所 座 場 场 批 屆 届 級 级
    歲 岁 天 戶 户 村 篇 本 部 台 輛 辆 艘 架 米 噸 吨 畝 亩 倍 成 點 点 類 类 種 种 支 隻 只 張 张 組 组
    處 处 塊 块 棟 幢 套 間 间 字 輪 轮 屆 章 節 节 段 頁 页 票 股 筆 笔 例 門 门 棵 株 頭 头 口 場次 场次
    """.split(),
    key=len,
    reverse=True,
)
_UNIT_ALT = "|".join(re.escape(u) for u in _UNITS)
_CN_NUM = "[零〇一二兩两三四五六七八九十百千壹貳贰參]+"
_NUM = r"\d+(?:[.．]\d+)?"
_MULT = "(?:萬億|万亿|萬|万|億|亿)"
_APPROX = "(?:余|餘|多)"
_DATE = r"\d{4}年(?:\d{1,2}月(?:\d{1,2}[日号號])?)?|\d{1,2}月\d{1,2}[日号號]|\d{1,2}月(?=[至到—\-~])"
_DATE_RANGE = rf"(?:{_DATE})(?:\s*(?:至|到|—|–|-|~)\s*(?:{_DATE}))?"

_FIGURE_RE = re.compile(
    rf"(?P<date>{_DATE_RANGE})"
    rf"|(?P<pct>百分之(?:{_NUM}|{_CN_NUM})|{_NUM}\s*[%％])"
    rf"|(?P<session>{_CN_NUM}[屆届]{_CN_NUM}次)"
    rf"|(?P<ordinal>第(?:{_NUM}|{_CN_NUM})(?:{_UNIT_ALT})?)"
    rf"|(?P<arabic>{_NUM}(?:{_MULT})?{_APPROX}?(?:{_UNIT_ALT})?)"
    rf"|(?P<chinese>{_CN_NUM}{_MULT}?{_APPROX}?(?:{_UNIT_ALT}))"
)
_NUM_RE = re.compile(_NUM)


@dataclass(frozen=True)
class Figure:
    """A figure as written (``text``), where it stands, and what it means."""

    text: str
    start: int
    end: int
    kind: FigureKind
    value: float | None
    unit: str = ""
    approximate: bool = False

    @property
    def number(self) -> str:
        """The leading number as written ("2.7" for 2.7萬余起, "2023" for 2023年4月)."""
        match = _NUM_RE.search(self.text)
        return match.group() if match else self.text


@lru_cache(maxsize=8192)
def passage_figures(text: str) -> tuple[Figure, ...]:
    """:func:`find_figures` for a passage, remembered: passages are read again and again."""
    return tuple(find_figures(text))


def find_figures(text: str) -> list[Figure]:
    """All figures in ``text``, left to right, not overlapping."""
    figures: list[Figure] = []
    for match in _FIGURE_RE.finditer(text):
        figure = _figure(match)
        if figure is not None:
            figures.append(figure)
    return figures


def _figure(match: re.Match[str]) -> Figure | None:
    text = match.group()
    start, end = match.span()
    group = match.lastgroup
    if group == "date":
        year = re.match(r"\d{4}", text)
        return Figure(text, start, end, "date", float(year.group()) if year else None, "年")
    if group == "pct":
        number = text.replace("百分之", "").rstrip("%％ ")
        return Figure(text, start, end, "percent", _value(number), "%")
    if group == "session":
        return Figure(text, start, end, "ordinal", chinese_number(text.split("屆")[0].split("届")[0]), "屆")
    if group == "ordinal":
        body = text[1:]
        unit = _unit_suffix(body)
        number = body[: len(body) - len(unit)] if unit else body
        return Figure(text, start, end, "ordinal", _value(number), unit)
    # Arabic or Chinese numeral with an optional multiplier, qualifier and unit.
    unit = _unit_suffix(text)
    rest = text[: len(text) - len(unit)] if unit else text
    approximate = bool(rest) and rest[-1] in "余餘多"
    if approximate:
        rest = rest[:-1]
    multiplier = 1.0
    for mult in ("萬億", "万亿", "萬", "万", "億", "亿"):
        if rest.endswith(mult) and len(rest) > len(mult):
            multiplier = _MULTIPLIERS[mult]
            rest = rest[: -len(mult)]
            break
    value = _value(rest)
    if group == "chinese":
        # A lone 一 before a measure word is an article ("一次直抵靈魂"), not a figure.
        if value is None or not unit or rest in ("一", "壹"):
            return None
    if value is None:
        return None
    kind: FigureKind = "count" if unit else "number"
    if unit in ("個百分點", "个百分点", "百分點", "百分点"):
        kind = "percent"
    return Figure(text, start, end, kind, value * multiplier, unit, approximate)


_UNIT_SET = frozenset(_UNITS)
_UNIT_LENGTHS = sorted({len(u) for u in _UNITS}, reverse=True)


def _unit_suffix(text: str) -> str:
    """The longest measure word ending ``text`` (and not all of it)."""
    for size in _UNIT_LENGTHS:
        if len(text) > size and text[-size:] in _UNIT_SET:
            return text[-size:]
    return ""


def _value(number: str) -> float | None:
    number = number.replace("．", ".").strip()
    if not number:
        return None
    try:
        return float(number)
    except ValueError:
        return chinese_number(number)


def chinese_number(text: str) -> float | None:
    """The value of a Chinese numeral: 十五 → 15, 兩 → 2, 二百零五 → 205, 三千 → 3000."""
    if not text:
        return None
    total = 0
    current = 0
    seen = False
    for ch in text:
        if ch in _CN_DIGITS:
            current = current * 10 + _CN_DIGITS[ch] if current and not seen else _CN_DIGITS[ch]
            seen = False
        elif ch in _CN_UNITS:
            unit = _CN_UNITS[ch]
            total += (current or 1) * unit
            current = 0
            seen = True
        else:
            return None
    return float(total + current)
