"""English round eng82d (declines that stop answerable wholly English questions): small invented
texts, not the sets'."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

PAIRING = """柘川县干部联村机制

2024年，柘川县落实“干部联村”结对帮扶长效机制，推动全县320多名县级领导、1500多名机关干部包村联社，帮助群众解决急难愁盼问题。

机制实施以来，全县共收集群众意见建议4600余条。
"""

ORCHARD = """柘川县果园

柘川县共有果园86个，主要种植柑橘和杨梅。
"""


def test_a_deed_told_by_its_complement_in_the_figure_clause_is_written(tmp_path: Path) -> None:
    """"How many county-level leaders were paired with villages and communities under the ...
    mechanism?": the clause 320多名县级领导…包村联社 writes no translation of "paired" (确定, 面对),
    but writes the villages the verb's complement names (村 of 包村): the deed is told there in the
    text's own words, and the figure answers (framed_deed_unwritten refused it at 277201c2). A
    deed whose clause writes neither the verb nor its complement ("disciplined during ...") is
    still refused."""
    engine = engine_with(tmp_path, {"pairing.txt": PAIRING, "orchard.txt": ORCHARD})
    answer = engine.ask(
        "How many county-level leaders were paired with villages and communities under the 'cadres link villages' mechanism?",
        count=False,
    )
    assert answer.figure is not None and answer.figure.text == "320多名", answer
    answer = engine.ask("How many county-level leaders were disciplined during the 'cadres link villages' mechanism?", count=False)
    assert answer.figure is None and not answer.found, answer


def test_the_complement_is_a_common_noun_after_the_passive_verb(tmp_path: Path) -> None:
    """The complement read is the preposition's phrase right after the passive verb, up to the
    frame ("during", "under"): a name there says where ("recruited *in Zhejiang*"), not the deed,
    and a word the clause does not write vouches for nothing."""
    from bot.answer.english.framed_deed import complement_written
    from bot.answer.english.units_read import read_units

    engine = engine_with(tmp_path, {"pairing.txt": PAIRING, "orchard.txt": ORCHARD})
    clause = "推动全县320多名县级领导、1500多名机关干部包村联社"

    def written(question: str) -> bool:
        return complement_written(question, read_units(engine.index, question).query.units, clause)

    assert written("How many leaders were paired with villages under the mechanism?")
    assert not written("How many leaders were paired during the mechanism?")
    assert not written("How many leaders were recruited in Zhechuan during the mechanism?")
    assert not written("How many leaders were paired with orchards under the mechanism?")
