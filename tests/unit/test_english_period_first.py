""""What share ... *in the 1850s*": a passage whose every year is of another time (2024年 ... 42%)
gives way to one about as good that is not dated otherwise (清咸豐年間 ... 约65%经福州口岸销往英国)
(bot/answer/english_period.period_first)."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.period import dated_otherwise, periods_asked
from tests.conftest import engine_with

GARDEN = (
    "云岫茶园\n\n"
    "清咸丰年间贸易鼎盛时，云岫茶年产量约1200担，其中约65%的茶叶经福州口岸销售，其余在闽浙两省内销。\n\n"
    "2024年，茶园茶叶贸易兴旺，共产成品茶约96吨，带动周边茶农增收。其中经线上平台销售的茶叶约占茶叶销售额的42%，较2020年提高了27个百分点。\n"
)


def test_the_time_a_question_names() -> None:
    assert periods_asked("What share was shipped abroad in the 1850s?") == ((1850, 1859),)
    assert periods_asked("How many visitors came in 2024?") == ((2024, 2024),)
    assert periods_asked("How many visitors came last year?") == ()


def test_a_text_dated_otherwise() -> None:
    assert dated_otherwise("2024年，茶园共产成品茶约96吨，较2020年提高", ((1850, 1859),))
    assert not dated_otherwise("清咸丰八年（1858年），茶园面积扩展", ((1850, 1859),))
    assert not dated_otherwise("清咸丰年间贸易鼎盛时，其中约65%经福州口岸", ((1850, 1859),))  # no year


def test_the_passage_of_the_time_asked_comes_first(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"garden.txt": GARDEN})
    answer = engine.ask("At the height of the trade in the 1850s, what share of the tea was sold outside?", count=False)
    assert answer.text == "65%"
