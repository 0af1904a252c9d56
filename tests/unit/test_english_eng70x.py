"""English round eng70x (off-topic English negatives shown a passage): small invented texts, not the sets'."""
from __future__ import annotations

from bot.answer.english.unique_things import unique_thing_lacking
from tests.conftest import engine_with

SQUARE = """柘川县广场改造

2024年6月，柘川县完成中心广场改造，拆除硬化地面共计3800平方米，改铺透气砖和草皮，距离县城5公里的新广场同月开放。
"""

TREES = """柘川县古树保护

2024年3月，柘川县开通古树保护热线，全年受理群众反映问题58件，办结率100%，新建围栏47处。
"""

SKY = """柘川县天文馆

柘川县天文馆去年接待观众12万人次，馆内地球仪直径3米，每月举办一次观测月亮的活动。
"""


def test_a_unique_thing_no_document_writes_is_absent(tmp_path) -> None:
    """"How far is the Moon from the Earth?": "the Moon" and "the Earth" are unique things
    CC-CEDICT glosses with their article (月亮 "the moon", 地球 "the earth"); no document writes
    them, and the words' other translations (月 of 6月, 地 of 地面) find a passage about a square.
    Nothing is shown."""
    engine = engine_with(tmp_path, {"square.txt": SQUARE, "trees.txt": TREES})
    for question in ("How far is the Moon from the Earth?",
                     "What percentage of the Earth's surface is covered by grass?"):
        answer = engine.ask(question, count=False)
        assert not answer.results, (question, answer)
        assert unique_thing_lacking(engine._index, question)
    # what the documents write is still found
    answer = engine.ask("How many square metres of hardened ground were removed?", count=False)
    assert answer.results and "3800平方米" in answer.results[0].text, answer


def test_a_unique_thing_a_document_writes_or_a_one_word_institution_is_not_absent(tmp_path) -> None:
    engine = engine_with(tmp_path, {"square.txt": SQUARE, "sky.txt": SKY})
    index = engine._index
    assert not unique_thing_lacking(index, "How often does the planetarium hold a night to watch the Moon?")
    assert not unique_thing_lacking(index, "How big is the globe of the Earth in the planetarium?")
    # no gloss written with the article: an institution named by one noun, a longer name, lower case
    assert not unique_thing_lacking(index, "How many members did the Party recruit?")
    assert not unique_thing_lacking(index, "Who attended the Earth Summit?")
    assert not unique_thing_lacking(index, "How far is the moon from the earth?")
