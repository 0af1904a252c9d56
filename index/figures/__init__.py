"""Recognise the figures of Chinese news text, with their units, qualifiers and values.

Examples: 8821家, 4.5萬名 (45,000), 2.7萬余起 (about 27,000), 兩個, 一百二十名, 2,790,060人, 3分33秒62,
99.67%, 約5～8％ (a range), 三成 (30%), 三分之一, 20周年, 47.3萬平方公里, 2023年4月至2024年1月
(a date range), 民國38年 (1949), 476年, 19世紀晚期, 1960-70年代, 上午10時 and 19:00～21:00 (times
of day), 十五屆四次 (a session),
第二批, 首屆 (ordinals). Works on the original text (either script, ASCII or full-width
digits); spans refer to that text.

The parts: :mod:`~index.figures.numerals` (the value of a numeral as written),
:mod:`~index.figures.values` (the value of a figure's number: multiplied, a share, a time),
:mod:`~index.figures.units` (measure words and what they measure), :mod:`~index.figures.forms`
(the patterns of a figure) -- and :func:`find_figures` here, which reads a text with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from index.figures.clock import day_part_before, names_day_part, time_of_day
from index.figures.forms import (
    FIGURE_RE, RANGE_MARKS, RANGE_SEP_RE, REIGN_YEAR, ROMAN_NUMERALS, WEEKDAY_RE, approximate_before, date_calendar,
    is_day_of_month, is_duration_year,
)
from index.figures.labels import is_label
from index.figures.numerals import arabic_number, chinese_number, compound_precision, number_value
from index.figures.units import PERCENT_UNITS, unit_dimension, unit_suffix
from index.figures.values import amount, percent_value, seconds

FigureKind = Literal["count", "percent", "date", "ordinal", "number", "time"]
_NUM_RE = re.compile(r"\d+(?:[.．]\d+)?")
_RANGE_END_RE = re.compile(rf"[{re.escape(RANGE_MARKS)}]\s*")
_RANGE_MARKS = frozenset(RANGE_MARKS)  # a cheap test first: most figures hold none
_IDIOMS = frozenset({"四處", "四处"})  # a numeral and a measure word that are a word of their own


#: What stands between a range's two parts (1928年3月14日—2016年11月2日, 2023年4月至2024年1月).
_RANGE_JOINERS = "—–-~～〜至到 "


@dataclass(frozen=True)
class Figure:
    """A figure as written (``text``), where it stands, and what it means.

    ``value`` is its number (a date's: its year; a time of day's: minutes after midnight),
    ``high`` the upper end of a range (5～8％: 8), ``split`` where the range's second part starts in ``text`` (0: not a range), ``parts``
    what a date names: ``y`` year, ``m`` month, ``d`` day, ``c`` century, ``x`` decade,
    ``a`` time ago, ``w`` a day of the week ("ymd", "ym", "md", "c", "w" ...).
    """

    text: str
    start: int
    end: int
    kind: FigureKind
    value: float | None
    unit: str = ""
    approximate: bool = False
    high: float | None = None
    split: int = 0
    parts: str = ""

    @property
    def number(self) -> str:
        """The leading number as written ("2.7" for 2.7萬余起, "2023" for 2023年4月)."""
        match = _NUM_RE.search(self.text)
        return match.group() if match else self.text

    @property
    def precision(self) -> float:
        """The place value of the number's last written digit (5萬 → 10,000; 4.5萬 → 1,000;
        300 → 100): how far a figure quoted roughly may stand from the one meant."""
        match = re.match(r"[\d,.．]+", self.text)
        if not match or self.value is None:
            return 1.0
        compound = compound_precision(self.text)
        if compound is not None:  # 2,340萬4,096: its last digits' place (3億2,000萬: in 萬)
            return compound
        digits = match.group().replace(",", "").replace("．", ".")
        whole, _, fraction = digits.partition(".")
        written = float(digits) if digits.strip(".") else 0.0
        scale = self.value / written if written else 1.0  # the multiplier (萬, 億)
        if fraction:
            return scale * 10.0 ** -len(fraction)
        return scale * 10.0 ** (len(whole) - len(whole.rstrip("0")))

    @property
    def dimension(self) -> str | None:
        """What the figure measures: "percent", "date", or its unit's dimension ("area", "age" ...)."""
        if self.kind in ("percent", "date"):
            return self.kind
        return unit_dimension(self.unit)

    def lower(self) -> Figure:
        """A range's first part as a figure of its own ("1928年3月14日" of 1928年3月14日—2016年11月2日)."""
        if not self.split:
            return self
        text = self.text[: self.split].rstrip(_RANGE_JOINERS)
        parts = _date_parts(text) if self.kind == "date" else ""
        return replace(self, text=text, end=self.start + len(text), high=None, split=0, parts=parts)

    def upper(self) -> Figure:
        """A range's second part as a figure of its own ("2024年1月" of 2023年4月至2024年1月)."""
        if not self.split:
            return self
        text = self.text[self.split :]
        year, _, _ = date_calendar(text) if self.kind == "date" else (None, None, None)
        value = float(year) if year is not None else self.high
        parts = _date_parts(text) if self.kind == "date" else ""
        return replace(self, text=text, start=self.start + self.split, value=value, high=None, split=0, parts=parts)


