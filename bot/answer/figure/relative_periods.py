"""A period named relative to now (本学年, 上学年, 今年度, 上季) or a year's quarters by number (第三季,
前三季, 首三季): a figure whose clause names another of the same kind than the question's
(上學年教師流失率為9.7%，本學年回落至8.1%, for 教师流失率 本学年; 第三季…312.6億港元 for 前三季…总收益)
is that other period's."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.answer.figure.nearness import Layout
from bot.question import QuestionInfo
from bot.question.kinds import RELATIVE_PERIOD_RE
from index.figures import Figure
from index.normalize import aligner_for

#: How much a figure of another period fits (as a contrasted figure: ``fitness.CONTRAST``).
OTHER_PERIOD = 0.5
#: Words of when, relative to now: this, the last, the next.
_WHEN = {"本": "this", "今": "this", "这": "this", "上": "last", "去": "last", "前": "last", "下": "next", "明": "next"}


#: A year's quarters by number: one (第三季) or the first so many together (前三季, 首三季度).
_QUARTERS_RE = re.compile(r"([第前首])([一二三四1-4])季")
_QUARTER_NUMBERS = {"一": "1", "二": "2", "三": "3", "四": "4"}


@lru_cache(maxsize=4096)
def _periods(text: str) -> frozenset[tuple[str, str]]:
    """The periods ``text`` names: (when, what) pairs such as ("last", "学年"), ("first 3", "季度");
    remembered -- every figure of a passage reads the question's words again."""
    out = set()
    for match in RELATIVE_PERIOD_RE.finditer(text):
        when, what = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        out.add((_WHEN[when], "季度" if what == "季" else what))
    for match in _QUARTERS_RE.finditer(text):
        number = _QUARTER_NUMBERS.get(match.group(2), match.group(2))
        out.add((("quarter " if match.group(1) == "第" else "first ") + number, "季度"))
    return frozenset(out)


#: The year before as a report writes it of a figure (上年同期为5.9元, 上一年): not after a word of
#: comparison (比上年, the base of a change) nor inside another word (以上年龄, 上年度: a year's own kind).
_YEAR_BEFORE_RE = re.compile(r"(?<![比较与跟和同以])上一?年(?![度级龄纪])")


def _years_before(text: str) -> frozenset[tuple[str, str]]:
    return frozenset({("last", "年")}) if _YEAR_BEFORE_RE.search(text) else frozenset()


def other_period(text: str, shape: Layout, figure: Figure, terms: Iterable[str], info: QuestionInfo | None = None) -> float:
    """:data:`OTHER_PERIOD` when the question names a relative period (本学年, in its words or, as
    written, in ``info.periods``: 上一冰雪季) and the figure's clause, up to the figure, names another of
    the same kind (上学年) and not the question's -- or names none while the next clause opens with
    the question's (实现旅游收入132.6亿元，上一冰雪季为104.9亿元: 132.6亿元 is the one compared
    with it, this season's); else 1."""
    if figure.kind in ("date", "time"):
        return 1.0
    # an English question's own phrase ("a year earlier"): the translations of "year" reach 今年 and
    # 上年 alike, so its terms say no period; the text's 上年 (上年同期为5.9元) is then read too
    english = info is not None and info.english and bool(info.periods)
    sources = info.periods if english else [*terms, *(info.periods if info else ())]
    asked = set().union(*(_periods(term) for term in sources))
    if not asked:
        return 1.0
    clause = shape.spot(figure.start, figure.end).clause
    start = shape.clause_ends[clause - 1] if clause > 0 else 0
    normalized = aligner_for(text).normalized
    written = _periods(normalized[start : figure.start])
    if english:
        written |= _years_before(normalized[start : figure.start])
    if not written and clause < len(shape.clause_ends):
        following = RELATIVE_PERIOD_RE.match(normalized, shape.clause_ends[clause])
        return OTHER_PERIOD if following and _periods(following.group(0)) & asked else 1.0
    kinds = {what for _, what in asked}
    others = {(when, what) for when, what in written if what in kinds and (when, what) not in asked}
    return OTHER_PERIOD if others and not written & asked else 1.0
