""""How many mu of tea did the garden *start out with*?": among passages about as good, the one
whose figure's clause says it is of the beginning (*初时*仅有茶地120亩) comes first, before one
that the same words find telling of a later size (茶园面积扩展至约900亩)
(bot/answer/english_period.start_first)."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.period import start_asked
from tests.conftest import engine_with

GARDEN = (
    "云岫茶园\n\n"
    "清嘉庆三年，茶商苏承远携茶种入云岫山开垦茶园，初时仅有茶地120亩，所制粗茶多供寺院和集市。\n\n"
    "清道光年间，苏氏后人合办茶行，云岫茶叶经崇溪入闽江运抵福州出口。至清咸丰八年，云岫茶园面积扩展至约900亩，"
    "雇用茶工逾400人，茶园的茶叶远销海外。\n"
)


def test_a_question_asking_the_start() -> None:
    assert start_asked("How many mu of tea did the garden start out with?")
    assert start_asked("How many workers did the company have initially?")
    assert not start_asked("How many mu of tea does the garden have?")


def test_the_figure_of_the_beginning_comes_first(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"garden.txt": GARDEN})
    answer = engine.ask("How many mu of tea did the Yunxiu garden start out with?", count=False)
    assert answer.text is not None and answer.text.startswith("120")
