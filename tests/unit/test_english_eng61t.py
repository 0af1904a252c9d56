"""English round eng61t (a question's word translated into terms the right passage does not
write, while it writes a term that means it): small invented texts, not the sets'."""
from __future__ import annotations

from pathlib import Path

from bot.answer import answer_question
from index.english.phrase_pieces import HEAD_FACTOR, head_senses

from tests.conftest import engine_with

WATER = """澄溪县智慧水务工程

澄溪县智慧水务工程于去年9月12日正式启动，总投资1.2亿元，覆盖全县11个乡镇。

工程分两期实施，一期工程于今年5月底完工，新增供水管网86公里。
"""

POLICY = """澄溪县人才新政

澄溪县于2021年6月出台《人才引进实施办法》，全年引进各类人才1300名。
"""


def _terms(engine, question: str, english: str) -> list[str]:
    units = engine.index.english().translate(question).units
    return [term for unit in units if unit.english == english for term, _ in unit.terms]


def test_a_phrase_glossed_whole_keeps_its_head_s_own_senses(tmp_path: Path) -> None:
    """"officially launch" is glossed whole by 出台 ("to officially launch (a policy ...)"), a term
    of the corpus: the phrase is one unit -- and its head's own senses (启动 for "launch") are
    searched too, below it, for a report that writes 正式启动."""
    engine = engine_with(tmp_path, {"water.txt": WATER, "policy.txt": POLICY})
    terms = _terms(engine, "When did Chengxi county officially launch its smart water project?", "officially launch")
    assert terms[:1] == ["出台"] and "启动" in terms, terms


def test_a_launch_written_in_other_terms_than_the_phrase_s_is_found(tmp_path: Path) -> None:
    """The project's 正式启动 comes before the policy report's 出台 (first at the base)."""
    engine = engine_with(tmp_path, {"water.txt": WATER, "policy.txt": POLICY})
    answer = answer_question(engine.index, "When did Chengxi officially launch the project?")
    assert answer.results and "正式启动" in answer.results[0].text, answer


def test_the_head_s_own_senses_weigh_below_the_phrase(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"water.txt": WATER, "policy.txt": POLICY})
    links = engine.index.english()._links
    senses = dict(head_senses(links, ("officially", "launch"), [("出台", 1.0)], ["出台"], False, frozenset(), True))
    assert "启动" in senses and max(senses.values()) <= HEAD_FACTOR, senses


def test_no_head_of_its_own_in_a_hyphenated_word_a_particle_or_a_unit(tmp_path: Path) -> None:
    """"long-standing" is one word of English; "cleared *up*" ends in a particle; "cubic metres"
    (立方米) is a unit of measure whose head alone (米) measures a length."""
    engine = engine_with(tmp_path, {"water.txt": WATER, "policy.txt": POLICY})
    links = engine.index.english()._links
    assert head_senses(links, ("officially", "launch"), [("出台", 1.0)], ["出台"], True, frozenset(), True) == []
    assert head_senses(links, ("clear", "up"), [("清理", 1.0)], ["清理"], False, frozenset(), True) == []
    assert head_senses(links, ("cubic", "metre"), [("立方米", 1.0)], ["立方米"], False, frozenset(), False) == []


def test_no_head_of_its_own_for_a_stand_in_for_an_unwritten_gloss(tmp_path: Path) -> None:
    """"ancestral hall" is glossed 祠堂, which no text writes; 宗祠 ("clan hall") stands in for it,
    found through part of its gloss: already a term of its kind, no head's senses beside it; nor
    beside a headword written with another character of the same sound."""
    engine = engine_with(tmp_path, {"water.txt": WATER, "policy.txt": POLICY})
    links = engine.index.english()._links
    assert head_senses(links, ("ancestral", "hall"), [("宗祠", 0.7)], ["宗祠"], False, frozenset(), False) == []
    # 风电厂 "wind farm", written 风电场 (a character of the same sound): no 农业 for "farm"
    assert head_senses(links, ("wind", "farm"), [("风电厂", 1.0)], ["风电场"], False, frozenset(), False) == []
    assert head_senses(links, ("officially", "launch"), [("出台", 1.0)], ["出台"], False, frozenset(), True)
