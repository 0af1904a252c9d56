"""English round eng70o (off-topic English negatives shown a passage): small invented texts, not
the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

DYKE = """柘川江堤加固工程

柘川江堤加固工程于2019年完工，新修堤防1.35万米，沿线白色的护坡草地面积扩大到3200亩。
"""

FERRY = """柘川渡口

柘川渡口设于清道光年间，初设渡船3艘，每艘限载18人。
"""


def test_a_count_of_a_thing_nothing_was_searched_for_is_not_vouched_for(tmp_path) -> None:
    """"How many calories are in a bowl of rice?": nothing is searched for "calories", the noun
    "how many" counts; "rice" read as 米 (the metre) found 1.35万米, and count_found vouched for it
    as counting 米 -- a count of another thing. Counts of searched nouns stay answered."""
    engine = engine_with(tmp_path, {"dyke.txt": DYKE, "ferry.txt": FERRY})
    answer = engine.ask("How many calories are in a bowl of rice?", count=False)
    assert not answer.results, answer
    answer = engine.ask("How many metres of dyke were newly built?", count=False)
    assert answer.figure is not None and answer.figure.text == "1.35万米", answer
    answer = engine.ask("How many people can each ferry boat carry?", count=False)
    assert answer.figure is not None and answer.figure.text == "18人", answer


def test_the_counted_noun_is_the_word_between_how_many_and_a_grammar_word() -> None:
    from bot.answer.english.counted_unread import _COUNTED_RE

    assert _COUNTED_RE.search("How many calories does a bowl hold?").group(1) == "calories"
    assert _COUNTED_RE.search("How many keys are there on a piano?").group(1) == "keys"
    # a longer noun phrase ("migrant (floating) Party members") names no single counted word
    assert _COUNTED_RE.search("How many migrant (floating) Party members were managed?") is None
    assert _COUNTED_RE.search("How many long-unresolved petition cases were settled?") is None
