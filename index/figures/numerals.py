"""The values of numbers as news text writes them: Arabic (ASCII or full-width, with thousands
separators), Chinese numerals (十二, 一百二十, 兩萬三千) and the multipliers 萬/億 after either."""

from __future__ import annotations

import re

_CN_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "貳": 2, "贰": 2, "兩": 2, "两": 2, "三": 3, "參": 3,
    "叁": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陸": 6, "陆": 6, "七": 7, "柒": 7, "八": 8,
    "捌": 8, "九": 9, "玖": 9,
}
_CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG_UNITS = {"萬": 10_000, "万": 10_000, "億": 100_000_000, "亿": 100_000_000}
#: The characters of a Chinese numeral (for patterns).
CN_NUMERAL_CHARS = "".join([*_CN_DIGITS, *_CN_SMALL_UNITS, *_CN_BIG_UNITS])
MULTIPLIERS = {"萬億": 1e12, "万亿": 1e12, "萬": 1e4, "万": 1e4, "億": 1e8, "亿": 1e8, "千萬": 1e7, "千万": 1e7,
               "百萬": 1e6, "百万": 1e6, "千": 1e3}


def chinese_number(text: str) -> float | None:
    """The value of a Chinese numeral: 十五 → 15, 兩 → 2, 二百零五 → 205, 一百二十 → 120,
    兩萬三千 → 23000, 一九四六 → 1946 (digit by digit); None when ``text`` is not one."""
    if not text:
        return None
    if len(text) > 1 and all(ch in _CN_DIGITS for ch in text):
        return float("".join(str(_CN_DIGITS[ch]) for ch in text))  # 一九四六, 二〇二三
    total = 0  # sections already closed by 萬/億
    section = 0  # this section's value below 萬
    current = 0  # the digit waiting for its unit
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_SMALL_UNITS:
            section += (current or 1) * _CN_SMALL_UNITS[ch]
            current = 0
        elif ch in _CN_BIG_UNITS:
            big = _CN_BIG_UNITS[ch]
            value = (section + current) or (1 if not total else 0)
            total = (total + value) * big if big > 10_000 or total < big else total + value * big
            section = current = 0
        else:
            return None
    return float(total + section + current)


def arabic_number(text: str) -> float | None:
    """The value of an Arabic number: 8821, ８８２１, 2,790,060, 4.5, 4．5."""
    text = text.replace(",", "").replace("，", "").replace("．", ".").strip()
    try:
        return float(text) if text else None
    except ValueError:
        return None


_COMPOUND_RE = re.compile(r"(?:(\d[\d,]*)[億亿]零?)?(?:(\d[\d,]*[千仟]?)[餘余多]?[萬万]零?)?(\d[\d,]*[千仟]?)?")


def _thousands(text: str) -> float | None:
    """Arabic digits, or a digit and 千 (3千 → 3,000)."""
    if text[-1:] in ("千", "仟"):
        value = arabic_number(text[:-1])
        return None if value is None else value * 1000
    return arabic_number(text)


def compound_number(text: str) -> float | None:
    """The value of Arabic digits written around 億/萬, as Taiwanese news writes a large count:
    2,340萬4,096 → 23,404,096, 1萬零234 → 10,234, 3億2,000萬 → 320,000,000, 13萬3千 → 133,000,
    1億2千萬 → 120,000,000; None for anything else (4.5萬 and 300萬 are a number times its
    multiplier: :data:`MULTIPLIERS`)."""
    match = _COMPOUND_RE.fullmatch(text)
    if match is None or sum(part is not None for part in match.groups()) < 2:
        return None
    yi, wan, rest = (_thousands(part) if part else 0.0 for part in match.groups())
    if yi is None or wan is None or rest is None or (match.group(1) and wan >= 10_000) or rest >= 10_000:
        return None
    return yi * 1e8 + wan * 1e4 + rest


def compound_precision(text: str) -> float | None:
    """The place value of the last digit of a count written around 億/萬 at the start of ``text``
    (2,340萬4,096人 → 1, 3億2,000萬元 → 10,000,000), None when ``text`` starts with no such count."""
    match = _COMPOUND_RE.match(text)
    if match is None or sum(part is not None for part in match.groups()) < 2:
        return None
    for digits, place in ((match.group(3), 1.0), (match.group(2), 1e4), (match.group(1), 1e8)):
        if digits:
            if digits[-1] in ("千", "仟"):
                digits, place = digits[:-1], place * 1000
            plain = digits.replace(",", "")
            return place * 10.0 ** (len(plain) - len(plain.rstrip("0")))
    return None


def number_value(text: str) -> float | None:
    """The value of a number written either way (Arabic or Chinese), None when it is neither."""
    value = arabic_number(text)
    return value if value is not None else chinese_number(text)
