"""A change is measured against a base: the same period a year before (同比, 按年, 比去年同期) or
the period just before (环比, 按月). Monthly reports give both for one figure side by side; a
question naming one base is answered by the change against it, in either order and script.

And a question asking when something began (哪天开始的) is answered by the date any verb of a
start follows (于3月18日启动), not by a date its other words stand nearer to."""

from __future__ import annotations

import pytest

from bot.answer import answer_question
from bot.answer.figure.clauses import MARKED_START, marked_start
from bot.question import analyse
from index.figures import passage_figures
from index.search import Index
from tests.conftest import index_of


@pytest.fixture(scope="module")
def index() -> Index:
    return index_of({
        "sales": "11月全市汽車銷量為3.2萬輛，環比增長12.5%，同比增長4.3%。",
        "exports": "前三季度全省出口額為820億元，同比下降3.1%，环比下降0.6%。",
        "lifts": "新一轮老旧电梯更新工作于2024年3月18日启动，至11月30日全市共更新老旧电梯1260台，比上年多更新310台。",
    })


@pytest.mark.parametrize(("question", "expected"), [
    ("11月汽車銷量比去年同期增長了多少？", "4.3%"),
    ("11月汽车销量同比增长多少？", "4.3%"),
    ("11月汽車銷量環比增長多少？", "12.5%"),
    ("全省出口額比上年同期下降了多少？", "3.1%"),
    ("全省出口额环比下降了多少？", "0.6%"),
])
def test_the_change_against_the_base_asked(index: Index, question: str, expected: str) -> None:
    answer = answer_question(index, question)
    assert answer.text is not None and answer.text.startswith(expected)


@pytest.mark.parametrize("question", ["全市老旧电梯更新是哪天开始的？", "全市更新老旧电梯是从哪天開始的？"])
def test_a_start_asked_is_any_verb_of_a_start(index: Index, question: str) -> None:
    answer = answer_question(index, question)
    assert answer.text is not None and answer.text.startswith("2024年3月18日")



def test_a_founding_asked_takes_no_start_marked_with_since() -> None:
    """哪一年開始興建 asks when it was built, once: a date marked 自…開始 (a restoration running
    from 2009年4月) is no better an answer for it, as it is for 從哪一年開始 alone."""
    text = "規模最大的一次全面修復自2009年4月開始，至2012年6月完成。"
    figure = next(f for f in passage_figures(text) if f.text == "2009年4月")
    since = analyse("棲雲園是從哪一年開始修復的？")
    assert since.since and marked_start(text, since, figure, ["修复"]) == MARKED_START
    built = analyse("棲雲園是哪一年開始興建的？")
    assert built.since and marked_start(text, built, figure, ["兴建"]) == 1.0
