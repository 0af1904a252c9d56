"""A change given for several things at once (三类商品销售额分别增长21.6%、18.9%和15.4%): every
figure of the list after the verb of change is a change, not only the first -- so a question
naming the second thing gets the second figure."""

from __future__ import annotations

from bot.answer import answer_question
from bot.answer.figure.fitness import CHANGED, UNCHANGED, changed
from bot.question import analyse
from index.figures import passage_figures
from tests.conftest import index_of

SALES = (
    "分门类看，服装店实现销售额3.12亿元，同比增长7.4%；书店实现销售额0.86亿元，增长12.8%。"
    "分商品看，茶叶、文具、玩具三类商品销售额分别增长24.3%、16.7%和9.5%，烟花爆竹则下降3.1%。"
)


def test_every_figure_of_a_listed_change_is_a_change() -> None:
    info = analyse("文具销售额增长了多少？")
    figures = {f.text: f for f in passage_figures(SALES)}
    assert changed(SALES, info, figures["24.3%"]) == CHANGED
    assert changed(SALES, info, figures["16.7%"]) == CHANGED
    assert changed(SALES, info, figures["9.5%"]) == CHANGED
    assert changed(SALES, info, figures["3.12亿元"]) == UNCHANGED


def test_the_second_thing_of_the_list_gets_the_second_figure() -> None:
    index = index_of({"春节消费": SALES})
    assert answer_question(index, "春节期间文具销售额增长了多少？").text == "16.7%"
