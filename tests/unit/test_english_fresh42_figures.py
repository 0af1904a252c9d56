"""Which figure of the passage is the direct answer to a wholly English question (english_fresh42
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with


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


CANAL = (
    "临川古渠\n\n"
    "古渠修成之初，受益农田为900亩；至嘉庆年间，随着支渠延伸，灌溉面积扩大到2100余亩，成为全县粮仓。\n"
)


def test_a_count_after_a_time_of_the_beginning_is_of_what_was() -> None:
    """修成之初，受益农田为900亩: 900亩 is the count of the start, as 原有 says -- it fits less an
    English question asking a later time, more one asking the start ("initially"); 2100余亩 is
    no count of the start."""
    from bot.answer.figure.then_now import SUPERSEDED, former
    from bot.question import analyse, with_english
    from index.figures import passage_figures

    text = CANAL.split("\n\n")[1]
    by_text = {f.text: f for f in passage_figures(text)}
    later = with_english(analyse("By the Jiaqing years, how many mu did the canal irrigate?"), "count", "亩", english_only=True)
    assert former(text, later, by_text["900亩"]) == SUPERSEDED
    assert former(text, later, by_text["2100余亩"]) == 1.0
    first = with_english(analyse("How many mu did the canal initially irrigate?"), "count", "亩", english_only=True)
    assert former(text, first, by_text["900亩"]) == 1.0 / SUPERSEDED


def test_the_later_area_answers_a_question_naming_the_later_time(tmp_path: Path) -> None:
    """"By the Jiaqing years, how many mu of farmland did the canal irrigate?": 2100余亩, not the
    900亩 of when it was finished."""
    engine = engine_with(tmp_path, {"canal.txt": CANAL})
    answer = engine.ask("By the Jiaqing years, how many mu of farmland did the Linchuan canal irrigate?", count=False)
    assert answer.text is not None and answer.text.startswith("2100"), answer.text


def test_a_start_asked_in_english_asks_what_was() -> None:
    """"at first", "start out with" ask how things stood at the start -- what was, as "initially"
    does; a question naming a later time does not."""
    from bot.answer.query import read_question
    from tests.conftest import index_of

    index = index_of({"canal": CANAL.split("\n\n")[1]})
    assert read_question(index, "How many mu did the canal irrigate at first?").info.earlier
    assert read_question(index, "How many mu of farmland did the canal start out with?").info.earlier
    assert not read_question(index, "By the Jiaqing years, how many mu did the canal irrigate?").info.earlier
