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


MILL = """兰溪油坊

兰溪油坊开业于1802年，坊主韩守业雇工18人，年榨油约3万斤。

1840年，油坊毁于大火，次年重建。
"""

PLANT = """兰溪机械厂

该厂现使用数控机床42台，年产值1.2亿元。

工厂始建于1958年。
"""


def test_a_verb_s_kin_word_written_beside_all_the_others_is_searched(tmp_path) -> None:
    """"employ" keeps 使用 (the plant's word, beside none of the mill's); the mill's paragraph
    writes 雇工 (雇 of the verb's headword 雇) beside the workers, the mill and Lanxi: searched too,
    below the kept sense."""
    engine = engine_with(tmp_path, {"mill.txt": MILL, "plant.txt": PLANT})
    question = "How many workers did the Lanxi oil mill employ?"
    unit = next(u for u in engine._index.english().translate(question).units if u.english == "employ")
    weights = dict(unit.terms)
    assert "雇工" in weights and unit.terms[0][0] != "雇工" and weights["雇工"] < unit.terms[0][1], unit.terms


def test_a_verb_whose_kept_sense_stands_beside_the_others_gains_no_kin_word(tmp_path) -> None:
    """"machine tools ... plant employ": the plant's paragraph writes 使用 itself beside the
    machine tools: the verb is not missing, nothing is added."""
    engine = engine_with(tmp_path, {"mill.txt": MILL, "plant.txt": PLANT})
    assert "雇工" not in _terms(engine, "How many machine tools does the Lanxi plant employ?", "employ")


# (test_a_thing_gains_no_kin_word: things gain kin words since eng68t, when the dictionary glosses the
# kin word or its shared character with the word -- see tests/unit/test_english_eng68t.py)


def test_a_british_ou_spelling_is_read_as_the_american_the_dictionary_glosses(tmp_path) -> None:
    """"moulds": CC-CEDICT glosses "mold" (模 ... ); read as "molds", the carpentry workshop's
    木模 is reached, as for "molds"."""
    from index.english.cedict import load_dictionary
    from index.english.lemmas import lemmatize

    known = load_dictionary().known
    assert lemmatize("moulds", known) == "mold" and lemmatize("smouldering", known) == "smolder"
    engine = engine_with(tmp_path, {"shipyard.txt": SHIPYARD, "museum.txt": MUSEUM})
    assert "木模" in _terms(engine, "How many moulds does the Chengxi shipyard keep?", "moulds")
