"""A headword of three or more characters ends in the character naming the kind of thing it is
(博物馆 "museum": a 馆); the corpus may write another modifier before that kind ("science
museum": 科技馆, which CC-CEDICT does not have) -- so the English head's translation lends its
last character to end a term spelled with the modifier's ("science" 科技 + 馆). Only as the
English head (the later word), and not of a name: 上海市 "Shanghai" says nothing of 昆明市."""

from __future__ import annotations

from tests.conftest import corpus_translator

PASSAGES = [
    ("gansu", ["甘肃省", "科技馆", "新馆", "兰州", "新区", "开放"]),
    ("gansu", ["科技馆", "新馆", "总", "建筑面积", "平方米"]),
    ("gansu", ["老", "科技馆", "城关区", "建于", "1999年"]),
    ("kiln", ["凤栖", "窑", "遗址", "博物馆", "开放", "文物"]),
    ("rail", ["昆明市", "列车", "上海", "客运"]),
]


def _terms(question: str, english: str) -> tuple[str, ...]:
    query = corpus_translator(PASSAGES).translate(question)
    unit = next(u for u in query.units if u.english == english)
    return tuple(term for term, _ in unit.terms)


def test_the_heads_kind_ends_the_modifiers_term() -> None:
    assert _terms("What is the floor area of the science museum?", "museum")[0] == "科技馆"
    assert "科技馆" in _terms("What is the floor area of the science museum?", "science")


def test_not_before_the_modifier() -> None:
    assert "科技馆" not in _terms("Which museum does science need?", "museum")


def test_not_the_kind_of_a_name() -> None:
    assert "昆明市" not in _terms("How fast do trains run on the Shanghai-Kunming line?", "shanghai")


def test_only_right_after_the_modifier() -> None:
    # "exhibits ... in the new museum": 展览馆 (an exhibition hall) is no compound of the two
    passages = [("gansu", ["展览馆", "展品", "新馆"]), *PASSAGES]
    query = corpus_translator(passages).translate("How many exhibits are on show in the new museum?")
    assert "展览馆" not in {term for unit in query.units for term, _ in unit.terms}
