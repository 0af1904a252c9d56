"""English round eng74o (off-topic English questions shown a passage): small invented texts, not the sets'."""
from __future__ import annotations

from index.english import EnglishUnit
from tests.conftest import engine_with

from bot.answer.english.name_pieces import name_in_pieces_unwritten

ROADS = """柘川县农村公路

柘川县第二批农村公路改造工程于2023年完成，新改建公路86公里，惠及沿线群众4.1万人。
"""

TEA = """柘川茶叶出口

柘川县茶叶远销世界各地，2022年出口额1.2亿元，比上年增长15%。
"""


def test_a_name_read_word_by_word_into_words_never_written_together_gets_nothing(tmp_path) -> None:
    """"What year did the Second World War end?": the capitalised "Second World" is translated
    word by word (第二, 世界), words the documents write, but never side by side -- the name is
    none the documents mention, and no year of another thing is shown. A question about what the
    documents write is still answered."""
    engine = engine_with(tmp_path, {"roads.txt": ROADS, "tea.txt": TEA})
    answer = engine.ask("What year did the Second World War end?", count=False)
    assert not answer.results, answer
    answer = engine.ask("What year was the second batch of rural roads finished?", count=False)
    assert answer.results and "2023年" in answer.results[0].text, answer


def test_name_pieces_are_read_only_for_a_name_of_several_words_with_distinct_terms(tmp_path) -> None:
    engine = engine_with(tmp_path, {"roads.txt": ROADS, "tea.txt": TEA})
    index = engine._index
    split = EnglishUnit("second world", (("第二", 0.53), ("世界", 0.47)), 0.8, name=True, understood=0.8)
    assert name_in_pieces_unwritten(index, split)
    together = EnglishUnit("rural roads", (("农村", 0.5), ("公路", 0.5)), 0.8, name=True, understood=0.8)
    assert not name_in_pieces_unwritten(index, together)  # 农村公路: written side by side
    alternatives = EnglishUnit("Zhechuan County", (("柘川县", 0.6), ("柘川", 0.4)), 0.8, name=True, understood=0.8)
    assert not name_in_pieces_unwritten(index, alternatives)
    one_word = EnglishUnit("world", (("第二", 0.5), ("世界", 0.5)), 0.8, name=True, understood=0.8)
    assert not name_in_pieces_unwritten(index, one_word)
