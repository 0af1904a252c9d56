"""Which figure of the passage is the direct answer to a wholly English question (english_fresh40
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with


PIPES = (
    "临川燃气\n\n"
    "临川市全年完成燃气管道改造投资5.2亿元，同比增长21.5%。"
    "全市现有燃气管道约800公里，截至今年年底，老旧管道所占比例已降至9.6%。\n"
)


def test_a_share_of_a_whole_asked_in_english_is_read() -> None:
    """"what share of", "the proportion of" ask what part of a whole something is; "what
    percentage did sales grow" asks a change, "the growth rate" a rate."""
    from bot.question import analyse

    assert analyse("What share of Linchuan's gas pipes are still old?").share
    assert analyse("What proportion of the city's area is green?").share
    assert not analyse("By what percentage did sales grow?").share
    assert not analyse("What was the growth rate of sales?").share


def test_a_share_asked_in_english_is_not_a_rate_of_growth(tmp_path: Path) -> None:
    """"What share of Linchuan's gas pipes are old pipes?": 9.6% (老旧管道所占比例已降至9.6%),
    not how much the year's investment grew (同比增长21.5%)."""
    engine = engine_with(tmp_path, {"pipes.txt": PIPES})
    answer = engine.ask("What share of Linchuan's gas pipes are old pipes?", count=False)
    assert answer.text is not None and answer.text.startswith("9.6"), answer.text


WATER = (
    "临川供水\n\n"
    "2025年，临川市供水管网改造共争取中央预算内投资2.4亿元、地方政府专项债券资金3.8亿元，新建供水管道126公里。\n"
)


def test_a_scale_asked_with_a_magnitude_word_is_read() -> None:
    """", in 100 million yuan" asks the answer in 亿元 as ", in 100,000,000 yuan" does, ", in 10
    thousand yuan?" in 万元 -- not "sold in 10,000 homes", a count of them."""
    from bot.answer.english.scale_asides import asked_scale, without_scale

    assert asked_scale("Special bond funds for the water pipes, in 100 million yuan") == 100_000_000
    assert asked_scale("What did the bonds raise, in 10 thousand yuan?") == 10_000
    assert asked_scale("What did the bonds raise, in 1 billion yuan?") == 1_000_000_000
    assert asked_scale("How many meters were sold in 100 million homes?") is None
    assert "100" not in without_scale("Special bond funds for the water pipes, in 100 million yuan")


def test_an_amount_asked_in_100_million_yuan_is_answered(tmp_path: Path) -> None:
    """"Linchuan water pipes special bonds, in 100 million yuan": 3.8亿元 -- "100 million" quotes
    no 100 the text lacks, it names the scale asked (and makes the keywords a question of how many)."""
    engine = engine_with(tmp_path, {"water.txt": WATER})
    answer = engine.ask("Linchuan water pipes special bonds, in 100 million yuan", count=False)
    assert answer.text is not None and answer.text.startswith("3.8"), answer.text

