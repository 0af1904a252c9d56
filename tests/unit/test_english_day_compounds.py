"""A period hyphened into a compound adjective ("a *day-trip* visitor", "a *year-long* study")
asks no amount per period (bot/answer/english_rates.PER_PERIOD_RE): the question is no rate
question, and a passage without 每天 still answers it."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.rates import asked_period
from tests.conftest import engine_with


def test_a_hyphened_period_asks_no_rate() -> None:
    assert asked_period("How much did a day-trip visitor spend?") is None
    assert asked_period("What did a year-long survey find?") is None
    assert asked_period("How many ferries sail each week-end?") is None
    assert asked_period("How many ferries sail a day?") == "day"
    assert asked_period("How many ferries sail each day in summer?") == "day"


def test_a_day_trip_question_is_answered_without_a_daily_rate(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"harbour.txt": (
        "蓮灣港旅遊統計\n\n據縣觀光局調查，本年度乘渡輪前來蓮灣的遊客共約42萬人次，"
        "其中過夜遊客平均停留2.3晚，每人平均消費新臺幣5200元；遊客帶來的直接消費約新臺幣21億元。\n"
    )})
    answer = engine.ask("On average, how much did a day-trip ferry visitor spend in Lianwan?")
    assert answer.results and "每人平均消費" in answer.results[0].text
