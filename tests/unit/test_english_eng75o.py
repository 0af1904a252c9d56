"""English round eng75o (off-topic English questions shown a passage): small invented texts, not the sets'."""
from __future__ import annotations

from bot.answer.english.generic_things import generic_thing_lacking
from bot.answer.english.units_misread import counted_for_measure, misread_measure
from bot.answer.english.units_read import read_units
from index.figures import passage_figures
from tests.conftest import engine_with

ROADS = """柘川县农村公路建设

柘川县今年围绕农村公路确定5项重点任务，按照统一标准新建和改造公路86公里，平均每公里投入资金42万元。县里出台了12条举措，落实养护措施，全年开展路况检查380次。
"""

TEA = """柘川县茶叶出口

柘川县今年茶叶出口2860吨，比去年增长12%，全县茶园面积达到4.6万亩，茶农人均收入3.2万元。
"""


def _engine(tmp_path):  # type: ignore[no-untyped-def]
    return engine_with(tmp_path, {"roads.txt": ROADS, "tea.txt": TEA})


def test_a_unit_of_measure_read_as_another_word_still_asks_that_measure(tmp_path) -> None:
    """"How many litres of blood are in the average adult body?": no document writes 升, so
    "litres" reaches the corpus only through a synonym's sense (措施, 举措: "measures"), and the
    question counted 措施 -- the roads passage was shown. It still asks a volume: no count of
    measures or inspections answers it."""
    engine = _engine(tmp_path)
    read = read_units(engine._index, "How many litres of blood are in the average adult body?")
    litres = next(unit for unit in read.query.units if unit.english == "litres")
    assert litres.terms and misread_measure(litres, read.query.kind) == "volume"
    answer = engine.ask("How many litres of blood are in the average adult body?", count=False)
    assert not answer.results, answer
    # a unit the corpus writes as itself is read as it is
    read = read_units(engine._index, "How many kilometres of road did Zhechuan build?")
    assert all(misread_measure(unit, read.query.kind) is None for unit in read.query.units)
    for question, figure in (("How many kilometres of road did Zhechuan build?", "86公里"),
                             ("How many tonnes of tea did Zhechuan export this year?", "2860吨")):
        answer = engine.ask(question, count=False)
        assert answer.figure is not None and answer.figure.text == figure, (question, answer)


def test_a_count_answers_no_amount_in_a_unit_of_measure() -> None:
    checks = passage_figures("全年开展路况检查380次")[0]
    assert counted_for_measure("How many litres of blood are in a body?", "volume", checks)
    assert not counted_for_measure("How many road checks were made?", None, checks)
    assert not counted_for_measure("全年开展多少次检查?", "volume", checks)  # not wholly English


def test_a_thing_in_general_that_no_document_writes_is_absent(tmp_path) -> None:
    """"How many keys are on a standard piano?": "keys" reaches 重点 (of 5项重点任务) and
    "standard" 标准, and the roads passage was shown with 5项. The question asks what is true of
    pianos in general, and no document writes 钢琴: nothing is shown."""
    engine = _engine(tmp_path)
    answer = engine.ask("How many keys are on a standard piano?", count=False)
    assert not answer.results, answer
    answer = engine.ask("How many key tasks did Zhechuan set for rural roads?", count=False)
    assert answer.figure is not None and answer.figure.text == "5项", answer


def test_a_past_event_or_a_named_question_is_no_thing_in_general(tmp_path) -> None:
    engine = _engine(tmp_path)
    index = engine._index

    def lacking(question: str) -> bool:
        read = read_units(index, question)
        named = any(unit.name for unit in read.query.units) or bool(read.spelled)
        return generic_thing_lacking(index, read.text, read.query.units, set(read.spelled), named)

    assert lacking("How many keys does a standard piano have?")
    assert not lacking("How many keys did a standard piano have?")  # the past: an event reported
    assert not lacking("How many keys does a standard piano in Zhechuan have?")  # a name
    assert not lacking("How many keys are on the piano?")  # no indefinite thing


GAMES = """柘川县全民运动会

柘川县第三届全民运动会今年10月开幕，设体育项目18个，全县1.2万人参赛，比赛持续到11月底。
"""


def test_a_thing_named_by_its_kind_that_no_document_writes_is_absent(tmp_path) -> None:
    """"Where did the sport of curling begin?": "sport" -> 体育 and "begin" -> 开始 of a games
    report; "curling", read as a verb, is untranslated. CC-CEDICT glosses 冰壶 "curling (sport)":
    the question names a sport by its kind, and no document writes 冰壶 -- nothing is shown."""
    from bot.answer.english.kind_of_apposed import apposed_member_lacking

    engine = engine_with(tmp_path, {"games.txt": GAMES, "tea.txt": TEA})
    index = engine._index

    def lacking(question: str) -> bool:
        read = read_units(index, question)
        return apposed_member_lacking(index, read.text, read.query.units, set(read.spelled))

    assert lacking("Where did the sport of curling begin?")
    assert not lacking("How many sports were held at the county games?")
    assert not lacking("What was the population of the county?")  # an of-genitive, no kind glossed
    answer = engine.ask("Where did the sport of curling begin?", count=False)
    assert not answer.results, answer
    answer = engine.ask("How many people took part in Zhechuan's games?", count=False)
    assert answer.results and "1.2万人" in answer.results[0].text, answer