def calendar(figure: Figure) -> tuple[int | None, int | None, int | None]:
    """The (year, month, day) a date figure names (its first part), each None when not written."""
    return date_calendar(figure.text) if figure.kind == "date" else (None, None, None)


@lru_cache(maxsize=8192)
def passage_figures(text: str) -> tuple[Figure, ...]:
    """:func:`find_figures` for a passage, remembered: passages are read again and again."""
    return tuple(find_figures(text))


def find_figures(text: str) -> list[Figure]:
    """All figures in ``text``, left to right, not overlapping."""
    figures: list[Figure] = []
    for match in FIGURE_RE.finditer(text):
        written = match.group()
        start = match.start()
        group = match.lastgroup or ""
        if is_label(text, start, match.end()):
            continue  # PM2.5, 4×100米, 400-820-1234
        # a bare number of years ("300年", four characters; any after 距今) is read from the text around it
        if group == "date" and (
            (len(written) == 4 and is_duration_year(written, text, start))
            or (_AGO_RE.search(text, max(0, start - 5), start) and _YEARS_RE.fullmatch(written))
        ):
            value = arabic_number(written[:-1])
            figures.append(Figure(written, start, start + len(written), "count", value, "年",
                                  approximate_before(text, start)))
            continue
        if group == "clock" and _RATIO_BEFORE_RE.search(text, max(0, start - 4), start):
            group = "pct"  # 師生比為1:18: a ratio, not 1:18 in the morning
        if group == "clock":  # a time of day: with the part of the day written before it
            part = day_part_before(text, start)
            start -= len(part)
            written = part + written
        # and a bare "N日" is a day of the month unless the text around it makes it a number of days
        if group == "arabic" and len(written) <= 3 and is_day_of_month(written, text, start):
            figures.append(Figure(written, start, start + len(written), "date", None, "年", parts="d"))
            continue
        read = _figure(group, written)
        if read is None:
            continue
        if read.kind == "ordinal" and text[max(0, start - 2) : start] in _IN_A_ROW:
            read = replace(read, kind="count")  # 連續第8個月: eight months in a row
        sign = _sign_before(text, start) if read.kind in _SIGNED_KINDS and read.value else ""
        if sign:  # 零下12℃, 增長-0.5%: below zero
            start -= len(sign)
            read = replace(read, text=sign + read.text, end=len(sign) + read.end, value=-read.value)
        figures.append(_placed(read, start) if start else read)
    return _with_reigns(text, figures) if "年" in text and ("（" in text or "(" in text) else figures


_REIGN_BEFORE_RE = re.compile(REIGN_YEAR + "$")  # a reign's year, then the bracket a date stands in


