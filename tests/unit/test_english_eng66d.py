"""English round eng66d (the shown model's declines eng65d left: a figure's clause holding a name
found as written, or a one-character word it quotes): small invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

SURVEY = """柘川窗口服务评议

柘川县去年开展窗口服务满意度评议。对窗口服务，受访群众总体评价“好”的占98.2%，比上年提高1.5个百分点。
"""

BAKERY = """柘川老街商铺

柘川老街的Wexmoor Bakery是一所在2011年于老街开设的小店，主打酥皮点心。
"""

FERRY = """柘川渡口

柘川渡口设于清道光年间，初设渡船3艘，每艘限载18人。
"""


def test_a_one_character_word_the_figure_s_clause_quotes_alone_counts_as_held(tmp_path) -> None:
    """"What fraction of respondents were satisfied enough to give a 'good', per the ombudsman's
    tallies?": the clause giving the share writes 受访 ("respondents") and “好” -- 好 is one character,
    too short to count as a word the clause holds, but quoted alone it is a word of its own
    (受访群众总体评价“好”的占98.2%); on the dev sets 评价“好”的占99.67% beside 党员 or 方面."""
    engine = engine_with(tmp_path, {"survey.txt": SURVEY, "ferry.txt": FERRY})
    answer = engine.ask(
        "What fraction of respondents were satisfied enough to give a 'good', per the ombudsman's tallies?", count=False
    )
    assert answer.results and "98.2%" in answer.results[0].text, answer
    assert not answer.confident


def test_a_latin_name_the_figure_s_clause_writes_counts_as_one_held_word(tmp_path) -> None:
    """"What year did Wexmoor Bakery open to croissant aficionados and gourmands?": the passage
    writes the name in Latin letters, as the question does, in the clause of its year (Wexmoor
    Bakery是一所在2011年于老街开设的小店): one word held (however many words the name has), with 开设
    ("open") a second -- and not a capitalised name nothing was searched for (eng65d's M3)."""
    engine = engine_with(tmp_path, {"bakery.txt": BAKERY, "ferry.txt": FERRY})
    answer = engine.ask("What year did Wexmoor Bakery open to croissant aficionados and gourmands?", count=False)
    assert answer.results and "2011" in answer.results[0].text, answer
    assert not answer.confident
    # ... a name the passage does not write keeps the clause from vouching, as before
    assert not engine.ask("What year did Qorvath Bakery open to croissant aficionados and gourmands?", count=False).results
