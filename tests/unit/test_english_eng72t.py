"""English round eng72t (a word translated in a sense the question does not mean): small
invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

GRANARY = """柘川义仓

道光三年柘川发生饥荒，米价飞涨，乡绅沈敬之开仓平价出售，共售米2400石，救活饥民无数。
"""

BRIDGE = """柘川石桥

柘川石桥全长约86米，建于明代，桥下河道宽约30米。
"""


def test_a_unit_character_read_from_a_thing_s_word_is_no_unit_asked(tmp_path) -> None:
    """"How much *rice* did Shen sell?": CC-CEDICT glosses 米 "rice; CL:粒; meter (classifier)",
    so "rice" is translated 米, which the count's reading took for the metre -- a length asked,
    and 2400石 no answer. A unit character whose entry marks its unit sense "(classifier)" is
    the unit only for a word of that sense ("metres"); a word of another sense is the thing."""
    from bot.answer.query import read_question
    from index.english.unit_senses import thing_not_unit

    assert thing_not_unit("米", "rice")
    assert not thing_not_unit("米", "meters") and not thing_not_unit("米", "metres")
    assert not thing_not_unit("斤", "catties")  # no sense marked: every reading stays
    assert not thing_not_unit("对", "pairs")  # a measure word counting things: counted either way
    engine = engine_with(tmp_path, {"granary.txt": GRANARY, "bridge.txt": BRIDGE})
    info = read_question(engine.index, "How much rice did Shen Jingzhi sell in the famine?").info
    assert info.unit is None and info.dimension != "length", info
    # ... while a question in metres still asks a length in 米
    info = read_question(engine.index, "How many metres long is the Zhechuan stone bridge?").info
    assert info.dimension == "length", info
    answer = engine.ask("How long is the Zhechuan stone bridge, in metres?", count=False)
    assert answer.figure is not None and answer.figure.text == "86米", answer
