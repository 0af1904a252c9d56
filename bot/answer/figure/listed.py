"""A count in Chinese numerals right after a list of as many items (市、区两级财政, 中、英两种文字,
省、市、县三级) says how many were listed: no amount of anything a question asks -- unless it asks
that very measure (几级) or counts what the count names (how many private railway companies: 三家私鐵公司)."""

from __future__ import annotations

import re

from bot.question import QuestionInfo
from index.figures import Figure
from index.normalize import normalize

#: Where the clause before a figure begins: the list is read from there.
_CLAUSE_START_RE = re.compile(r"[，,。；;：:！!？?“”「」『』（）()\s]")
#: An item of such a list: a few Chinese characters (市, 区, 中央, 地方).
_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{1,6}$")
#: Longest list read.
_MOST_ITEMS = 10
#: How far after the figure the thing a question counts may stand (三家私鐵公司: 公司).
_COUNTED_REACH = 8


def restates_list(text: str, figure: Figure, info: QuestionInfo) -> bool:
    """Whether ``figure`` (a count written in Chinese numerals, 两级) follows a 、-list of exactly
    as many items, the last right before it, in ``text`` -- and the question asks another measure."""
    if figure.kind != "count" or figure.value is None or not figure.text[:1] or figure.text[:1].isdigit():
        return False
    if not 2 <= figure.value <= _MOST_ITEMS:
        return False
    if info.unit is not None and info.unit == figure.unit:
        return False  # 几级: the levels are asked
    after = normalize(text[figure.end : figure.end + _COUNTED_REACH])
    if any(noun and noun in after for noun in (info.counted, *info.counted_phrase)):
        return False  # 島原鐵道、松浦鐵道、長崎電氣軌道三家私鐵公司, for how many companies: they are counted
    before = text[: figure.start]
    clause = before[max((m.end() for m in _CLAUSE_START_RE.finditer(before)), default=0) :]
    items = clause.split("、")
    if len(items) != int(figure.value):
        return False
    # the first item may follow other words of the clause (2025年市、区: 市); the others are whole
    return all(_ITEM_RE.fullmatch(item) for item in items[1:]) and _ITEM_RE.search(items[0]) is not None
