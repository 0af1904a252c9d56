""""When did the harvest start *this year*?": a date the text says is this year's (*今年*的麦收于
5月29日) stays first, though another passage's date is followed by a translation of the
question's verb ("start": 县里于2025年11月*启动*...行动, in a passage about the year before) --
the year asked is a surer sign than the verb's translation."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.dated import of_year, year_asked
from index.figures import find_figures
from tests.conftest import engine_with

HARVEST = (
    "禾川县麦收\n\n"
    "今年的麦收于5月29日从南部的柳塘乡率先开镰，前后历时17天。全县共投入联合收割机3260台，小麦机收率达到99.2%。\n\n"
    "这份成绩来之不易。去年秋播期间，禾川县遭遇连续22天的阴雨，约11.5万亩麦田推迟播种。"
    "县里于2025年11月启动“晚播麦促壮”行动，组织620名农技人员分片包村指导小麦。\n"
)


def test_the_year_a_question_names() -> None:
    assert year_asked("When did the harvest start this year?") == "今年"
    assert year_asked("How much rain fell last year?") == "去年"
    assert year_asked("When did the harvest start?") is None


def test_a_date_its_sentence_says_is_of_that_year() -> None:
    text = "前后历时17天。今年的麦收于5月29日从南部的柳塘乡率先开镰。"
    assert of_year(text, find_figures(text)[-1], "今年")
    other = "今年雨多。县里于2025年11月启动行动。"
    assert not of_year(other, find_figures(other)[-1], "今年")  # another sentence's


def test_the_date_of_the_year_asked_stays_first(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"hechuan.txt": HARVEST})
    answer = engine.ask("When did the first combines start cutting wheat in Hechuan this year?", count=False)
    assert answer.text == "5月29日"
