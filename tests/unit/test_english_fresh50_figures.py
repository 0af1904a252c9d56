"""Which figure of the passage is the direct answer to a wholly English question (english_fresh50
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with


HOMES = (
    "临水县居家适老化改造\n\n"
    "临水县居家适老化改造平均每户1.2万元，三年共为家庭改造投入2950万元。\n"
)


def test_per_a_thing_asks_the_amount_per_unit() -> None:
    """"per household", "per person" ask an amount per unit as "each" does; "per cent" and "per
    year" (a time: texts write 每年 and 全年 alike) do not."""
    from bot.question import analyse

    assert analyse("What was the average grant per household, in 10,000 yuan?").per
    assert analyse("How much does dinner cost per person?").per
    assert not analyse("How much did exports grow, in per cent?").per
    assert not analyse("How much rain does the county get per year?").per


def test_the_grant_per_household_is_the_amount_after_meihu(tmp_path: Path) -> None:
    """The whole engine: "grant per household" is answered by 平均每户1.2万元, not by the
    three years' total (共…投入2950万元) in the same sentence."""
    engine = engine_with(tmp_path, {"homes.txt": HOMES})
    answer = engine.ask("Average grant per household for home adaptation work in Linshui, in 10,000 yuan?", count=False)
    assert answer.text == "1.2万元", answer.text
