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


def test_a_word_only_a_longer_gloss_holds_tries_its_kinds() -> None:
    """"the *paper*" of a question about a newspaper: no sense glosses "paper" as the corpus
    writes it (纸 is in no text; 见报 "to appear in the newspapers" holds it in a longer gloss),
    so its kinds are tried too -- 报纸 "newspaper", written where the question's other words are."""
    translator = corpus_translator([
        ("a", ["大公报", "报纸", "文化大革命", "天", "为期"]), ("b", ["见报", "答卷", "浙江"]),
    ])
    units = {u.english: u for u in translator.translate(
        "How many days did the paper last after the Cultural Revolution?").units}
    assert units["paper"].terms[0][0] == "报纸"