def _with_reigns(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures`` with each reign's year and the bracketed year after it one date: 正德六年（1511年）
    is 1511 as written, and answers either way it is asked (正德几年, 公元哪一年)."""
    out: list[Figure] = []
    for figure in figures:
        close = text[figure.end : figure.end + 1]
        if figure.kind == "date" and figure.parts == "y" and not figure.split and close in ("）", ")"):
            reign = _REIGN_BEFORE_RE.search(text, max(0, figure.start - 12), figure.start)
            if reign is not None:
                while out and out[-1].end > reign.start():
                    out.pop()  # the reign's 六年, read as a count of years
                whole = text[reign.start() : figure.end + 1]
                out.append(replace(figure, text=whole, start=reign.start(), end=figure.end + 1))
                continue
        out.append(figure)
    return out


#: 距今約5000年: years before now, a length of time, not the year 5000.
_AGO_RE = re.compile(r"距今(?:约|約|大约|大約|超过|超過|已)?$")
_YEARS_RE = re.compile(r"\d{3,4}年")
#: Words before an ordinal that make it a count: 連續第8個月 is eight months in a row.
_IN_A_ROW = ("連續", "连续")
#: A ratio's word right before a number with a colon (師生比為1:18, 比例是3:2).
_RATIO_BEFORE_RE = re.compile(r"(?:比|比例|比率)(?:為|为|是|約為|约为|約|约|達|达)?\s*$")
#: What may be below zero: a count or a share (零下12℃, -0.5%), not a date or a time.
_SIGNED_KINDS = frozenset({"count", "number", "percent"})
#: A minus sign standing alone before a number (not a range's dash after another number: 3-5).
_SIGN_RE = re.compile(r"(?:零下|(?<![0-9A-Za-z０-９.．%％)）])[-－−])$")
#: What a sign's last character may be (or a line break, before which ``$`` matches): a cheap test first.
_SIGN_LAST = frozenset("下-－−\n")


def _sign_before(text: str, start: int) -> str:
    """The sign written right before a figure at ``start`` ("零下", "-"), or ""."""
    if text[start - 1 : start] not in _SIGN_LAST:
        return ""
    found = _SIGN_RE.search(text, max(0, start - 2), start)
    return found.group() if found else ""


_new_object = object.__new__


def _placed(read: Figure, start: int) -> Figure:
    """``read`` (a figure standing at 0) standing at ``start``: its fields copied as they are,
    without the frozen dataclass's ``__init__`` (one ``object.__setattr__`` a field: ~2.4 µs
    against ~0.7, for the two or three figures of each text read)."""
    figure = _new_object(Figure)
    fields = figure.__dict__
    fields.update(read.__dict__)
    fields["start"] = start
    fields["end"] = start + len(read.text)
    return figure


@lru_cache(maxsize=8192)
def _figure(group: str, text: str) -> Figure | None:
    """The figure a match of ``group`` writing ``text`` is, standing at 0 -- what it is does not
    depend on the text around it (but for a bare number of years: :func:`find_figures`), so it is
    remembered: the same figures ("一个", "2023年", "两个") come back in text after text."""
    start, end = 0, len(text)
    if group == "date":
        year, _, _ = date_calendar(text)
        split = _split(text)
        high, _, _ = date_calendar(text[split:]) if split else (None, None, None)
        return Figure(text, start, end, "date", None if year is None else float(year), "年",
                      high=None if high is None else float(high), split=split, parts=_date_parts(text))
    if group == "pct":
        return _percent(text, start, end)
    if group == "session":
        return Figure(text, start, end, "ordinal", chinese_number(re.split("[屆届]", text)[0]), "屆")
    if group == "first":
        return Figure(text, start, end, "ordinal", 1.0, text[1:])
    if group == "ordinal":
        body = text[1:]
        unit = unit_suffix(body) or (body[-1] if body[-1] in "大高号號" else "")
        return Figure(text, start, end, "ordinal", number_value(body[: len(body) - len(unit)]), unit)
    if group == "roman":  # Ⅰ級: the numeral's place in the row is its value
        return Figure(text, start, end, "count", float(ROMAN_NUMERALS.index(text[0]) + 1), text[1:])
    if group == "dateline":  # 今（17）日: the 17th, the day the report was written
        return Figure(text, start, end, "date", None, "年", parts="d")
    if group == "weekday":
        return Figure(text, start, end, "date", None, split=_split(text), parts="w")
    if group == "clock":
        split = _split(text)
        first = RANGE_SEP_RE.sub("", text[:split]) if split else text
        value = time_of_day(first)
        high = time_of_day(text[split:]) if split else None
        if value is None:
            return None
        if high is not None and high < value <= high + 720 and not names_day_part(text[split:]):
            high += 720  # 下午2時至5時: the second hour is the afternoon's too
        return Figure(text, start, end, "time", value, high=high, split=split)
    if group == "duration":
        years = _YEARS_MONTHS_RE.match(text)
        if years:  # 5年6個月, 兩年零三個月: in years, as 幾年 and 多久 ask
            whole, months = number_value(years.group(1)), number_value(years.group(2))
            if whole is None or months is None:
                return None
            return Figure(text, start, end, "count", whole + months / 12, "年")
        return Figure(text, start, end, "count", seconds(text), "秒")
    return _count(text, start, end, group == "chinese")


_YEARS_MONTHS_RE = re.compile(r"(\d+|[一二兩两三四五六七八九十]+)\s*年\s*零?(\d+|[一二兩两三四五六七八九十]+)")
_SHARED_MULTIPLIER_RE = re.compile(r"(?:萬億|万亿|千萬|千万|百萬|百万|萬|万|億|亿)(?=[余餘多]?$)")
#: What joins the ends of a range of bare numbers in words (6.5至7.0, 5～8), never a score or code.
_WORD_RANGE_MARKS = frozenset("至到～〜~")


def _count(text: str, start: int, end: int, chinese: bool) -> Figure | None:
    """A number with an optional multiplier, qualifier and unit; a range of them (3至5名)."""
    unit = unit_suffix(text)
    body = text[: len(text) - len(unit)] if unit else text
    split = _split(body)
    low_text, high_text = (body[:split], body[split:]) if split else (body, "")
    if not _RANGE_MARKS.isdisjoint(low_text):
        low_text = RANGE_SEP_RE.sub("", low_text)
        if unit and low_text.endswith(unit):  # 1.8厘米至2.5厘米: the unit written at both ends
            low_text = low_text[: -len(unit)]
    low, approximate = amount(low_text)
    high, high_approximate = amount(high_text) if high_text else (None, False)
    if low is None:
        return None
    shared = _SHARED_MULTIPLIER_RE.search(high_text) if high_text and low_text[-1:].isdigit() else None
    if shared is not None:  # 3至5萬名: the multiplier of the second end is the first's too
        low = amount(low_text + shared.group())[0] or low
    if "半" in unit:  # 三年半, 一個半月: and a half
        low, high = low + 0.5, None if high is None else high + 0.5
    kind: FigureKind = "count" if unit else "number"
    if unit in PERCENT_UNITS:
        kind = "percent"
    if high is not None and not unit and not chinese and _WORD_RANGE_MARKS.isdisjoint(body):
        return None  # "1-0", "7-34": scores and codes, not a range of something (規模6.5至7.0 is)
    if chinese and (not unit or (low_text in ("一", "壹") and "半" not in unit) or text in _IDIOMS):
        return None  # a lone 一 before a measure word is an article ("一次直抵靈魂"), not before 年半
    return Figure(text, start, end, kind, low, unit, approximate or high_approximate, high, split)


def _percent(text: str, start: int, end: int) -> Figure | None:
    split = _split(text)
    low_text = text[:split] if split else text
    low_text = RANGE_SEP_RE.sub("", low_text) if not _RANGE_MARKS.isdisjoint(low_text) else low_text
    if split and text.rstrip("多余餘").endswith("成"):  # 7至8成: both ends are tenths
        low_text += "成"
    low = percent_value(low_text)
    high = percent_value(text[split:]) if split else None
    if low is None:
        return None
    return Figure(text, start, end, "percent", low, "%", high=high, split=split)


def _split(text: str) -> int:
    """Where the second part of a range starts in ``text`` (0 when it is not a range)."""
    if _RANGE_MARKS.isdisjoint(text):
        return 0
    for match in _RANGE_END_RE.finditer(text):
        if match.start() > 0 and match.end() < len(text):
            return match.end()
    return 0


def _date_parts(text: str) -> str:
    """What a date (its first part, for a range) names: y, m, d, c, x, a, w (see :class:`Figure`)."""
    split = _split(text)
    first = text[:split] if split and not re.search(r"\d年代", text) else text
    if not re.search("[年月日号號紀纪]", first):
        first = text  # 2至4月: the unit is written once, after the range
    if WEEKDAY_RE.match(first):
        return "w"
    if "年代" in first:
        return "x"
    if re.search("世[紀纪]", first):
        return "c"
    if first.endswith("年前") or "年以前" in first:
        return "a"
    parts = ""
    if "年" in first:
        parts += "y"
    if "月" in first:
        parts += "m"
    if re.search("[日号號]", first):
        parts += "d"
    return parts or "y"


__all__ = ["Figure", "FigureKind", "calendar", "chinese_number", "find_figures", "passage_figures", "unit_dimension"]
