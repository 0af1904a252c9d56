"""An English question asking an amount per period ("each year", "every day") is answered only by
a passage that gives one per period (bot/answer/english/rates.rate_not_given)."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.rates import PER_PERIOD_RE as _PER_PERIOD_RE
from tests.conftest import engine_with

DATA = Path(__file__).parents[1] / "data"


def _documents(folder: str) -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in (DATA / folder).glob("*.txt")}


def test_a_rate_asked_is_not_answered_by_a_count_at_one_time(tmp_path: Path) -> None:
    # the station's article gives no number of passengers per day (每天, 日均 ...): a passage
    # about its passengers was shown with another figure
    engine = engine_with(tmp_path, _documents("english_dev3_docs"))
    assert not engine.ask("How many passengers use Shanghai Station every day?").results


def test_a_rate_the_text_gives_per_period_is_still_answered(tmp_path: Path) -> None:
    # 每年生產超過20,000輛機車
    engine = engine_with(tmp_path, _documents("english_fresh6_docs"))
    answer = engine.ask("How many motorcycles a year did Indian turn out just before the First World War?")
    assert answer.results and "每年生產" in answer.results[0].text


def test_what_asks_a_rate() -> None:
    assert _PER_PERIOD_RE.search("How many tourists visit Guam every year?")
    assert _PER_PERIOD_RE.search("How much precipitation does Toronto get on average per year?")
    assert _PER_PERIOD_RE.search("How many motorcycles a year did Indian turn out?")
    assert not _PER_PERIOD_RE.search("How much did the documents shrink compared with a year earlier?")


def test_an_amount_asked_today_is_not_answered_by_one_of_another_time(tmp_path: Path) -> None:
    # Kunming's article gives its population in 1945 (25萬多人), never today's
    engine = engine_with(tmp_path, _documents("english_fresh7_docs"))
    assert not engine.ask("How many people live in Kunming today?").results


def test_an_amount_the_text_says_is_of_the_present_is_answered_today(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"suzhou.txt": (
        "蘇州\n\n蘇州是江蘇省的地級市，位於長江三角洲。1949年蘇州城區人口約39萬人。"
        "目前蘇州常住人口約1295萬人，其中城鎮人口佔八成。\n"
    )})
    answer = engine.ask("How many people live in Suzhou today?")
    assert answer.results and answer.text is not None and answer.text.startswith("1295")


def test_minimum_and_maximum_ask_a_bound_as_at_least_does() -> None:
    """"What was the *minimum* approval rate": the lower bound, as "at least" and 下限 ask -- a
    figure written as that bound answers (均達到99.8%以上), weighed up enough to be given."""
    from bot.question import analyse

    assert analyse("On the nine aspects, what was the minimum approval rate?").bound == "lower"
    assert analyse("What is the maximum share allowed?").bound == "upper"
    assert analyse("What was the approval rate?").bound is None
