"""English passages found through the other name of a thing (english_fresh37 studied): a noun
whose written translations are all verb senses ("lift": 提升 "to lift") is also the thing the
dictionary names by it in a headword no document writes (升降机 "lift; elevator"), read through
that headword's other name (电梯 "elevator", which the texts write)."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english import english_words
from tests.conftest import engine_with

TOWER = (
    "青禾大厦\n\n"
    "青禾大厦位于城东，楼高28层，大厦内共有电梯12部，2019年全部更换。\n\n"
    "今年大厦物业提升了保洁服务，住户满意度提升到95%，新增车位80个。\n"
)


def _terms(engine_index: object, question: str, english: str) -> tuple[str, ...]:
    words = english_words(engine_index, question)  # type: ignore[arg-type]
    assert words is not None
    found = [t.term for t in words.translations if t.english == english]
    return tuple(t for t in found[0].split("/") if t != "?") if found else ()


def test_a_lift_is_the_elevator_the_text_writes(tmp_path: Path) -> None:
    """"lifts": 电梯 is searched beside 提升, and the passage counting the elevators comes first."""
    engine = engine_with(tmp_path, {"tower.txt": TOWER})
    question = "How many lifts does the Qinghe building in the east of the city have?"
    assert "电梯" in _terms(engine.index, question, "lifts")
    reply = engine.ask(question, count=False)
    assert reply.results and "电梯12部" in reply.results[0].text


def test_a_verb_lift_is_not_read_as_a_thing(tmp_path: Path) -> None:
    """"lift" as the question's verb keeps its verb senses only (no 电梯)."""
    engine = engine_with(tmp_path, {"tower.txt": TOWER})
    question = "By how much did the building's management lift resident satisfaction this year?"
    assert "电梯" not in _terms(engine.index, question, "lift")


TOWN = (
    "青石镇\n\n"
    "青石镇位于江边，1905年镇上商人成立商会，会员最多时有120家商号。\n\n"
    "1921年，商会会长周济川出资修建了镇上的第一座石桥，全长46米。\n"
)


def test_the_head_of_a_body_is_titled_by_the_body(tmp_path: Path) -> None:
    """"the chamber of commerce head": 会长 (商会's 会 + 长, as Chinese titles a body's head),
    and the passage naming the 会长 comes first."""
    engine = engine_with(tmp_path, {"town.txt": TOWN})
    question = "Who was the chamber of commerce head who paid for the stone bridge in Qingshi?"
    assert "会长" in _terms(engine.index, question, "head")
    reply = engine.ask(question, count=False)
    assert reply.results and "周济川" in reply.results[0].text


def test_a_head_word_without_a_body_gets_no_title(tmp_path: Path) -> None:
    """"head" with no body named beside it (a bridge, a river) gets no title of a body's head."""
    engine = engine_with(tmp_path, {"town.txt": TOWN})
    terms = _terms(engine.index, "How long is the stone bridge at the head of the river?", "head")
    assert terms and not any(term.endswith("长") for term in terms)
