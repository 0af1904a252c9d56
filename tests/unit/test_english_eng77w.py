"""English round eng77w: a British spelling after "to" or an auxiliary (kept as a bug fix: the
check for irregular past forms read the list that also holds spelling variants). Invented texts."""
from __future__ import annotations

from tests.conftest import engine_with

HALL = """柘溪祠堂

柘溪祠堂建于清代乾隆年间，为陈氏宗祠。光绪五年（1879年），祠堂毁于火灾，次年由族人重建。

祠堂前有古井一口，村民张阿福曾在井边救起落水的邻居。
"""

FLEET = """柘溪渔业

柘溪县现有海洋渔船420艘，其中钢质渔船186艘。县里计划到2027年再新增钢质渔船40艘。
"""


def _terms(engine, question: str, word: str) -> tuple[tuple[str, float], ...]:
    units = engine.index.english().translate(question).units
    return next(u.terms for u in units if u.english == word)


def test_a_british_spelling_after_to_or_an_auxiliary_is_respelled(tmp_path) -> None:
    """"to save his *neighbour*", "did they *organise*": the words after "to" or an auxiliary
    kept as written were meant for irregular past forms that are also base forms ("found");
    the list also holds British spellings, which then stayed unglossed (CC-CEDICT writes
    "neighbor"). They are respelled wherever they stand."""
    from index.english.cedict import load_dictionary
    from index.english.focus import read_question

    known = load_dictionary().known
    assert read_question("Who ran to help his neighbour?", known).lemmas[-1] == "neighbor"
    assert read_question("What did the villagers organise?", known).lemmas[-1] == "organize"
    # (an irregular past form that is also a base form stays as written there, as before)
    assert "found" in read_question("When did the villagers found the school?", known).lemmas
    engine = engine_with(tmp_path, {"hall.txt": HALL, "fleet.txt": FLEET})
    terms = _terms(engine, "Who pulled his neighbour out of the well?", "neighbour")
    assert any(term == "邻居" for term, _ in terms), terms

