"""English round eng43p (fresh42 studied, passages): small invented texts, not the set's."""
from __future__ import annotations

from pathlib import Path

from bot.answer import consider
from tests.conftest import engine_with

BRIDGE = """青溪石桥

青溪石桥位于青溪镇，始建于嘉庆五年（1800年），全长86米。

石桥由乡绅周怀德出资兴建，木匠头领陈阿根率工匠65人施工，历时三年完工。

桥头立有石碑一通，记载捐资者姓名共120人。
"""


def test_a_thing_is_found_in_the_words_naming_its_kinds(tmp_path: Path) -> None:
    """"craftsmen" is 匠 in the dictionary, which no document writes alone; the text writes
    工匠 and 木匠, two-character words ending in it (Chinese puts the thing last in the name of a
    kind of it). The word is searched as those, not left untranslated."""
    engine = engine_with(tmp_path, {"bridge.txt": BRIDGE})
    considered = consider(engine.index, "How many craftsmen worked on the Qingxi stone bridge?")
    terms = {term for t in considered.query.translations if t.english == "craftsmen" for term in t.term.split("/")}
    assert "工匠" in terms, considered.query.translations
    answer = considered.answer
    assert answer.results and "65人" in answer.results[0].text, answer
