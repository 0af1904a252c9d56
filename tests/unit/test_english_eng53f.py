"""English round eng53f (fresh52 studied, figures): small invented texts, not the set's."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bot.answer.english.durations import untimed_count
from bot.answer.figure import choose_figure
from bot.question import QuestionInfo, analyse, with_english

from tests.conftest import engine_with

TEA = """云岭县春茶采摘情况

云岭县农业农村局日前通报今年春茶生产情况。

价格方面，今年特级明前茶鲜叶收购均价为每公斤86元，上年同期为72元。全县茶农人均茶叶收入达到1.8万元。

销售方面，全县今年春茶销售额3.2亿元，其中线上销售0.9亿元。
"""

HARBOUR = """云岭县渔港建设进展

云岭县渔港今年完成疏浚工程，新建码头泊位6个，渔船停靠能力明显提高。
"""


def test_the_year_before_an_english_question_names_is_the_figure_of_that_year(tmp_path: Path) -> None:
    """"a year earlier" asks the figure the report gives the year before (上年同期为72元), not this
    year's beside it (今年…均价为每公斤86元): the translation of "year" reaches 今年 and 上年 alike, the
    English phrase says which; the clause 上年同期为 gives it per what the clause before did (每公斤)."""
    engine = engine_with(tmp_path, {"tea.txt": TEA, "harbour.txt": HARBOUR})
    earlier = engine.ask("What was the purchase price per kilo for top-grade tea leaves a year earlier?", count=False)
    assert earlier.figure is not None and earlier.figure.text == "72元", earlier.figure
    now = engine.ask("What was the purchase price per kilo for top-grade tea leaves this year?", count=False)
    assert now.figure is not None and now.figure.text == "86元", now.figure


def test_english_years_relative_to_now() -> None:
    from bot.answer.english.relative_years import relative_years_asked

    assert relative_years_asked("the price the previous year?") == ("去年",)
    assert relative_years_asked("How much was it last year?") == ("去年",)
    assert relative_years_asked("How many this year?") == ("今年",)
    assert relative_years_asked("How many years did it take?") == ()
    assert relative_years_asked("How many were there the year before last?") == ()
    assert relative_years_asked("What was the price per year?") == ()


PARKING = """临江县停车设施建设情况

临江县今年新建公共停车场12个，全县公共停车场总数达到45个；县里为此安排资金0.8亿元，其中县级配套0.3亿元。
"""


def _count_question(question: str) -> QuestionInfo:
    info = with_english(analyse(question), "count", None, english_only=True)
    return replace(info, untimed=untimed_count(question))


def test_how_many_asks_no_sum_of_money(tmp_path: Path) -> None:
    """"how many" asks a count of things -- money is how much: a sum in 元 right after a word of
    the question (县级配套0.3亿元, "county") is no answer to "how many car parks … in the county"."""
    engine = engine_with(tmp_path, {"parking.txt": PARKING})
    text = PARKING.splitlines()[-1]
    info = _count_question("Public car parks in the county - how many in all?")
    figure, _ = choose_figure(text, {"县级": 1.0, "县": 0.5, "停车": 0.3}, engine.index, info)
    assert figure is not None and figure.dimension != "money", figure
    # "how much" still asks money
    much = with_english(analyse("How much did the county put in?"), "count", None, dimension="money", english_only=True)
    figure, _ = choose_figure(text, {"县级": 1.0, "安排": 1.0, "资金": 1.0}, engine.index, much)
    assert figure is not None and figure.dimension == "money", figure


def test_what_was_newly_built_is_no_level_asked_now(tmp_path: Path) -> None:
    """"How many … does the county have now?": 今年新建公共停车场12个 counts the car parks added this
    year (新建, CC-CEDICT "newly built", as 新增 is "newly added"), not those there are now -- the
    45个 of 总数达到 beside it; a question asking what was newly built still gets the 12个."""
    engine = engine_with(tmp_path, {"parking.txt": PARKING})
    text = PARKING.splitlines()[-1]
    now = _count_question("How many public car parks does the county have now?")
    figure, _ = choose_figure(text, {"公共": 1.0, "停车场": 1.0, "现在": 0.5, "县": 0.5}, engine.index, now)
    assert figure is not None and figure.text == "45个", figure
    new = _count_question("How many new public car parks did the county build this year?")
    words = {"新": 0.5, "新建": 0.5, "公共": 1.0, "停车场": 1.0, "今年": 0.5, "县": 0.5}
    figure, _ = choose_figure(text, words, engine.index, new)
    assert figure is not None and figure.text == "12个", figure
