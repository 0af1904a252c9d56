"""English round eng73n (near-topic English negatives shown a passage): small invented texts, not
the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

PLANTING = """岚溪县植树行动

2025年3月至5月，岚溪县在全县开展植树造林专项行动。行动期间，全县8600名志愿者在这场植树行动中进一步增强了爱护森林的意识，各乡镇新建苗圃12个。

行动结束后，县林业局培训护林员，并为山区村庄配发了灭火器材。
"""

TEAHOUSE = """岚溪县茶馆

岚溪县老街共有茶馆23家，多为清代建筑。
"""


def test_a_deed_done_during_an_event_unwritten_by_the_clause_gets_nothing(tmp_path) -> None:
    """"How many volunteers were trained during the tree-planting campaign?": 8600名志愿者在这场植树
    行动中…增强了 counts the volunteers the campaign held, not those trained (培训, written in
    another sentence): the count asked is not given, so nothing is shown -- as for a count question
    whose passage counts nothing asked -- where the passage was shown as possibly related before
    eng73n. "Took part in the campaign" names the campaign as the verb's own complement and keeps
    its figure."""
    engine = engine_with(tmp_path, {"planting.txt": PLANTING, "teahouse.txt": TEAHOUSE})
    answer = engine.ask("How many volunteers were trained during the tree-planting campaign?", count=False)
    assert not answer.found, answer
    answer = engine.ask("How many volunteers took part in the tree-planting campaign?", count=False)
    assert answer.figure is not None and answer.figure.text == "8600名", answer
