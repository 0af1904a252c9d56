"""English round eng71c (whether a wholly English question is shown anything): small invented texts, not the sets'."""
from __future__ import annotations

from bot.answer import consider
from bot.answer.english.surely_found import nothing_surely_found
from bot.answer.reading import Reading
from tests.conftest import engine_with

LAMPS = """柘川县路灯改造

柘川县今年改造路灯三百盏，新灯的光很柔和。旧灯放进仓库，等待回收。
"""

TEAHOUSE = """柘川县茶馆开业

柘川县老街上开了一家茶馆，店主说生意好，每天都有人来坐。
"""


def _surely(engine, question: str, held: str) -> tuple[bool, str]:  # type: ignore[no-untyped-def]
    """Whether the first candidate whose passage holds ``held`` holds nothing of ``question`` surely."""
    index = engine._index
    considered = consider(index, question)
    reading = Reading(index)
    candidate = next(c for c in considered.candidates if held in reading.normalized(c.evidence.id))
    return nothing_surely_found(reading, considered.query, candidate), reading.normalized(candidate.evidence.id)


def test_a_passage_holding_single_characters_only_holds_nothing_surely(tmp_path) -> None:
    """"Which houseplants survive in low light?": the lamp passage holds 光 (one character, of
    "light") and nothing else of the question -- it speaks of none of it. (Not asked as advice:
    "can you recommend ..." is declined before any candidate is weighed, eng71o.)"""
    engine = engine_with(tmp_path, {"lamps.txt": LAMPS, "teahouse.txt": TEAHOUSE})
    nothing, text = _surely(engine, "Which houseplants survive in low light?", "光")
    assert "光" in text and nothing


def test_a_passage_holding_a_word_of_two_characters_holds_it_surely(tmp_path) -> None:
    """A passage holding a word of the question as a term of two characters (路灯, 茶馆) is about
    it: still shown, with its figure or without."""
    engine = engine_with(tmp_path, {"lamps.txt": LAMPS, "teahouse.txt": TEAHOUSE})
    for question, held in (("How many street lamps did Zhechuan county rebuild this year?", "路灯"),
                           ("Where is the new teahouse in Zhechuan?", "茶馆")):
        nothing, text = _surely(engine, question, held)
        assert held in text and not nothing, question
        answer = engine.ask(question, count=False)
        assert answer.results and held in answer.results[0].text, (question, answer)
