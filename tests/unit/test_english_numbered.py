"""English questions naming a thing by a noun and a number after it ("Line 5": 5號線)."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.numbered import numbered_things
from index.english import EnglishQuery, EnglishUnit
from tests.conftest import engine_with

_METRO = (
    "蘇州軌道交通\n\n蘇州軌道交通1號線全長25.7公里，設車站24座，2012年4月開通。\n\n"
    "蘇州軌道交通5號線全長44.1公里，設車站34座，2021年6月開通，運營初期日均客流12萬人次。\n\n"
    "蘇州軌道交通2號線全長40.4公里，設車站35座，2013年12月開通。\n"
)


def test_a_line_named_by_its_number_is_the_one_the_documents_number_so(tmp_path: Path) -> None:
    """"line" is first 队伍 (a line of people); the documents write 1號線, 5號線: the sense a passage
    writes after the number is meant, and the thing is searched as written -- with the shipped
    article beside, "line 1" alone was a word of its passages about other things."""
    engine = engine_with(tmp_path, {"metro.txt": _METRO})
    answer = engine.ask("When did line 1 open?", count=False)
    assert answer.figure is not None and answer.figure.text == "2012年4月"
    assert ("line 1", "1號線") in {(t.english, t.term) for t in answer.translations}
    answer = engine.ask("How many stations are there on Line 5?", count=False)
    assert answer.confident and answer.figure is not None and answer.figure.text == "34座"


def test_a_noun_and_a_number_no_passage_writes_so_are_left_as_they_are() -> None:
    """"top 10": no passage writes 10号前 or 第10前; the units stay, nothing is named."""
    query = EnglishQuery(kind=None, units=(EnglishUnit("top", (("前", 1.0),), 1.0, understood=1.0),))
    spelled: dict[int, tuple[str, ...]] = {}
    out, named = numbered_things(query, "the top 10 cities", spelled, lambda word: ("前",), lambda head: None)
    assert out == query and not named and not spelled
    out, named = numbered_things(
        query, "the top 10 cities", spelled, lambda word: ("前",),
        lambda head: (head, "10", "前") if head == "第10前" else None,
    )
    assert named == (("", "10", "前"),) and spelled == {0: ("第10前", "10", "前")} and out.units[0].english == "top 10"


_PORT = (
    "港口工程\n\n港口的貨櫃中心第二期工程總經費約120億元，2019年完工。\n\n"
    "貨櫃中心第三期目前進入評估階段，規劃經費約80億元，預計2026年動工、2031年完工。\n"
)


def test_a_phase_the_documents_write_as_one_term_is_found_so(tmp_path: Path) -> None:
    """"phase 3": the text writes 第三期, which the index holds as one term (no name cut in
    pieces); it was left 阶段 + "3", and the passage naming it, read as naming 三 and not 3,
    ranked as one about another phase. Found as the term, numbered as written (三)."""
    engine = engine_with(tmp_path, {"port.txt": _PORT})
    answer = engine.ask("When will phase 3 of the container terminal be completed?", count=False)
    assert ("phase 3", "第三期") in {(t.english, t.term) for t in answer.translations}
    assert answer.figure is not None and answer.figure.text == "2031年"
    assert "第三期" in answer.results[0].text
