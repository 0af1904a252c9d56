"""Two ways readers ask that name a kind of figure without the usual question words: a sum of money
named by what it is spent or lent as (支出, 开支, 拨款, 补贴, 贷款, 出口额), typed as a keyword,
asks that amount; and 哪几天 (which days) asks dates, not how many days."""

from __future__ import annotations

import pytest

from bot.answer import answer_question
from bot.question import analyse
from tests.conftest import index_of


@pytest.mark.parametrize("question", [
    "河东区 教育支出 2024", "市政府 行政开支", "省财政 专项拨款", "购房补贴 2025年", "县农商行 涉农贷款", "全省 出口额 上半年",
])
def test_money_named_by_its_use_is_the_amount_asked(question: str) -> None:
    info = analyse(question)
    assert info.kind == "count" and info.dimension == "money"


def test_a_word_ending_in_money_words_needs_their_sense() -> None:
    assert analyse("份额").kind is None  # a share of something, no sum of money
    assert analyse("河东区 教育").kind is None


@pytest.mark.parametrize("question", ["今年的考试是哪几天举行的？", "展會在哪幾天開放？", "哪几日限行？"])
def test_which_days_asks_dates(question: str) -> None:
    assert analyse(question).kind == "date"


def test_which_days_is_answered_by_the_dates() -> None:
    index = index_of({"exam": "今年學測於民國115年1月17日至19日舉行，共有124905人到考，到考率為97.3%。"})
    answer = answer_question(index, "今年的學測是哪幾天考的？")
    assert answer.text is not None and answer.text.startswith("民國115年1月17日至19日")


def test_a_keyword_spending_question_is_answered_by_the_sum() -> None:
    index = index_of({"budget": "2024年，河东区教育支出共计18.6亿元，同比增长4.2%，其中新建学校3所、扩建幼儿园12所。"})
    answer = answer_question(index, "河东区 教育支出 2024")
    assert answer.text is not None and answer.text.startswith("18.6亿元")


@pytest.mark.parametrize(("question", "kind"), [
    ("澄岭省 水利建设投资 同比增长 1至10月", "percent"),  # a change typed last: its rate
    ("全省 出口额 环比下降", "percent"),
    ("雅紗 面料業務 收入 中期", "count"),  # an interim period typed last
    ("青禾 常住人口 前三季度", "count"),
])
def test_a_keyword_question_names_its_change_and_its_period_last(question: str, kind: str) -> None:
    assert analyse(question).kind == kind


def test_a_keyword_change_is_answered_by_its_rate() -> None:
    index = index_of({"water": "今年1至10月全省水利建设完成投资412.5亿元，同比增长9.4%，创历史同期新高。"})
    answer = answer_question(index, "全省 水利建设投资 同比增长 1至10月")
    assert answer.text is not None and answer.text.startswith("9.4%")


@pytest.mark.parametrize("question", ["这个县的茶叶外销值是多少？", "全省今年出口值多少", "兩岸貿易值有多少？"])
def test_a_trade_value_is_money(question: str) -> None:
    """外销值, 出口值, 贸易值: the value of goods sold, a sum of money (not the tonnes sold)."""
    assert analyse(question).dimension == "money"


def test_a_trade_value_is_answered_by_the_sum_not_the_tonnes() -> None:
    index = index_of({"tea": "全县茶叶外销3,120公噸，外銷值4.26億元，較前一年成長9.8%；香菇外銷860公噸，外銷值2.05億元。"})
    answer = answer_question(index, "這個縣茶葉的外銷值是多少？")
    assert answer.text is not None and answer.text.startswith("4.26億元")


def test_a_value_that_is_no_trade_is_no_money() -> None:
    assert analyse("这条河的pH值是多少？").dimension != "money"
