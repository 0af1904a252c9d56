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

