"""A count named by its measure word and 数 as the question's last word (申请件数, 检控 宗数,
参与户数): the figure counted in that measure word is asked, as 多少件 would ask it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from bot.question import QuestionInfo
from index.figures import unit_dimension

#: Measure words of things, cases and households that, before 数, name a number counted in them
#: (件数, 宗数, 户数, 间数) -- not 个数 (a number of anything), 人数, 次数 or 位数 (digits), whose
#: figures are read otherwise.
_MEASURES = frozenset("件宗户家间所座场项条篇张只块批起例辆台艘架栋份")


def measure_numbered(info: QuestionInfo, question: str, words: Callable[[str], list[str]]) -> QuestionInfo:
    """``info`` with the measure word a count question names by its last word (``words``: the
    segmentation), when no other measure word was asked: 申请件数 is cut 申请 / 件数, while 国家数
    and 企业家数 are cut 国家 / 数 and 企业家 / 数, so a word ending in the measure is not read."""
    if info.kind != "count" or info.unit is not None or not question.rstrip("？? ").endswith("数"):
        return info
    cut = [w for w in words(question) if w.strip() and w not in "？?"]
    last = cut[-1] if cut else ""
    if len(last) != 2 or last[1] != "数" or last[0] not in _MEASURES:
        return info
    unit = last[0]
    return dataclasses.replace(info, unit=unit, dimension=unit_dimension(unit))
