"""An amount for one asked (人均消费多少元, 每小时多少元, 每张罚多少钱, 平均每座面积, 多少钱一张) is no sum
of a whole: a figure written in 万 or 亿 whose clause writes no mark of an amount for one (每, 均,
价, 单, 费, 薪, 标准: 带动消费约2亿3,000万元, 门票收入2.35亿元, 建筑面积5.2万平方米) totals many. When
every figure of the asked dimension in the best passage's window is such a sum, the documents do
not give the amount for one."""

from __future__ import annotations

import re

from bot.answer.figure.fitness import figure_clause
from bot.question import QuestionInfo
from index.english.cedict import is_classifier
from index.figures import Figure, passage_figures
from index.normalize import aligner_for

#: The dimensions whose amount for one a sum of a whole can be mistaken for.
_DIMENSIONS = frozenset({"money", "area"})
#: One of what is counted (每人, 每张, 每小时 -- not a period's 每年, 每月: a sum of it may be a total)
#: or an average (平均, 人均, 户均) asked.
_ONE_ASKED_RE = re.compile(r"每(?![年月日天季周週次])[\u4e00-\u9fff\d]|平均|[人户戶场場]均")
#: The price of one thing asked after it (多少钱一张): the measure word is checked as a classifier.
_ONE_AFTER_RE = re.compile(r"多少钱一([\u4e00-\u9fff])")
#: The magnitudes a sum of a whole is written in (2.35亿元, 5.2万平方米).
_MAGNITUDE_RE = re.compile(r"[万萬亿億]")
#: Characters marking an amount for one in a figure's clause (a closed class: each, average, price,
#: unit, fee, pay, standard): 每人补助3,000元, 人均消费1,250元, 售价, 单价, 收费, 月薪, 补助标准 --
#: not the 费 of spending or of a budget (带动消费9.3亿元, 经费2,860万元: sums of many).
_FOR_ONE_RE = re.compile(r"[每均价單单薪售卖]|(?<![消经經])[费費]|标准|標準|/")


def asks_for_one(question: str, info: QuestionInfo) -> bool:
    """Whether the normalised ``question`` asks an amount of money or an area for one (``info.per``:
    每人, 人均; an average; 多少钱一张)."""
    if info.kind != "count" or info.english or info.dimension not in _DIMENSIONS or info.total or info.change:
        return False
    if _ONE_ASKED_RE.search(question):
        return True
    after = _ONE_AFTER_RE.search(question)
    return after is not None and is_classifier(after.group(1))


def _for_one(matching: str, figure: Figure) -> bool:
    """Whether ``figure`` may be an amount for one: written without 万/亿, or in a clause marking one."""
    if not _MAGNITUDE_RE.search(figure.text):
        return True
    return _FOR_ONE_RE.search(figure_clause(matching, figure)) is not None


def sum_for_one(question: str, info: QuestionInfo, text: str, figure: Figure | None) -> bool:
    """Whether the normalised ``question`` asks an amount for one (:func:`asks_for_one`), the chosen
    ``figure`` of the window ``text`` is a sum of a whole, and so is every other figure of ``text``
    in the asked dimension."""
    if figure is None or figure.dimension != info.dimension or not asks_for_one(question, info):
        return False
    matching = aligner_for(text).normalized
    return not any(
        _for_one(matching, other) for other in passage_figures(text) if other.dimension == info.dimension
    )
