"""English round eng67t (a question's word whose right passage writes a corpus word sharing a
character with the word's dictionary headwords): small invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

SHIPYARD = """澄溪船厂

澄溪船厂始建于1958年，现有职工420人，年造船能力3万载重吨。

2023年，船厂建成钢质渔船36艘，其中远洋渔船12艘，每艘配备北斗终端。

船厂木工车间保存木模180套，最早的一套制于1962年。
"""

MUSEUM = """澄溪博物馆

澄溪博物馆藏有钢铁农具300件，模具展区展出各类模具45种。

博物馆每年接待观众约25万人次，规模居全市前列。
"""


def _terms(engine, question: str, english: str) -> list[str]:
    query = engine._index.english().translate(question)
    return [term for unit in query.units if unit.english == english for term, _weight in unit.terms]


def test_a_british_ou_spelling_is_read_as_the_american_the_dictionary_glosses(tmp_path) -> None:
    """"moulds": CC-CEDICT glosses "mold" (模 ... ); read as "molds", the carpentry workshop's
    木模 is reached, as for "molds"."""
    from index.english.cedict import load_dictionary
    from index.english.lemmas import lemmatize

    known = load_dictionary().known
    assert lemmatize("moulds", known) == "mold" and lemmatize("smouldering", known) == "smolder"
    engine = engine_with(tmp_path, {"shipyard.txt": SHIPYARD, "museum.txt": MUSEUM})
    assert "木模" in _terms(engine, "How many moulds does the Chengxi shipyard keep?", "moulds")
