"""The value of a number as a figure writes it: with its multiplier and whether it is
approximate (300多萬), as a share (三分之一, 4.5‰, 15.1/10萬, 7成, 1：7), with a decimal part in
words (三點五), or as a time in several units (3分33秒62)."""

from __future__ import annotations

import re

from index.figures.numerals import MULTIPLIERS, arabic_number, chinese_number, compound_number, number_value

_NOT_APPROXIMATE = str.maketrans("", "", "余餘多")
_RATIO_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:/|比|[:：])\s*(\d+(?:\.\d+)?)")

_TIME_PART_RE = re.compile(r"(\d+(?:[.．]\d+)?)\s*(小時|小时|時|时|分鐘|分钟|分|秒)?")
_PART_SECONDS = {"小時": 3600, "小时": 3600, "時": 3600, "时": 3600, "分鐘": 60, "分钟": 60, "分": 60, "秒": 1}


def seconds(text: str) -> float:
    """How many seconds a time in several units is (3分33秒62 → 213.62, 2小時15分 → 8100); the
    digits after 秒 are its hundredths (9秒58 → 9.58)."""
    total, last = 0.0, ""
    for number, unit in _TIME_PART_RE.findall(text):
        value = float(number.replace("．", "."))
        if unit:
            total += value * _PART_SECONDS[unit]
        elif last == "秒":
            total += value / 10 ** len(number)
        last = unit
    return total


def amount(text: str) -> tuple[float | None, bool]:
    """The value of a number with its multiplier (4.5萬 → 45000, 300多萬 → 3,000,000) and
    whether it is approximate (多, 余)."""
    plain = text.translate(_NOT_APPROXIMATE)
    approximate = len(plain) != len(text)
    if plain.isascii() and plain.replace(".", "", 1).isdigit():
        return float(plain), approximate  # 5821, 4.5 (most figures): as the steps below would read it
    compound = compound_number(plain)
    if compound is not None:
        return compound, approximate
    if plain and plain[-1] not in "萬万億亿千":
        return number_value(plain), approximate
    for mult, factor in MULTIPLIERS.items():
        if plain.endswith(mult) and len(plain) > len(mult):
            value = arabic_number(plain[: -len(mult)])
            if value is not None:
                return value * factor, approximate
    return number_value(plain), approximate


def percent_value(text: str) -> float | None:
    text = text.strip()
    if text.endswith("‰"):  # per mille: 4.5‰ is 0.45%
        value = arabic_number(text[:-1].strip())
        return None if value is None else value / 10.0
    per = _PER_TEN_THOUSAND_RE.fullmatch(text)
    if per:  # 15.1/10萬: per 100,000
        value = arabic_number(per.group(1))
        return None if value is None else 100.0 * value / (float(per.group(2) or 1) * 1e4)
    text = text.rstrip("%％ ").strip()
    if "分之" in text:  # 三分之一, 千分之五, 百分之三點五
        whole, part = text.split("分之", 1)
        denominator = number_value(whole) or {"千": 1000.0, "百": 100.0, "万": 1e4, "萬": 1e4}.get(whole)
        numerator = decimal(part)
        if not denominator or numerator is None:
            return None
        return 100.0 * numerator / denominator
    ratio = _RATIO_RE.fullmatch(text)
    if ratio:  # 1/3, 1：7, 1比3: the first part's share of the second
        first, second = float(ratio.group(1)), float(ratio.group(2))
        return 100.0 * first / second if second else None
    if text.rstrip("多余餘").endswith("成"):
        tenths = number_value(text.rstrip("多余餘").rstrip("成"))
        return None if tenths is None else tenths * 10.0
    return arabic_number(text)


_PER_TEN_THOUSAND_RE = re.compile(r"([\d,.．]+)/(\d*)[万萬]")


def decimal(text: str) -> float | None:
    """A numeral with its decimal part in words (三點五 → 3.5) or digits."""
    whole, mark, fraction = re.split("([點点])", text, maxsplit=1) if re.search("[點点]", text) else (text, "", "")
    value = number_value(whole)
    if value is None or not mark:
        return value
    digits = [chinese_number(ch) for ch in fraction]
    if any(d is None for d in digits):
        return None
    return float(f"{int(value)}." + "".join(str(int(d)) for d in digits if d is not None))
