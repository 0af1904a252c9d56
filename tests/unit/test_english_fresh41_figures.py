"""Which figure of the passage is the direct answer to a wholly English question (english_fresh41
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with


BUSES = (
    "临川公交\n\n"
    "近年来，临川市公交线路增长较快。截至2024年底，全市公交车保有量达到3860辆，比2019年底的2150辆增加1710辆。\n"
)


def test_a_figure_right_after_the_date_it_is_compared_at_is_of_that_date() -> None:
    """比2019年底的2150辆: 2150辆 is the count at the end of 2019 (the base compared with), so it is
    not "dated otherwise" for a question about 2019; 3860辆 (截至2024年底) is."""
    from bot.answer.figure.dated import dated_otherwise
    from bot.question import analyse, with_english
    from index.figures import passage_figures

    text = BUSES.split("\n\n")[1]
    info = with_english(analyse("How many buses did Linchuan have at the end of 2019?"), "count", None, english_only=True)
    by_text = {f.text: f for f in passage_figures(text)}
    assert dated_otherwise(text, info, by_text["2150辆"]) == 1.0
    assert dated_otherwise(text, info, by_text["3860辆"]) < 1.0


def test_the_count_of_the_year_compared_with_answers_for_that_year(tmp_path: Path) -> None:
    """"How many buses did Linchuan have at the end of 2019?": 2150辆 (比2019年底的2150辆), not the
    2024 count the sentence is about."""
    engine = engine_with(tmp_path, {"buses.txt": BUSES})
    answer = engine.ask("How many buses did Linchuan have at the end of 2019?", count=False)
    assert answer.text is not None and answer.text.startswith("2150"), answer.text


PARKING = (
    "临川停车\n\n"
    "2025年全市共建成公共停车场52处，新增公共停车泊位1.6万个，完成年度目标的108.5%；"
    "全年停车设施建设完成投资7.2亿元，同比增长14.6%。\n"
)


def test_a_growth_rate_asked_in_english_asks_a_change() -> None:
    """"growth rate", "rate of increase" ask how much something rose, as 增长率 and 增速 do;
    "rate of decline" how much it fell; "what share of" no change."""
    from bot.question import analyse

    assert analyse("Linchuan parking investment 2025 growth rate year on year").change == "up"
    assert analyse("What was the rate of increase in exports?").change == "up"
    assert analyse("What was the rate of decline in births?").change == "down"
    assert analyse("What share of the parking spaces are new?").change is None


def test_the_growth_rate_asked_is_the_percent_after_a_verb_of_growth() -> None:
    """"Linchuan parking investment 2025 growth rate year on year": 14.6% (同比增长14.6%) fits as a
    change, the share of the year's target met (完成年度目标的108.5%) does not."""
    from bot.answer.figure.fitness import CHANGED, UNCHANGED, changed
    from bot.question import analyse, with_english
    from index.figures import passage_figures

    text = PARKING.split("\n\n")[1]
    info = with_english(analyse("Linchuan parking investment 2025 growth rate year on year"), "percent", None, english_only=True)
    by_text = {f.text: f for f in passage_figures(text)}
    assert changed(text, info, by_text["14.6%"]) == CHANGED
    assert changed(text, info, by_text["108.5%"]) == UNCHANGED


CENSUS = (
    "临川镇\n\n"
    "根据2010年的人口普查，临川镇有4120名居民，分1536个户，1102个家庭，其人口密度为每平方公里310.5人。\n"
)


def test_a_count_in_ge_before_the_measure_word_asked_counts_in_it() -> None:
    """分1536个户: 个 counts the 户 right after it, so the count fits "how many households" (户)
    as 1536户 would; 1102个家庭 counts families, another noun."""
    from bot.answer.figure import OWN_COUNTED, own_measure
    from bot.question import analyse, with_english
    from index.figures import passage_figures

    text = CENSUS.split("\n\n")[1]
    info = with_english(analyse("How many households did Linchuan have?"), "count", "户", frozenset({"户", "个"}), english_only=True)
    by_text = {f.text: f for f in passage_figures(text)}
    assert own_measure(text, info, by_text["1536个"], ["户"]) == OWN_COUNTED
    assert own_measure(text, info, by_text["1102个"], ["户"]) == 1.0


def test_households_asked_in_english_are_the_count_before_hu(tmp_path: Path) -> None:
    """"How many households did Linchuan have in 2010?": 1536个 (分1536个户), not the 1102个家庭
    ("households" is translated 户 and 家庭 alike)."""
    engine = engine_with(tmp_path, {"census.txt": CENSUS})
    answer = engine.ask("How many households did Linchuan have in 2010?", count=False)
    assert answer.text is not None and answer.text.startswith("1536"), answer.text
