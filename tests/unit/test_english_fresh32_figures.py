"""Which figure of the passage is the direct answer to a wholly English question (english_fresh32
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

LAKE = (
    "青湖生态修复情况\n\n"
    "青湖生态修复工程2021年启动，累计清淤86万立方米，新建人工湿地5处。\n\n"
    "今年春季调查显示，湖中鸟类已增至63种，比修复前多出21种。\n"
)


def test_a_level_reached_is_of_the_present() -> None:
    """"How many ... *now*": a level a change has reached (已增至63种: there are 63 kinds now) is
    of the present, as 目前 or 至今 say (bot/answer/english_rates.PRESENT_WRITTEN)."""
    from bot.answer.english_rates import PRESENT_WRITTEN

    assert PRESENT_WRITTEN.search("湖中鸟类已增至63种") is not None
    assert PRESENT_WRITTEN.search("全市人口已经达到30万") is not None
    assert PRESENT_WRITTEN.search("1945年人口为30万") is None


def test_how_many_now_answered_by_a_level_reached(tmp_path: Path) -> None:
    """"How many species of birds now live in the lake?": 63种, not nothing because the text
    writes no 目前."""
    engine = engine_with(tmp_path, {"lake.txt": LAKE})
    answer = engine.ask("How many species of birds now live in the lake?", count=False)
    assert answer.text is not None and answer.text.startswith("63")
