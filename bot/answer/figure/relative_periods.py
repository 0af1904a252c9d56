"""A period named relative to now (本学年, 上学年, 今年度, 上季) or a year's quarters by number (第三季,
前三季, 首三季): a figure whose clause names another of the same kind than the question's
(上學年教師流失率為9.7%，本學年回落至8.1%, for 教师流失率 本学年; 第三季…312.6億港元 for 前三季…总收益)
is that other period's."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.answer.figure.nearness import Layout
from index.figures import Figure
from index.normalize import aligner_for

#: How much a figure of another period fits (as a contrasted figure: ``fitness.CONTRAST``).
OTHER_PERIOD = 0.5
#: Words of when, relative to now: this, the last, the next.
_WHEN = {"本": "this", "今": "this", "这": "this", "上": "last", "去": "last", "前": "last", "下": "next", "明": "next"}
#: The periods they name (今年度, 上学年, 本季度, 上月); a bare 年 only after 今/去/明 (今年, 去年); not
#: a period compared with (比去年增长5% is this year's change).
_PERIOD_RE = re.compile(r"(?<![比较与跟和同])(?:([本今这上去前下明])(学年|学期|财年|年度|季度|季|月)|([今去明])(年))")


#: A year's quarters by number: one (第三季) or the first so many together (前三季, 首三季度).
_QUARTERS_RE = re.compile(r"([第前首])([一二三四1-4])季")
_QUARTER_NUMBERS = {"一": "1", "二": "2", "三": "3", "四": "4"}


def _periods(text: str) -> set[tuple[str, str]]:
    """The periods ``text`` names: (when, what) pairs such as ("last", "学年"), ("first 3", "季度")."""
    out = set()
    for match in _PERIOD_RE.finditer(text):
        when, what = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        out.add((_WHEN[when], "季度" if what == "季" else what))
    for match in _QUARTERS_RE.finditer(text):
        number = _QUARTER_NUMBERS.get(match.group(2), match.group(2))
        out.add((("quarter " if match.group(1) == "第" else "first ") + number, "季度"))
    return out


def other_period(text: str, shape: Layout, figure: Figure, terms: Iterable[str]) -> float:
    """:data:`OTHER_PERIOD` when the question names a relative period (本学年) and the figure's clause,
    up to the figure, names another of the same kind (上学年) and not the question's; else 1."""
    if figure.kind in ("date", "time"):
        return 1.0
    asked = set().union(*(_periods(term) for term in terms))
    if not asked:
        return 1.0
    clause = shape.spot(figure.start, figure.end).clause
    start = shape.clause_ends[clause - 1] if clause > 0 else 0
    written = _periods(aligner_for(text).normalized[start : figure.start])
    kinds = {what for _, what in asked}
    others = {(when, what) for when, what in written if what in kinds and (when, what) not in asked}
    return OTHER_PERIOD if others and not written & asked else 1.0
