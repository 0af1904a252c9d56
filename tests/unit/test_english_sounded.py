"""A dictionary headword the documents write with one character of the same sound (风电厂
"wind farm", written 风电场: 厂 and 场 are both read chang) is found as they write it, so that a
phrase the dictionary glosses as a whole is not translated word by word ("farm" -> 农业)."""

from __future__ import annotations

from tests.conftest import corpus_translator

PASSAGES = [
    ("wind", ["洋口", "海上", "风电场", "全", "容量", "并网", "发电"]),
    ("wind", ["风电场", "场址", "中心", "距离", "海岸线"]),
    ("wind", ["风电", "装备", "制造", "企业"]),
    ("farm", ["农业", "农村", "发展"]),
]


def _terms(question: str, english: str) -> tuple[str, ...]:
    query = corpus_translator(PASSAGES).translate(question)
    unit = next((u for u in query.units if u.english == english), None)
    return tuple(term for term, _ in unit.terms) if unit is not None else ()


def test_a_phrase_written_with_a_character_of_the_same_sound_is_found() -> None:
    assert _terms("When was the offshore wind farm connected to the grid?", "wind farm") == ("风电场",)


def test_a_headword_reaches_its_same_sounding_corpus_term() -> None:
    links = corpus_translator(PASSAGES)._links
    assert links.sounded("风电厂") == ("风电场",)
    assert [c.term for c in links.direct_candidates((("风电厂", 1.0),))] == ["风电场"]


def test_two_characters_or_another_sound_are_not_enough() -> None:
    links = corpus_translator(PASSAGES)._links
    assert links.sounded("风场") == ()  # two syllables alike say little (公式, 公示, 攻势)
    assert links.sounded("风电站") == ()  # 站 is no 场 by sound
    assert links.sounded("风电场") == ()  # a corpus term is itself
