"""English round eng77c (a count asked "in total" / "so far" whose first passage gave a part or
another figure): small invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

FOREST = """青枫县护林行动一年综述

青枫县12月10日通报，护林行动一年来，全县各林业站共开展林区巡查4860次，发现并消除火险隐患215处。

东坪镇林业站在林区巡查中表现突出，林区巡查实施网格管理，每月林区巡查不少于8次，今年东坪镇林业站开展林区巡查620次。

护林行动中，县里为林业站配发巡查终端300台。
"""


def test_a_sum_asked_puts_the_passage_giving_one_first(tmp_path) -> None:
    """"How many forest patrols ... in total", "so far", "over the whole year": 共开展林区巡查4860次
    is the sum the text gives; the passage on one town's 620次 holds more of the question's words
    (林业站, 林区巡查)."""
    engine = engine_with(tmp_path, {"forest.txt": FOREST})
    for question in (
        "How many forest patrols did the forestry stations carry out in total?",
        "How many forest patrols have the forestry stations carried out so far?",
        "How many forest patrols did the forestry stations carry out over the whole year?",
    ):
        answer = engine.ask(question)
        assert answer.results and "4860" in answer.results[0].text, (question, answer.results[:1], answer.figure)
