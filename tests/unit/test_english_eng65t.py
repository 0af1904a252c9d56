"""English round eng65t (a question's verb that the right passage writes with a dictionary sense
beyond the kept ones): small invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

MILL = """澄溪油坊

嘉庆七年（1802年），本地商人韩守业集资白银约1500两，购地开坊，雇工18人。

道光二十年（1840年），油坊毁于大火，次年重建，耗银约2600两。
"""

MUSEUM = """澄溪科技馆

澄溪科技馆新馆于2024年3月18日开工，总投资4.2亿元，建筑面积3.6万平方米。

新馆开馆后，预计每年可接待观众120万人次，开始举办科普活动。
"""


def _terms(engine, question: str, english: str) -> list[str]:
    query = engine._index.english().translate(question)
    return [term for unit in query.units if unit.english == english for term, _weight in unit.terms]


def test_a_verb_s_sense_beyond_the_kept_written_beside_the_others_is_searched(tmp_path) -> None:
    """"raise" keeps 提高, 提出 and the like; the founding paragraph writes 集资 "to raise money"
    beside the taels and the silver: searched too, below the kept senses."""
    engine = engine_with(tmp_path, {"mill.txt": MILL, "museum.txt": MUSEUM})
    question = "How many taels of silver did the founder raise to set up the Chengxi oil mill?"
    terms = _terms(engine, question, "raise")
    assert "集资" in terms and terms[0] != "集资", terms
    answer = engine.ask(question, count=False)
    assert answer.figure is not None and answer.figure.text == "1500两", answer



def test_a_verb_s_loose_sense_beside_too_few_other_words_is_not_searched(tmp_path) -> None:
    """"How many visitors did the science museum raise": 集资 stands in the mill's paragraph,
    beside none of the other words (the visitors and the museum are the museum text's): the verb
    keeps its own senses only."""
    engine = engine_with(tmp_path, {"mill.txt": MILL, "museum.txt": MUSEUM})
    assert "集资" not in _terms(engine, "How many visitors did the science museum raise?", "raise")
