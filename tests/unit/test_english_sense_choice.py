"""English questions: which of a word's dictionary senses the corpus says is meant
(index/english/cohesion.py)."""

from __future__ import annotations

from tests.conftest import corpus_translator


def test_a_weak_sense_written_beside_the_names_keeps_the_question_at_home() -> None:
    # "routes": 路线 (CC-CEDICT's first sense) only in another document; 航线 "air or shipping
    # route" is written in a passage with 韩国: the question is about Korea's routes, not about
    # something the documents lack, and 路线 is not searched
    translator = corpus_translator([
        ("article", ["路线", "党员"]),
        ("article", ["党员", "活动"]),
        ("korea", ["韩国", "航空公司", "国际", "航线"]),
        ("korea", ["韩国", "电影"]),
    ])
    units = {u.english: u for u in translator.translate(
        "How many international routes do Korean airlines operate altogether?"
    ).units}
    assert not units["routes"].elsewhere
    assert [term for term, _ in units["routes"].terms] == ["航线"]


def test_a_weak_sense_only_in_the_names_document_is_not_enough() -> None:
    # 航线 shares the document with 韩国 but no passage: the thing asked stays elsewhere
    translator = corpus_translator([
        ("article", ["路线", "党员"]),
        ("article", ["党员", "活动"]),
        ("korea", ["韩国", "电影"]),
        ("korea", ["航空公司", "国际", "航线"]),
    ])
    units = {u.english: u for u in translator.translate(
        "How many international routes do Korean airlines operate altogether?"
    ).units}
    assert units["routes"].elsewhere
