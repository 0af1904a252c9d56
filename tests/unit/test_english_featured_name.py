"""A place named in pinyin before the English word for what it is ("Xiang River": 湘江, which
CC-CEDICT glosses "the Xiangjiang river in Hunan province") is the corpus term read as the name's
syllables and a reading of a one-character noun first glossed so (江, 河 "river"), ending in it
-- "xiang" alone reads as the surnames 向 and 项. Not a verb's character ("did Wei *go* abroad":
于 "to go" would make 位于 of "Wei go")."""

from __future__ import annotations

from tests.conftest import corpus_translator

PASSAGES = [
    ("kiln", ["凤栖", "窑", "产品", "经", "湘江", "水运", "至", "长沙"]),
    ("kiln", ["窑工", "沿", "赣江", "湘江", "迁入", "向", "项"]),
    ("wei", ["韦", "出国", "留学", "位于", "学位"]),
]


def _terms(question: str, english: str) -> tuple[str, ...]:
    query = corpus_translator(PASSAGES).translate(question)
    unit = next(u for u in query.units if u.english == english)
    return tuple(term for term, _ in unit.terms)


def test_a_river_named_in_pinyin_is_the_term_ending_in_its_character() -> None:
    assert _terms("To which city were the wares shipped down the Xiang River?", "xiang river") == ("湘江",)


def test_not_through_a_verb() -> None:
    query = corpus_translator(PASSAGES).translate("Where did Wei go abroad for his degree?")
    assert "位于" not in {term for unit in query.units for term, _ in unit.terms}
