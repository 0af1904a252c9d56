"""西元/公元 with 几年 asks a year even with 是 between (皇建二年 换算西元 是几年): a date, not a
count of years."""

from __future__ import annotations

from bot.answer import answer_question
from bot.question import analyse
from tests.conftest import index_of


def test_an_era_then_is_how_many_years_asks_a_year() -> None:
    assert analyse("永徽三年 换算公元 是几年").kind == "date"
    assert analyse("公元 是多少年").kind == "date"
    assert analyse("这场战争打了多少年").kind == "count"  # years counted, no era named


def test_a_reign_year_typed_with_its_conversion_is_answered_by_its_western_year() -> None:
    index = index_of({"皇后": "永徽三年（652年），皇后之父入朝为官。\n\n皇后生于长安，幼好读书，以贤德闻名。"})
    answer = answer_question(index, "永徽三年 换算公元 是几年")
    assert answer.text is not None and "652年" in answer.text
