"""Which figure of the passage is the direct answer to a wholly English question (english_fresh42
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

BOOK_BUSES = (
    "临川阅读\n\n"
    "乡村阅读服务持续推进。去年临川县新建农家书屋86个；8辆流动图书车全年下乡服务1420车次，把图书送进山村。\n"
)


def test_a_count_of_things_is_no_count_of_occasions() -> None:
    """"How many trips did the mobile library buses make": trips are occasions (趟), and 8辆 counts
    the buses right after it (流动图书车, words of the question), so it fits little; 1420车次
    (events) and 86个 (个 counts anything) fit as before; a question counting things ("how many
    buses", 辆) is read as before."""
    from bot.answer.figure.occasions import DOERS_COUNTED, doers_counted
    from bot.question import analyse, with_english
    from index.figures import passage_figures

    text = BOOK_BUSES.split("\n\n")[1]
    info = with_english(analyse("How many trips did the mobile library buses make?"), "count", "旅", frozenset({"趟", "旅"}), english_only=True)
    by_text = {f.text: f for f in passage_figures(text)}
    terms = ["旅", "流动", "图书馆", "车"]
    assert doers_counted(text, info, by_text["8辆"], terms) == DOERS_COUNTED
    assert doers_counted(text, info, by_text["1420车次"], terms) == 1.0
    assert doers_counted(text, info, by_text["86个"], terms) == 1.0
    # no word of the question after the count (8辆 of 全县8辆图书车 for "how many trips"): as before
    assert doers_counted(text, info, by_text["8辆"], ["旅", "乡村"]) == 1.0
    buses = with_english(analyse("How many mobile library buses are there?"), "count", "车", frozenset({"辆", "车"}), english_only=True)
    assert doers_counted(text, buses, by_text["8辆"], terms) == 1.0


def test_the_trips_the_buses_made_are_the_count_in_che_ci() -> None:
    """"How many trips to the countryside did the mobile library buses make last year?" (trips:
    趟, 旅): 1420车次, not the 8辆 the words "mobile library buses" stand right after."""
    from bot.answer.figure import choose
    from bot.question import analyse, with_english
    from tests.conftest import index_of

    text = BOOK_BUSES.split("\n\n")[1]
    index = index_of({"reading": text})
    question = "How many trips to the countryside did the mobile library buses make last year?"
    info = with_english(analyse(question), "count", "旅", frozenset({"趟", "旅"}), english_only=True)
    words = {"旅": 0.5, "旅游": 0.9, "乡村": 1.0, "流动": 1.0, "图书馆": 1.0, "车": 0.4, "去年": 1.0}
    choice = choose(text, words, index, info)
    assert choice is not None and choice.figure.text == "1420车次", choice
