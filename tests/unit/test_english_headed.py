"""A phrase whose headword no corpus term reaches is found as the corpus term ending it (碳排放
"carbon dioxide emissions" -> 排放: Chinese compounds are head-final) where a passage writes that
term beside one holding the rest (碳 in 二氧化碳: 减少二氧化碳排放约336万吨) -- it was left
untranslated, and the question's passage lost to one on cutting something else. Not where no
passage writes the modifier with it: the modifier is then what is asked about."""

from __future__ import annotations

from tests.conftest import corpus_translator

WITH = [
    ("wind", ["风电场", "每年", "节约", "标准煤", "减少", "二氧化碳", "排放", "万吨"]),
    ("wind", ["风电场", "施工", "效率", "缩短"]),
]
APART = [
    ("wind", ["风电场", "每年", "排放", "标准"]),
    ("other", ["二氧化碳", "浓度"]),
]


def _terms(passages: list[tuple[str, list[str]]], question: str, english: str) -> tuple[str, ...]:
    query = corpus_translator(passages).translate(question)
    unit = next(u for u in query.units if u.english == english)
    return tuple(term for term, _ in unit.terms)


def test_the_term_ending_the_headword_is_searched_where_the_rest_is_written_beside_it() -> None:
    question = "By how many tonnes will the wind farm cut carbon dioxide emissions a year?"
    assert _terms(WITH, question, "carbon dioxide emissions") == ("排放",)


def test_not_where_no_passage_writes_the_rest_beside_it() -> None:
    question = "By how many tonnes will the wind farm cut carbon dioxide emissions a year?"
    assert _terms(APART, question, "carbon dioxide emissions") == ()
