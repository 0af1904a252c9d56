"""English round eng69n (English negatives shown a confident figure: the figure counts another
thing): small invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

MUSEUM = """柘川县博物馆

今年5月，柘川县博物馆举办建馆30周年特别展览，展出馆藏青铜器和瓷器。
"""

BRIDGE = """柘川永济桥

永济桥始建于清乾隆年间。道光二十年（1840年）柘溪大水，冲毁桥孔4个，县里拨银2100两修复。
"""

CLEANUP = """柘川县河道清理行动

2024年3月至10月，柘川县在全县开展河道清理专项行动。全县1.2万名志愿者在这场河道清理行动中进一步增强了爱护河流的意识。
"""


def test_a_bare_ge_closing_its_clause_counts_the_thing_before_it(tmp_path) -> None:
    """"How many people died in the flood that broke the bridge?": 冲毁桥孔4个 counts the bridge's
    arches -- a count in 个 with nothing after it counts what is named before it, and people are
    never written so; the question gets nothing."""
    engine = engine_with(tmp_path, {"museum.txt": MUSEUM, "bridge.txt": BRIDGE})
    answer = engine.ask("How many people died in the flood that broke the bridge?", count=False)
    assert answer.text != "4个", answer
    answer = engine.ask("How many taels of silver were spent repairing the Yongji bridge?", count=False)
    assert answer.text == "2100两", answer


def test_a_deed_with_no_term_done_during_an_event_is_not_the_count(tmp_path) -> None:
    """"How many volunteers were expelled from the Party during the river clean-up campaign?": the
    deed has no term at all, so the clause counting the volunteers *in* the campaign writes none
    -- nothing shown (eng68n judged only deeds with terms; eng73n refuses what was shown
    as possibly related)."""
    engine = engine_with(tmp_path, {"cleanup.txt": CLEANUP, "museum.txt": MUSEUM})
    answer = engine.ask("How many volunteers were expelled from the Party during the river clean-up campaign?", count=False)
    assert answer.figure is None and not answer.found, answer
    answer = engine.ask("How many volunteers took part in the river clean-up campaign?", count=False)
    assert answer.figure is not None and answer.figure.text == "1.2万名", answer
