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


HARBOUR = (
    "澄江港扩建工程\n\n"
    "澄江港三期扩建工程于2024年5月开工，总投资27.3亿元，建成后年吞吐能力将提高到3200万吨。\n\n"
    "港区去年完成集装箱吞吐量85.6万标准箱，同比增长6.1%。\n"
)


def test_the_scale_asked_in_is_no_word_to_search() -> None:
    """"in ten-thousands", "in units of 10,000", "in hundreds of millions of yuan" say the scale
    the answer is asked in, as "in 10,000s" does: no words to search (项万 for "ten thousands")
    (bot/answer/english_figures.without_scale); a magnitude counting things stays."""
    from bot.answer.english.scale_asides import without_scale

    assert "thousand" not in without_scale("How many containers, in ten-thousands, did it handle?")
    assert "10,000" not in without_scale("How many containers (in units of 10,000) did it handle?")
    assert without_scale("How much, in hundreds of millions of yuan?").split() == ["How", "much,", "yuan?"]
    assert "thousands of homes" in without_scale("Were floods counted in thousands of homes?")


def test_a_count_asked_in_units_of_ten_thousand(tmp_path: Path) -> None:
    """"(in units of 10,000)": "units" is no word of the question's thing (单位 was searched)."""
    engine = engine_with(tmp_path, {"harbour.txt": HARBOUR})
    answer = engine.ask("About how many containers (in units of 10,000) did Chengjiang port handle last year?", count=False)
    assert answer.text is not None and answer.text.startswith("85.6")


PORT = (
    "澄江港2024年运营情况\n\n"
    "澄江港务集团2025年1月公布，2024年澄江港全年完成集装箱吞吐量85.6万标准箱，同比增长6.1%；货物吞吐量4120万吨，同比增长3.2%。\n\n"
    "从月度看，10月是全年作业高峰。全年单日作业量最高出现在2024年10月12日，当天完成集装箱装卸3870标准箱，靠泊船舶52艘次。\n\n"
    "港区服务持续优化，全年船舶平均在港停时缩短至21.5小时。\n"
)


def test_the_scale_asked_in() -> None:
    from bot.answer.english.scale_asides import asked_scale

    assert asked_scale("How many containers, in ten-thousands, did it handle?") == 10_000
    assert asked_scale("How many containers (in units of 10,000) did it handle?") == 10_000
    assert asked_scale("How much was invested, in hundreds of millions of yuan?") == 100_000_000
    assert asked_scale("How many containers did it handle?") is None
    assert asked_scale("Were floods counted in thousands of homes?") is None


def test_a_count_asked_in_ten_thousands_takes_the_figure_of_that_scale(tmp_path: Path) -> None:
    """"in ten-thousands": the year's 85.6万标准箱, not the busiest day's 3870标准箱, which the
    translated words (装卸, 集装箱) find first (bot/answer/english_scales.scale_first)."""
    engine = engine_with(tmp_path, {"port.txt": PORT})
    answer = engine.ask("How many containers were loaded and unloaded at Chengjiang port, in ten-thousands?", count=False)
    assert answer.text is not None and answer.text.startswith("85.6万")
