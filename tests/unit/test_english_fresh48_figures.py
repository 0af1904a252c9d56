"""Which figure of the passage is the direct answer to a wholly English question (english_fresh48
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from tests.conftest import engine_with


HALL = (
    "青川县民俗纪念馆\n\n"
    "2019年5月，纪念馆对外开放，展出农具、灯笼等藏品212件。截至2024年底，纪念馆累计接待参观者26.3万人次，"
    "每年农历九月初九日前后举办的庙会吸引游客逾5万人。\n"
)


def _figures(text: str) -> dict:
    from index.figures import passage_figures

    return {f.text: f for f in passage_figures(text)}


def test_person_times_count_people_for_an_english_question() -> None:
    """An English count of people (人 among the measure words of its thing: "visitors") is given
    in 人次 as well as in 人: 26.3万人次 fits as 5万人 does; a Chinese question naming its own
    measure word, and an English count of things, are left as they were."""
    from bot.answer.figure.fitness import kind_factor
    from bot.question import analyse

    text = HALL.split("\n\n")[1]
    figures = _figures(text)
    people = dataclasses.replace(analyse("How many visitors came?"), kind="count", english=True, units=frozenset({"人", "游客"}))
    assert kind_factor(people, figures["26.3万人次"]) == kind_factor(people, figures["5万人"])
    things = dataclasses.replace(people, units=frozenset({"件"}))
    assert kind_factor(things, figures["26.3万人次"]) < kind_factor(things, figures["212件"])
    chinese = analyse("纪念馆接待了多少人？")
    assert kind_factor(chinese, figures["26.3万人次"]) < kind_factor(chinese, figures["5万人"])


def test_a_figure_of_every_year_is_no_figure_of_the_year_asked() -> None:
    """"... by the end of 2024": 5万人, under 每年农历九月初九日 (a date of every year, no one year's),
    is weighed down; 26.3万人次, under 截至2024年底, is not."""
    from bot.answer.figure.dated import dated_otherwise
    from bot.answer.figure.fitness import CONTRAST
    from bot.question import analyse

    text = HALL.split("\n\n")[1]
    figures = _figures(text)
    info = dataclasses.replace(analyse("Visitors to the memorial hall by the end of 2024?"), english=True)
    assert dated_otherwise(text, info, figures["5万人"]) == CONTRAST
    assert dated_otherwise(text, info, figures["26.3万人次"]) == 1.0
    plain = dataclasses.replace(analyse("How many visitors come to the temple fair?"), english=True)
    assert dated_otherwise(text, plain, figures["5万人"]) == 1.0


def test_visitors_by_the_end_of_a_year_are_the_running_total(tmp_path: Path) -> None:
    """The whole engine: the hall's visitors by the end of 2024 are 26.3万人次, not the temple
    fair's yearly 5万人 (游客 right before it)."""
    engine = engine_with(tmp_path, {"hall.txt": HALL})
    answer = engine.ask("Visitors to the Qingchuan folk memorial hall by the end of 2024, in 10,000s?", count=False)
    assert answer.text == "26.3万人次", answer.text


MUSEUM = (
    "青川县\n\n"
    "2020年9月，县文化馆旧楼辟为「青川民俗博物馆」，展出铜镜、陶罐、古钱、木雕等文物540件。"
    "截至2024年底，博物馆累计接待参观者12.6万人次。\n"
)


def test_a_list_of_nouns_closed_by_deng_is_one_object_of_the_verb_before_it() -> None:
    """展出铜镜、陶罐、古钱、木雕等藏品540件: the 、 of a list of nouns closed by 等 do not part the
    verb before it from the count after it; the 、 of a list whose items hold figures
    (一审案件6,218件、二审案件12,705件) still do."""
    from bot.answer.figure.nearness import closeness, layout

    text = "展出铜镜、陶罐、古钱、木雕等藏品540件。一审案件6,218件、二审案件12,705件。"
    shape = layout(text)
    assert len(shape.noun_lists) == 3
    verb = shape.spot(0, 2)
    at = text.index("540件")
    plain = "展出铜镜甲陶罐乙古钱丙木雕等藏品540件。"  # the same gap without the list's marks
    assert abs(closeness(shape, verb, shape.spot(at, at + 4), False) - closeness(layout(plain), verb, layout(plain).spot(at, at + 4), False)) < 1e-9
    first = text.index("一审")
    second = text.index("12,705件")
    with_list = closeness(shape, shape.spot(first, first + 2), shape.spot(second, second + 8), False)
    without = closeness(layout(text.replace("件、二", "件甲二")), shape.spot(first, first + 2), shape.spot(second, second + 8), False)
    assert with_list < without


def test_the_exhibits_on_show_are_counted_after_their_list(tmp_path: Path) -> None:
    """The whole engine: the museum's exhibits on show are 540件, not its 12.6万人次 visitors."""
    engine = engine_with(tmp_path, {"museum.txt": MUSEUM})
    answer = engine.ask("How many exhibits are on show at the Qingchuan folk museum?", count=False)
    assert answer.text == "540件", answer.text
