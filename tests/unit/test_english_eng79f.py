"""English round eng79f (the right passage first, a wrong figure or none): a count of persons whose
noun no term translates -- small invented texts, not the sets'."""
from __future__ import annotations

from bot.answer import consider
from bot.answer.figure.persons_only import THINGS_FOR_PERSONS, persons_only, things_for_persons
from bot.question import QuestionInfo
from index.figures import passage_figures
from tests.conftest import engine_with

YARD = """柘川船厂

道光三年（1823年），本地船商周永和在柘口购地开厂，初设船坞3座，雇用匠工41人，开办资本约3100两。
"""

WELL = """柘川县古盐井

凿井匠头王福，率工匠28名以顿钻法凿井，前后耗用钻头90余个，终见浓卤。
"""

PERSONS = frozenset({"名", "位", "人"})


def _figure(engine, question: str) -> str | None:  # type: ignore[no-untyped-def]
    answer = engine.ask(question, count=False)
    return answer.figure.text if answer.figure is not None else None


def test_an_untranslated_head_noun_of_persons_is_counted_in_their_measure_words(tmp_path) -> None:
    """"How many workmen did the shipyard employ?": "workmen" reaches no corpus term, but English
    marks it as persons (-men; "passengers": CC-CEDICT's words for "passenger" mostly persons), so
    the count is asked in the measure words of persons -- 41人 counts them, not 3座 of docks."""
    engine = engine_with(tmp_path, {"yard.txt": YARD, "well.txt": WELL})
    for question in ("How many workmen did the shipyard employ when it opened?", "How many passengers could each boat carry?"):
        info = consider(engine._index, question).query.info
        assert PERSONS <= info.units, (question, info.units)
    info = consider(engine._index, "How many docks did the shipyard have when it opened?").query.info
    assert "名" not in info.units  # a thing, translated or not: no persons
    assert _figure(engine, "How many workmen did the shipyard employ when it opened?") == "41人"


def test_a_count_of_things_is_not_what_an_untranslated_count_of_persons_counts() -> None:
    """"How many passengers could each ferry boat carry?": 渡船 right before 4艘 is what 4艘 counts
    -- boats, not the persons asked; and 钻头90余个， counts drill bits, not the workmen."""
    info = QuestionInfo(kind="count", unit=None, english=True, units=PERSONS)
    text = "义渡初设渡船4艘，限载22人"
    boats, people = (f for f in passage_figures(text) if f.kind == "count")
    assert persons_only(info, boats, text) and not persons_only(info, people, text)
    assert not persons_only(QuestionInfo(kind="count", unit=None, units=PERSONS), boats, text)  # Chinese
    counted = QuestionInfo(kind="count", unit=None, english=True, units=PERSONS, counted="船夫")
    assert not persons_only(counted, boats, text)  # a counted term reads its own measure words
    text = WELL.split("\n", 2)[2]
    workmen, bits = (f for f in passage_figures(text) if f.kind == "count")
    assert things_for_persons(info, bits, text) == THINGS_FOR_PERSONS
    assert things_for_persons(info, workmen, text) == 1.0
    three = passage_figures("来了3个人")[0]
    assert things_for_persons(info, three, "来了3个人") == 1.0  # 个人: persons counted with 个

