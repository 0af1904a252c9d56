"""English round eng79f (the right passage first, a wrong figure or none): small invented texts, not the sets'."""
from __future__ import annotations

from bot.answer import consider
from bot.answer.figure.newly import newly_done
from bot.answer.figure.numbered import OTHER_NUMBERED, other_ordinal
from bot.answer.figure.persons_only import persons_only
from bot.question import QuestionInfo
from index.english.asking import named_dimension
from index.english.cedict import load_dictionary
from index.english.focus import read_question
from index.figures import passage_figures
from tests.conftest import engine_with

WELL = """柘川县古盐井

乾隆二十年（1755年），本地盐商李德顺集股白银约3.2万两，延请匠人开凿新井，井深达72丈。
嘉庆年间为鼎盛时期，镇上先后凿成盐井19口，年产盐约180万斤，经柘溪水运销下游。
凿井匠头王福，率工匠28名以顿钻法凿井，前后耗用钻头90余个，终见浓卤。
"""

BEES = """柘川县养蜂业

合作经营带动增收。全县新成立养蜂专业合作社16家，合作社总数达到53家，入社蜂农1240户。
"""

YARD = """柘川船厂

道光三年（1823年），本地船商周永和在柘口购地开厂，初设船坞3座，雇用匠工41人，开办资本约3100两。
"""

SURVEY = """柘川县主题活动评估

在活动总结评估中，群众对第一批活动总体评价“好”的占98.72%，对第二批活动评价“好”的占99.31%，对宣传、服务等7个方面评价为“好”的均达到99.5%以上。
"""


def _engine(tmp_path):  # type: ignore[no-untyped-def]
    return engine_with(tmp_path, {"well.txt": WELL, "bees.txt": BEES, "yard.txt": YARD, "survey.txt": SURVEY})


def _figure(engine, question: str) -> str | None:  # type: ignore[no-untyped-def]
    answer = engine.ask(question, count=False)
    return answer.figure.text if answer.figure is not None else None


def test_a_unit_named_after_in_units_of_a_scale_is_the_unit_asked(tmp_path) -> None:
    """"How much silver, in units of ten thousand taels, ...": 两 is the unit asked (money), as in
    "in ten thousand taels" -- not a count of 银, which 3.2万两 does not count in its measure word."""
    engine = _engine(tmp_path)
    assert _figure(engine, "How much silver, in units of ten thousand taels, did the merchant raise to open the well?") == "3.2万两"
    assert _figure(engine, "How much salt did the town produce each year at its height, in units of ten thousand jin?") == "180万斤"


def test_an_untranslated_head_noun_of_persons_is_counted_in_their_measure_words(tmp_path) -> None:
    """"How many workmen did the shipyard employ?": "workmen" reaches no corpus term, but English
    marks it as persons (-men; "passengers": CC-CEDICT's words for "passenger" mostly persons), so
    the count is asked in the measure words of persons -- 41人 counts them, not 3座 of docks."""
    engine = _engine(tmp_path)
    for question in ("How many workmen did the shipyard employ when it opened?", "How many passengers could each boat carry?"):
        info = consider(engine._index, question).query.info
        assert {"名", "人"} <= info.units, (question, info.units)
    info = consider(engine._index, "How many docks did the shipyard have when it opened?").query.info
    assert "名" not in info.units  # a thing, translated or not: no persons
    assert _figure(engine, "How many workmen did the shipyard employ when it opened?") == "41人"


def test_the_ordinal_asked_is_the_figure_whose_clause_numbers_its_item_so() -> None:
    """"the *first* round": the clause numbering its item 第一批 answers (98.72%), over the 99.5% of
    a clause numbering nothing (1) and the 99.31% of 第二批 (:data:`OTHER_NUMBERED`)."""
    text = SURVEY.split("\n", 2)[2]
    first = QuestionInfo(kind="percent", unit=None, english=True, ordinal=1)
    factors = {f.text: other_ordinal(text, first, f) for f in passage_figures(text) if f.kind == "percent"}
    assert factors["98.72%"] > 1.0 and factors["99.5%"] == 1.0 and factors["99.31%"] == OTHER_NUMBERED, factors
    chinese = QuestionInfo(kind="percent", unit=None, ordinal=1)
    assert all(other_ordinal(text, chinese, f) == 1.0 for f in passage_figures(text))  # not a Chinese question's


def test_new_before_a_verb_says_newly_done(tmp_path) -> None:
    """新成立 ("newly" + 成立 "to establish") is what was added, as 新建 is: "how many ... in all
    now" asks the total 53家, not the 16家 newly set up."""
    assert newly_done("全县新成立养蜂专业合作社") == "新成立"
    assert newly_done("今年新建冷藏库") == "新建"
    assert newly_done("推动创新发展") is None  # 创新: 新 ends a word of its own
    assert newly_done("新发展会员") is None  # 发展's likeliest sense is no verb ("development")
    engine = _engine(tmp_path)
    assert _figure(engine, "How many beekeeping cooperatives does the county have in all now?") == "53家"


WALLS = """柘川县山区公路防护

柘川县今年在山区公路新建波形护栏126公里，另建混凝土挡墙38公里，改造危桥12座。
"""


def test_what_and_a_noun_naming_a_measured_amount_asks_a_figure(tmp_path) -> None:
    """"What length of concrete wall was built?": "length" is a length by every dictionary word it
    glosses that measures anything (长度, 全长, 总长), whichever word it was searched as (长), so
    the question asks a figure as "how long" does -- and the head of "what total length of" is
    the word before "of"."""
    assert named_dimension("length") == "length" and named_dimension("cost") == "money"
    assert named_dimension("areas") is None  # a plural: "which areas", places
    assert named_dimension("size") is None and named_dimension("number") is None  # no one amount in units
    known = load_dictionary().known
    assert read_question("What total length of wall was built?", known).asked_noun == 2
    engine = engine_with(tmp_path, {"walls.txt": WALLS})
    info = consider(engine._index, "What length of concrete wall did Zhechuan build on its mountain roads?").query.info
    assert info.kind == "count", info


def test_a_count_of_things_is_not_what_an_untranslated_count_of_persons_counts() -> None:
    """"How many passengers could each ferry boat carry?": 渡船 right before 4艘 is what 4艘 counts
    -- boats, not the persons asked -- so it does not outweigh 限载22人."""
    info = QuestionInfo(kind="count", unit=None, english=True, units=frozenset({"名", "位", "人"}))
    boats, people = (f for f in passage_figures("义渡初设渡船4艘，限载22人") if f.kind == "count")
    assert persons_only(info, boats) and not persons_only(info, people)
    assert not persons_only(QuestionInfo(kind="count", unit=None, units=info.units), boats)  # Chinese
    assert not persons_only(QuestionInfo(kind="count", unit=None, english=True, units=info.units, counted="船夫"), boats)
