"""Times of day: what 上午10時, 9點半, 12時26分 or 22:30 say, in minutes after midnight."""

from __future__ import annotations

import re

from index.figures.forms import DAY_PARTS
from index.figures.numerals import chinese_number

#: Parts of the day whose hours are the afternoon's or the evening's (下午3時 is 15:00).
_LATE = frozenset({"下午", "晚上", "傍晚", "夜間", "夜间", "深夜", "當晚", "当晚", "晚間", "晚间", "晚"})
_NOON = frozenset({"中午", "正午"})  # 中午1點 is 13:00, 中午12點 12:00
_DAY_NAMES = frozenset("今昨明每當当前隔本")  # 今晚, 每晚, 當晚: one word with 晚 or 早
_PART_BEFORE_RE = re.compile("(?:" + "|".join(DAY_PARTS) + ")$")
_TIME_RE = re.compile(
    "(?P<part>" + "|".join(DAY_PARTS) + r")?(?P<hour>\d{1,2}|[一二兩两三四五六七八九十]{1,3})"
    r"(?:[:：](?P<colon>\d{2})|[點点時时](?:(?P<minutes>\d{1,2}|[零一二三四五六七八九十]{1,3})分|(?P<half>半)|(?P<quarter>[一三])刻)?)"
)


def day_part_before(text: str, start: int) -> str:
    """The part of the day written right before ``start`` in ``text`` (上午, 晚上; 晚 or 早 with
    the day it names: 今晚, 每晚), or ""."""
    match = _PART_BEFORE_RE.search(text, max(0, start - 2), start)
    if match is None:
        return ""
    part = match.group()
    if len(part) == 1 and start >= 2 and text[start - 2] in _DAY_NAMES:
        return text[start - 2 : start]
    return part


def names_day_part(text: str) -> bool:
    """Whether the time of day ``text`` writes its part of the day (下午5時; not 5時)."""
    match = _TIME_RE.search(text)
    return match is not None and match.group("part") is not None


def time_of_day(text: str) -> float | None:
    """Minutes after midnight that a time of day says (上午10時 → 600, 晚8点 → 1200, 9點半 → 570)."""
    match = _TIME_RE.search(text)
    if match is None:
        return None
    hour = _number(match.group("hour"))
    if match.group("colon"):
        minutes = int(match.group("colon"))
    elif match.group("minutes"):
        minutes = _number(match.group("minutes"))
    elif match.group("half"):
        minutes = 30
    elif match.group("quarter"):
        minutes = 15 * (1 if match.group("quarter") == "一" else 3)
    else:
        minutes = 0
    if hour is None or minutes is None or hour > 24 or minutes > 59:
        return None
    part = match.group("part") or ""
    if (part in _LATE and hour < 12) or (part in _NOON and hour < 11):
        hour += 12
    elif part == "凌晨" and hour == 12:
        hour = 0
    return float(hour * 60 + minutes)


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    value = chinese_number(text)
    return None if value is None else int(value)
