"""English round eng79y ("over the year" is no particular year; "yuan" searched as 元): small
invented texts, not the sets'."""
from __future__ import annotations

from index.english.links import Candidate
from index.english.units import Unit
from tests.conftest import engine_with

LIBRARY = """柘溪书屋

柘溪镇去年新建农家书屋12个，镇财政共投入资金86万元，购置图书3.2万册。
"""

OFFICES = """柘溪机关

柘溪镇共有行政单位14个，下设部门38个，每个单位配备图书管理员一名。
"""


def test_a_period_spanned_by_a_preposition_of_extent_is_no_determined_one() -> None:
    """"over / during / throughout the year" spans a year, not "this year" (今年) nor "every year"
    (每年), the senses CC-CEDICT glosses first as the noun picked by a determiner; not "over the
    year before" (a comparison) nor a possessive ("during the year's upkeep")."""
    from index.english.whole_period import determined, spanned_periods, without_determined

    assert {"今年", "每年"} <= determined("year") and "全年" not in determined("year")
    assert "当年" not in determined("year")  # first sense "in those days"
    assert spanned_periods("How much was invested over the year, in yuan?") == {"year"}
    assert spanned_periods("How many were handled during the year?") == {"year"}
    assert spanned_periods("By how much did it grow over the year before?") == frozenset()
    assert spanned_periods("How many were replaced during the year's upkeep?") == frozenset()
    units = [Unit(0, 1, "invested", ("invest",), ()), Unit(1, 2, "year", ("year",), ())]
    pools = {
        0: [Candidate("投资", 1.0)],
        1: [Candidate("今年", 0.6), Candidate("年", 0.5), Candidate("全年", 0.3)],
    }
    kept = without_determined(pools, frozenset({"year"}), units, ["invested", "year"])
    assert [c.term for c in kept[1]] == ["年", "全年"] and kept[0] == pools[0]
    # "over the years" (plural): no period spanned whole
    plural = [units[0], Unit(1, 2, "years", ("year",), ())]
    assert without_determined(pools, frozenset({"years"}), plural, ["invested", "years"]) == pools


def test_a_parenthetical_naming_the_headword_by_its_pinyin_is_a_sense() -> None:
    """元 "currency unit (esp. Chinese yuan)", 圆 "unit of Chinese currency (yuan)": the
    parenthetical names the headword by its own toneless pinyin, the name English writes it by;
    a quoted sound (润 "(loanword from "run")") or a two-letter syllable (按 "an") is not."""
    from index.english.cedict_senses import headword_senses

    assert any(s.words == ("yuan",) and not s.name and s.rank == 0 for s in headword_senses("元"))
    assert any(s.words == ("yuan",) for s in headword_senses("圆"))
    assert not any(s.words == ("run",) for s in headword_senses("润"))
    assert not any(s.words == ("an",) for s in headword_senses("按"))


def test_yuan_is_searched_as_yuan_not_as_a_unit(tmp_path) -> None:
    """"in yuan": "yuan" reached 元 only by the dynasty's name (below a one-character headword's
    threshold) and was widened through "currency unit" to 单位."""
    engine = engine_with(tmp_path, {"library.txt": LIBRARY, "offices.txt": OFFICES})
    units = engine.index.english().translate("How much did the town treasury put into the reading rooms, in yuan?").units
    terms = next(u.terms for u in units if u.english == "yuan")
    assert terms and terms[0][0] == "元", terms
    assert not any(term == "单位" for term, _ in terms), terms


READING_ROOMS = """柘溪书屋建设

柘溪镇一年来新建农家书屋12个，全年累计购置图书3.2万册。

柘溪镇农家书屋共吸纳志愿者30人，每个书屋每周开放5天。
"""


def test_a_sum_asked_keeps_the_best_whose_passage_gives_one(tmp_path) -> None:
    """"over the year" asks a sum; the best's figure (12个) is written after no sum word, but its
    passage gives one (全年累计购置图书3.2万册) -- the test a candidate below it passes (共吸纳志愿者
    30人) to be put first: the best passes it too and stays first."""
    import dataclasses

    from bot.answer import consider
    from bot.answer.english.sums import sum_first
    from bot.answer.reading import Reading

    engine = engine_with(tmp_path, {"rooms.txt": READING_ROOMS})
    question = "How many reading rooms did Zhexi build over the year?"
    considered = consider(engine.index, question)
    reading = Reading(engine.index)
    by_text = {reading.text(c.evidence.id)[:6]: c for c in considered.candidates}
    best, other = by_text["柘溪镇一年来"], by_text["柘溪镇农家书"]
    assert best.figure is not None and best.figure.text.startswith("12")
    ordered = (dataclasses.replace(best, score=10.0), dataclasses.replace(other, score=9.5))
    assert sum_first(reading, considered.query, ordered)[0].figure.text.startswith("12")
