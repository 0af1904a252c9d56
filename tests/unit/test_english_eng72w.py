"""English round eng72w (answerable English who questions given the wrong passage first):
small invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

WORKS = """柘川酱园

柘川酱园，又称柘口酱园，是位于旧柘川府柘口镇的一处私营酱园，以晒制酱油闻名，是当地保存最完整的清代酱园建筑群。

酱园现存晒场与账房，晒场上仍存清代陶缸120余口。

清乾隆三十年，本地商人卞守谦集资约1500两，在镇东购地建园，雇工20余人。

1956年，酱园并入柘口供销合作社，1983年停止生产，旧址今为酱园博物馆。

2010年，柘川酱园被列为市级文物保护单位，每年春季举办晒酱节。
"""

BRIDGE = """柘川石桥

柘川石桥位于柘川市西郊，是一座三孔石拱桥，始建于清代，现为市级文物保护单位。
"""


def test_a_who_founded_question_prefers_the_passage_naming_a_person_after_a_noun(tmp_path) -> None:
    """"Who founded the Zhechuan sauce works?": the lead and the later paragraphs name the works
    as often as the founding paragraph, which names its founder as a noun and a name
    (本地商人卞守谦集资) without 由: that passage of the best's document comes first."""
    engine = engine_with(tmp_path, {"works.txt": WORKS, "bridge.txt": BRIDGE})
    answer = engine.ask("Who founded the Zhechuan sauce works?", count=False)
    assert answer.results and "卞守谦" in answer.results[0].text, answer.results[0].text if answer.results else answer
