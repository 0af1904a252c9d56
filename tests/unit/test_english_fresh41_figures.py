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
    from bot.answer.figure.fitness import dated_otherwise
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

