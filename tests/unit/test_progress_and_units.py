"""Budgets, museums and rivers: progress asked (进度多少) is a share; a keyword question may end
with the unit it asks in (人次, m³/s), a Latin unit the documents do not write read as theirs."""

from __future__ import annotations

import pytest

from bot.answer import answer_question
from bot.answer.currencies import currencies_written
from bot.question import analyse
from corpus.loader import parse_document
from index.build import build_index
from index.search import Index

BUDGET = """松川市預算

交通建設方面，本年度共編列38.5億元，其中環河快速道路第三期工程11.6億元。該工程目前進度為41.2%，預計明年完工。
"""

MUSEUM = """白鹭博物馆

截至11月20日，该馆今年累计接待观众96.4万人次，同比增长18.2%，其中未成年观众27.5万人次。
"""

RIVER = """清水江

清水江幹流全長712公里，流域面積32,480平方公里，河口多年平均流量為960立方米/秒。流域多年平均降水量1,180毫米，其中約65%集中在5月至9月。
"""


@pytest.fixture(scope="module")
def documents() -> Index:
    texts = [("budget.txt", BUDGET), ("museum.txt", MUSEUM), ("river.txt", RIVER)]
    return build_index([parse_document(name, text.encode()) for name, text in texts])


def test_progress_asked_is_a_share(documents: Index) -> None:
    """进度多少: 41.2%, not the 11.6億元 the work costs."""
    assert analyse("环河快速道路第三期工程现在进度多少？").kind == "percent"
    assert analyse("工程进度如何").kind is None
    assert answer_question(documents, "松川市环河快速道路第三期工程现在进度多少？").text == "41.2%"


def test_a_keyword_question_may_end_with_its_unit(documents: Index) -> None:
    """未成年观众 人次, 平均流量 m³/s: the figure in the unit typed last."""
    assert analyse("白鹭博物馆 未成年观众 人次").kind == "count"
    assert analyse("北京 人").kind is None  # one character is no unit typed alone
    assert currencies_written("河口 平均流量 m³/s") == "河口 平均流量立方米/秒"
    # a unit the documents write as it is stays as it is (1.601 km²)
    assert currencies_written("面积多少km²", lambda term: term == "km") == "面积多少km²"
    assert answer_question(documents, "白鹭博物馆 未成年观众 人次").text == "27.5万人次"
    answer = answer_question(documents, "清水江 河口 平均流量 m³/s")
    assert answer.text is not None and answer.text.startswith("960")
