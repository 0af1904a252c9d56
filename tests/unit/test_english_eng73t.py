"""English round eng73t (a word after a preposition that CC-CEDICT glosses with it): small
invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

HOTLINE = """溪口镇便民热线

溪口镇便民热线去年共受理群众报修1260件，办结率达96%，其中按时办结的占91%。

热线工作时间为每天早上8时至晚上8时，全年接听来电时间累计超过4000小时。
"""


def _terms(engine, question: str, word: str) -> list[str]:
    query = engine.index.english().translate(question)
    return [term for unit in query.units if unit.english == word for term, _ in unit.terms]


def test_a_word_after_the_preposition_of_a_gloss_is_read_as_the_phrase(tmp_path) -> None:
    """"closed *on time*": 按时 is glossed "on time"; read as content words, its "on" counted as
    a filler and put it at 2/3 of 时间 "time", so "time" was searched as 时间 and the passage of
    the hotline's hours came first. The preposition the question writes is no filler there."""
    engine = engine_with(tmp_path, {"hotline.txt": HOTLINE})
    question = "What share of the Xikou hotline's repair requests were closed on time?"
    assert _terms(engine, question, "time")[0] == "按时"
    answer = engine.ask(question, count=False)
    assert answer.results and "按时" in answer.results[0].text, answer
    # without the preposition, "time" keeps its plain senses first
    assert _terms(engine, "How long is the Xikou hotline's working time each day?", "time")[0] != "按时"
