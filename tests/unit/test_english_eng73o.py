"""English round eng73o (off-topic English questions shown a passage): small invented texts, not the sets'."""
from __future__ import annotations

from bot.answer.english.measure_asked import measures_asked, untranslated_things
from index.english import EnglishUnit
from tests.conftest import engine_with

BUSES = """柘川县城乡公交

柘川县今年开通城乡公交线路9条，高峰时段每15分钟发一班车，全程运行约1.5小时，每小时最多发车4班。
"""

CANTEEN = """柘川县老年食堂

柘川县在各乡镇办起老年食堂26家，每天中午11时开饭，用餐时间约40分钟，累计服务老人3.2万人次。
"""


def test_a_count_asked_in_a_unit_of_measure_naming_nothing_else_understood_gets_nothing(tmp_path) -> None:
    """"How many hours of sleep does a teenager need each night?": the unit asked in (小时) is
    understood surely, but it says in what the answer is given; "sleep" and "teenager" have no
    term any document writes, and "night" is translated only into that unit (小时). Nothing is
    shown; a count the documents give is still answered."""
    engine = engine_with(tmp_path, {"buses.txt": BUSES, "canteen.txt": CANTEEN})
    for question in (
        "How many hours of sleep does a teenager need each night?",
        "How many minutes does it take to soft-boil an egg?",
    ):
        answer = engine.ask(question, count=False)
        assert not answer.results, (question, answer)
    answer = engine.ask("How many minutes does lunch last at the elderly canteens?", count=False)
    assert answer.results and "40分钟" in answer.results[0].text, answer
    # one thing no word translates beside the unit may be a gap of the dictionary: still answered
    answer = engine.ask("How many minutes did each diner get?", count=False)
    assert answer.results and "40分钟" in answer.results[0].text, answer


def test_the_measure_asked_is_the_focus_whose_terms_are_units_of_measure() -> None:
    hours = EnglishUnit("hours", (("小时", 1.0),), 1.0, focus=True, understood=1.0)
    night = EnglishUnit("night", (("小时", 0.5),), 0.5, understood=0.5)
    sleep = EnglishUnit("sleep", (), 0.0)
    people = EnglishUnit("people", (("人", 1.0),), 1.0, focus=True, understood=1.0)
    assert measures_asked([hours, sleep, night], "count") == frozenset({0, 2})
    assert measures_asked([hours, sleep, night], "date") == frozenset()
    assert measures_asked([people, sleep], "count") == frozenset()
    teenager = EnglishUnit("teenager", (), 0.0)
    assert untranslated_things([hours, sleep, night, teenager], {0, 2}, set()) == 2
    assert untranslated_things([hours, sleep, night, teenager], {0, 2}, {3}) == 1
