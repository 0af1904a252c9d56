"""Which figure of the passage is the direct answer to a wholly English question (english_fresh30
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

FERRY = (
    "霞浦渡口2023年运营情况\n\n"
    "霞浦渡口管理处日前公布，2023年渡口全年运送旅客412.6万人次，同比增长9.8%。\n\n"
    "从季度看，第三季度客流最旺。全年单日客流最高出现在2023年10月3日，当天运送旅客2.37万人次，开行渡轮148班次。\n"
)


def test_what_was_the_day_asks_a_date(tmp_path: Path) -> None:
    """"What was the busiest single *day*": the answer is the day (2023年10月3日), not the day's
    figures (2.37万人次) -- the focus ends in a calendar word (bot/answer/english_days.day_asked)."""
    engine = engine_with(tmp_path, {"ferry.txt": FERRY})
    answer = engine.ask("What was the busiest single day for passengers at the Xiapu ferry?", count=False)
    assert answer.text is not None and answer.text.startswith("2023年10月3日")
