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


def test_the_figure_a_change_starts_from_is_what_was_whatever_the_verb() -> None:
    """毛利率由去年同期的18.9%改善至20.3%: 18.9% is what was -- as with 提高到, so with 改善至, 上调至,
    回落至 -- and a question about now gets 20.3%; but 由3名成员组成 starts no change."""
    from bot.answer.figure.then_now import SUPERSEDED, superseded

    info = analyse("上半年的毛利率是多少？")
    for verb in ("改善至", "上调至", "回落至", "提高到"):
        text = f"期内毛利9.87亿港元，毛利率由去年同期的18.9%{verb}20.3%。"
        was = next(f for f in passage_figures(text) if f.text == "18.9%")
        assert superseded(text, info, was) == SUPERSEDED, verb
    made = "评审组由5名专家组成。"
    assert superseded(made, analyse("评审组有几名专家？"), passage_figures(made)[0]) == 1.0
    index = index_of({"中期业绩": "期内毛利9.87亿港元，毛利率由去年同期的18.9%改善至20.3%，主要受惠于棉花成本回落。"})
    assert answer_question(index, "中期业绩的毛利率是多少？").text == "20.3%"
