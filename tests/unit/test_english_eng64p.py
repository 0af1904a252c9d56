"""English round eng64p (a word inside a multi-word dictionary phrase the corpus does not use):
small invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

RAIL = """柘川城际铁路

柘川城际铁路于2011年开通，开通初期每天开行列车18对，2015年增至32对。沿线设车站6座。
"""

SCHOOL = """柘川职业学校

柘川职业学校去年培训学员1200人次，开设专业14个。
"""

PARK = """柘川湿地公园

柘川湿地公园占地85公顷，每年接待游客约40万人次。
"""


def _terms(engine, question: str, english: str) -> list[str]:
    query = engine._index.english().translate(question)
    return [term for unit in query.units if unit.english == english for term, _weight in unit.terms]


def test_a_phrase_no_corpus_term_translates_is_searched_by_its_head_written_beside_the_others(tmp_path) -> None:
    """"bullet trains" is glossed whole (子弹火车), which no text writes, and "bullet" alone finds
    nothing, so the phrase stayed one unit with no term at all; the rail text writes 列车
    ("trains") beside the railway, its opening and its days: the head's sense is searched."""
    engine = engine_with(tmp_path, {"rail.txt": RAIL, "school.txt": SCHOOL, "park.txt": PARK})
    question = "How many pairs of bullet trains ran each day when the Zhechuan intercity railway opened?"
    terms = _terms(engine, question, "bullet trains")
    assert "列车" in terms, terms
    assert "培训" not in terms, terms  # "train" as "to train": written beside none of the others
    answer = engine.ask(question, count=False)
    assert answer.figure is not None and answer.figure.text == "18对", answer


def test_a_phrase_whose_head_sense_is_written_apart_from_the_others_stays_untranslated(tmp_path) -> None:
    """The wetland park's text writes no train: 列车, written only in the rail text, beside none
    of the question's other words, is not searched -- the phrase names something the texts lack."""
    engine = engine_with(tmp_path, {"rail.txt": RAIL, "school.txt": SCHOOL, "park.txt": PARK})
    question = "How many bullet trains does the Zhechuan wetland park have?"
    assert _terms(engine, question, "bullet trains") == []
    assert engine.ask(question, count=False).figure is None


STATION = """柘川车网互动示范站

2024年9月12日，柘川市首个规模化车网互动示范站在滨港新区投运，配备双向充放电桩60台。
"""

MALL = """柘川商圈

柘川大型商场共有3家，其中2家在滨港新区，节假日日均客流约5万人次。
"""


def test_a_phrase_kept_as_a_stand_in_term_also_gets_its_head_written_beside_the_others(tmp_path) -> None:
    """"large-scale" is kept as 大型 (glossed "large-scale", a stand-in below a whole gloss, so
    the head's own senses were never searched); the station's text writes 规模 ("scale", in
    规模化) beside the station, the demonstration and the first: searched too, below 大型. Where no
    passage writes 规模 beside the others (the malls), nothing is added."""
    engine = engine_with(tmp_path, {"station.txt": STATION, "mall.txt": MALL})
    question = "When did Zhechuan's first large-scale demonstration station go into service?"
    terms = _terms(engine, question, "large scale")
    assert terms[:1] == ["大型"] and "规模" in terms, terms
    assert "规模" not in _terms(engine, "How many large-scale shopping malls does Zhechuan have?", "large scale")
