"""Which figure of the passage is the direct answer to a wholly English question (english_fresh37
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

CLUB = (
    "临川读书会\n\n"
    "临川读书会下设五个集体阅读小组，由会员自愿组成。去年全会共开展集中阅读27次，邀请作家讲座4场。\n"
)


def test_how_often_is_read_as_how_many_times() -> None:
    """"How often did ..." asks the number of times, as "how many times" does."""
    from bot.answer.english_often import often_as_times

    assert often_as_times("How often did the club meet?") == "How many times did the club meet?"
    assert often_as_times("In 2024, how often did it meet?") == "In 2024, how many times did it meet?"
    assert often_as_times("Is the club often late?") == "Is the club often late?"


def test_how_often_asks_a_count_of_times(tmp_path: Path) -> None:
    """"How often did the reading club meet for collective reading?": the count in 次
    (集中阅读27次), not the five groups written beside "collective" (五个集体阅读小组)."""
    engine = engine_with(tmp_path, {"club.txt": CLUB})
    answer = engine.ask("How often did the reading club meet for collective reading?", count=False)
    assert answer.text is not None and answer.text.startswith("27"), answer.text
