"""A compound the documents lack, named after a name they lack, is not found by its common part:
列宁主义 is no 主义 of the article (社会主义), but 中华人民共和国国务院 is still 国务院."""

from __future__ import annotations

from bot.answer import answer_question
from bot.answer.query import read_question
from bot.engine import Engine
from index.search import Index
from tests.conftest import index_of


def _variants(index: Index, question: str, head: str) -> tuple[str, ...]:
    return next(w.variants for w in read_question(index, question).words if w.variants[0] == head)


def test_a_doctrine_named_after_an_absent_name_is_not_any_doctrine(engine: Engine) -> None:
    assert "主义" not in _variants(engine.index, "列寧主義理論中有什麼傾向?", "列宁主义")
    assert engine.ask("列寧主義理論中有什麼傾向?", count=False).results == ()


def test_the_names_inside_such_a_compound_are_still_searched() -> None:
    index = index_of({
        "國務院": "國務院是最高國家行政機關，辦公地點位於北京中南海。",
        "人民公園": "人民公園位於市中心，園內有一座湖。",
    })
    variants = _variants(index, "中華人民共和國國務院在哪裡辦公？", "中华人民共和国国务院")
    assert "国务院" in variants and "人民" not in variants
    answer = answer_question(index, "中華人民共和國國務院在哪裡辦公？")
    assert answer.results and "中南海" in answer.results[0].text


def test_a_compound_whose_name_the_documents_hold_keeps_its_parts() -> None:
    index = index_of({"列寧": "列寧是俄國革命家，提出了帝國主義理論。"})
    assert "主义" in _variants(index, "列寧主義理論中有什麼傾向?", "列宁主义")
