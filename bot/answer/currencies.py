"""Currency signs and codes typed in a question (HK$, US$, NT$, RMB, €), read as the measure
words Chinese texts write the amounts in (港元, 美元, 新台币, 人民币, 欧元): "每人消費多少 HK$" asks an
amount in 港元, where "hk" alone is a word no document holds."""

from __future__ import annotations

import re

#: Each sign or code and the measure word it stands for.
_CURRENCIES = {
    "HK$": "港元", "HKD": "港元", "US$": "美元", "USD": "美元", "NT$": "新台币", "TWD": "新台币",
    "RMB": "人民币", "CNY": "人民币", "€": "欧元", "EUR": "欧元", "£": "英镑", "GBP": "英镑",
    "JPY": "日元", "MOP": "澳门元", "MOP$": "澳门元",
}
#: A sign or code, with the spaces before it (多少 HK$), not inside a longer Latin word.
_CURRENCY_RE = re.compile(
    r"\s*(?<![A-Za-z])("
    + "|".join(re.escape(c) for c in sorted(_CURRENCIES, key=len, reverse=True))
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)


def currencies_written(text: str) -> str:
    """``text`` with currency signs and codes written as their Chinese measure words -- only in
    a question with Chinese characters: an English question reads them itself."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return text
    return _CURRENCY_RE.sub(lambda m: _CURRENCIES[m.group(1).upper()], text)
