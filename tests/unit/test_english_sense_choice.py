"""English questions: which of a word's dictionary senses the corpus says is meant
(index/english/cohesion.py)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import corpus_translator, engine_with


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


def test_a_code_name_or_a_year_the_documents_write_says_where_the_senses_belong(tmp_path: Path) -> None:
    """"How many launch sites does the Q-70 have?": CC-CEDICT's first sense of "launch" is 开展
    (to launch a campaign); the document about the Q-70 writes 发射 (to launch a missile). A code
    name (letters and digits, no dictionary word) or a year the question gives is context, as a
    Chinese word of a mixed question is: the senses written with it win."""
    translator = corpus_translator([
        ("a", ["q-70", "系统", "发射", "基地"]),
        ("a", ["q-70", "拦截"]),
        ("b", ["2013", "发射", "卫星"]),
        ("c", ["开展", "活动"]),
        ("c", ["开展", "学习"]),
    ])
    launch = {u.english: u for u in translator.translate("When was the launch of the Q-70?", ["q-70"]).units}
    assert launch["launch"].terms[0][0] == "发射"
    launched = {u.english: u for u in translator.translate("What was launched in 2013?", ["2013"]).units}
    assert launched["launched"].terms[0][0] == "发射"
    engine = engine_with(tmp_path, {"q70.txt": "Q-70防空系统\n\nQ-70防空系统共有4处发射基地，其中3处为新建。\n"})
    answer = engine.ask("How many launch sites does the Q-70 have?", count=False)
    assert answer.text == "4处"
