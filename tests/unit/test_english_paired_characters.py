"""Two characters that spell a word no dictionary has (船图, "ship drawing") are found from two
English words each translated by a close sense (船 is the third gloss of "boat/vessel/ship", 图
the third of "diagram/picture/drawing"), read where the question writes the words together --
not from the same word repeated further on ("ship drawings ... of Fujian *Ships*"), which made
the pieces run against the question's order and the compound was dropped."""

from __future__ import annotations

from tests.conftest import corpus_translator

PASSAGES = [
    ("gan", ["甘汝楫", "晚年", "撰成", "闽船图说", "收录", "各类", "船图", "196幅"]),
    ("gan", ["船图", "尺寸", "分明", "匠人", "按图", "施工"]),
    ("gan", ["战船", "商船", "渔船", "福建", "水师"]),
    ("wind", ["风电场", "设备", "绘制", "图纸"]),
]


def _terms(question: str, english: str) -> tuple[str, ...]:
    query = corpus_translator(PASSAGES).translate(question)
    unit = next(u for u in query.units if u.english == english)
    return tuple(term for term, _ in unit.terms)


def test_two_close_senses_spell_a_word_no_dictionary_has() -> None:
    assert "船图" in _terms("How many ship drawings are there?", "drawings")


def test_a_word_repeated_further_on_does_not_break_the_pair() -> None:
    assert "船图" in _terms("How many ship drawings does the Illustrated Account of Fujian Ships contain?", "drawings")
