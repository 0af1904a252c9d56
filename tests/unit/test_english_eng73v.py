"""English round eng73v (answerable English questions that get nothing though the right passage
is the best candidate): small invented texts, not the sets'."""
from __future__ import annotations

from bot.answer.english.absent_vouched import absent_read, absent_vouched
from bot.answer.english.clause_held import clause_words
from tests.conftest import engine_with, vetoed_best

BRIDGE = """柘川古桥

柘川镇古桥始建于明代，桥长约38米，是县级文物保护单位。两侧石栏杆共有望柱64根，栏板上刻有花鸟图案。
去年古桥景区接待游客约2.1万人次，门票收入85万元。
"""

TEA = """柘川茶园

柘川镇种茶历史悠久，全镇茶园面积约1.2万亩，茶农收入逐年提高。茶叶产量达到380吨，比上年增长12.4%。
"""


def _vouched(engine, question: str) -> tuple[bool, bool, int]:
    """(absent_read, absent_vouched, clause_words) for ``question`` read as vetoed for naming
    something absent (set here, as the English reader sets it for a word no translation reaches:
    a small invented corpus rarely raises it)."""
    query, reading, best = vetoed_best(engine, question)
    return absent_read(query), absent_vouched(reading, query, best), clause_words(reading, query, best)


def test_a_count_of_things_is_vouched_for_by_two_words_beside_a_figure_counted_with_a_measure_word(tmp_path) -> None:
    """"How many posts stand on the stone railings of the old bridge?", vetoed as naming something
    absent, is vouched for by 两侧石栏杆共有望柱64根: two of its words (石栏杆, 栏杆 or 古桥) in the
    clause of a figure counted with a measure word of things (根) -- a report writes such a count
    where it tells of one thing (dev: "How many posts are there in the stone railings?", 望柱146根;
    "how many disputes did cadres ... sort out", 化解矛盾2.7万余起)."""
    engine = engine_with(tmp_path, {"bridge.txt": BRIDGE, "tea.txt": TEA})
    read, vouched, words = _vouched(engine, "How many posts stand on the stone railings of the old bridge?")
    assert read and vouched and words == 2


def test_two_words_do_not_vouch_for_a_year_the_clause_lacks_nor_an_amount(tmp_path) -> None:
    """The same clause does not vouch for a year it does not write ("in 1950": 望柱64根 is no count
    of 1950), and two words beside an amount (元, not a measure word of things) vouch for nothing."""
    engine = engine_with(tmp_path, {"bridge.txt": BRIDGE, "tea.txt": TEA})
    read, vouched, words = _vouched(engine, "How many posts stood on the stone railings of the old bridge in 1950?")
    assert words == 2 and not vouched
    read, vouched, words = _vouched(engine, "How much ticket revenue did the old bridge scenic area earn last year?")
    assert not vouched



def test_two_words_vouch_only_where_the_passage_writes_the_numbers_the_question_writes(tmp_path) -> None:
    """A number the question writes (years aside) must stand in the passage: "the 38-metre old
    bridge" is written there (桥长约38米), "the 45-metre" one is no bridge of the documents -- the
    number they lack is what the veto found, and two words beside another count do not lift it."""
    engine = engine_with(tmp_path, {"bridge.txt": BRIDGE, "tea.txt": TEA})
    _, vouched, words = _vouched(engine, "How many posts stand on the stone railings of the 38-metre old bridge?")
    assert words == 2 and vouched
    _, vouched, words = _vouched(engine, "How many posts stand on the stone railings of the 45-metre old bridge?")
    assert words == 2 and not vouched


def test_a_number_written_with_a_thousands_comma_is_no_year(tmp_path) -> None:
    """"the 1,200 visitors' bridge" names a count (its comma says so), not a year: the passage
    lacks it, so two words beside another count do not vouch; a bare "in 1950" is a year and is
    not looked for in the passage (the clause check above is what reads it)."""
    engine = engine_with(tmp_path, {"bridge.txt": BRIDGE, "tea.txt": TEA})
    _, vouched, words = _vouched(engine, "How many posts stand on the stone railings of the bridge with 1,200 visitors?")
    assert words == 2 and not vouched
