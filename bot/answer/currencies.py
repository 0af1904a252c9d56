"""Currency signs and codes (HK$, US$, NT$, RMB, €) and Latin units (km², m³/s, kg) typed in a
Chinese question, read as the measure words Chinese texts write the amounts in (港元, 美元,
新台币, 人民币, 欧元, 平方公里, 立方米/秒, 公斤): "每人消費多少 HK$" asks an amount in 港元, where "hk"
alone is a word no document holds."""

from __future__ import annotations

import re
from collections.abc import Callable

#: Each sign, code or Latin unit and the measure word it stands for.
_CURRENCIES = {
    "m³/s": "立方米/秒", "m3/s": "立方米/秒", "km²": "平方公里", "km2": "平方公里", "m²": "平方米",
    "km": "公里", "kg": "公斤", "kWh": "千瓦时", "kW": "千瓦", "MW": "兆瓦",
    "HK$": "港元", "HKD": "港元", "US$": "美元", "USD": "美元", "NT$": "新台币", "TWD": "新台币",
    "RMB": "人民币", "CNY": "人民币", "€": "欧元", "EUR": "欧元", "£": "英镑", "GBP": "英镑",
    "JPY": "日元", "MOP": "澳门元", "MOP$": "澳门元",
}
_BY_KEY = {key.upper(): word for key, word in _CURRENCIES.items()}
#: A sign or code, with the spaces before it (多少 HK$), not inside a longer Latin word.
_CURRENCY_RE = re.compile(
    r"\s*(?<![A-Za-z])("
    + "|".join(re.escape(c) for c in sorted(_CURRENCIES, key=len, reverse=True))
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)


def currencies_written(text: str, written: Callable[[str], bool] = lambda term: False) -> str:
    """``text`` with currency signs, codes and Latin units written as their Chinese measure words
    -- only in a question with Chinese characters (an English question reads them itself), and
    only those the documents do not write as they are (``written``: whether the index holds a
    term; a text giving "1.601 km²" is found by the question's km²)."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return text

    def chinese(match: re.Match[str]) -> str:
        letters = "".join(ch for ch in match.group(1).lower() if ch.isascii() and ch.isalpha())
        return match.group() if letters and written(letters) else _BY_KEY[match.group(1).upper()]

    return _CURRENCY_RE.sub(chinese, text)
