"""English round eng68t (a noun or adjective of the question whose right passage writes a corpus
word sharing a character with the word's dictionary headwords -- a kin word -- and the dictionary
glosses that kin word, or the shared character, with the question's own word): small invented
texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

SHIPYARD = """澄溪船厂

澄溪船厂始建于1958年，现有职工420人，年造船能力3万载重吨。

2023年，船厂建成钢质渔船36艘，其中远洋渔船12艘，每艘配备北斗终端。
"""

RAILWAY_YARD = """澄溪船厂旧址

2023年，澄溪船厂旧址沿铁路建成渔船码头，停泊渔船60艘。
"""

MUSEUM = """澄溪博物馆

澄溪博物馆藏有钢铁农具300件。

博物馆每年接待观众约25万人次。
"""


def _terms(engine, question: str, english: str) -> list[str]:
    query = engine._index.english().translate(question)
    return [term for unit in query.units if unit.english == english for term, _weight in unit.terms]


def test_a_thing_s_kin_word_whose_character_is_glossed_with_the_word_is_searched(tmp_path) -> None:
    """"steel" keeps 钢铁 (the museum's word, beside none of the shipyard's); the shipyard's
    paragraph writes 钢质 -- no headword of the dictionary, built on 钢, which it glosses "steel" --
    beside the boats, the shipyard, Chengxi and 2023: searched too, below the kept sense."""
    engine = engine_with(tmp_path, {"shipyard.txt": SHIPYARD, "museum.txt": MUSEUM})
    question = "How many steel fishing boats did the Chengxi shipyard build in 2023?"
    unit = next(u for u in engine._index.english().translate(question).units if u.english == "steel")
    weights = dict(unit.terms)
    assert "钢质" in weights and unit.terms[0][0] != "钢质" and weights["钢质"] < unit.terms[0][1], unit.terms


def test_a_thing_s_kin_word_the_dictionary_glosses_otherwise_is_not_searched(tmp_path) -> None:
    """The old yard's paragraph writes 铁路 (铁 of 钢铁) beside the boats, the shipyard, Chengxi
    and 2023; but the dictionary glosses 铁路 "railroad", not "steel": a thing's kin word must
    carry the word's own meaning, so nothing is added."""
    engine = engine_with(tmp_path, {"yard.txt": RAILWAY_YARD, "museum.txt": MUSEUM})
    question = "How many steel fishing boats did the Chengxi shipyard build in 2023?"
    assert "铁路" not in _terms(engine, question, "steel")
