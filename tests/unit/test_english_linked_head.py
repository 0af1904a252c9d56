"""A noun phrase the corpus does not use, searched as its head noun when the corpus writes the
dictionary's compound for it in parts (index/english/phrases.linked_head)."""

from __future__ import annotations

from tests.conftest import corpus_translator


def _units(passages, question):
    return {u.english: u for u in corpus_translator(passages).translate(question).units}


def test_a_phrase_written_as_a_modifier_beside_its_head_is_searched_as_the_head() -> None:
    # "shuttle bus": 交通车 / 摆渡车 are written nowhere; 交通 and 公车 "bus" stand in one passage
    units = _units([
        ("airport", ["交通", "公车", "班次", "机场", "旅客"]),
        ("airport", ["航站", "旅客", "人次", "增加"]),
        ("museum", ["展览", "文物", "开放"]),
    ], "How many shuttle bus trips run each day?")
    unit = units["shuttle bus"]
    assert [term for term, _ in unit.terms] == ["公车"]
    assert unit.understood >= 0.5


def test_a_phrase_whose_modifier_the_corpus_lacks_finds_nothing() -> None:
    # "foreign companies": 外国公司, and no 外国 beside 公司 -- the texts tell of no such thing
    units = _units([
        ("report", ["公司", "投资", "企业", "增长"]),
        ("report", ["交通", "道路", "建设"]),
    ], "How many foreign companies invested in the province?")
    assert not units["foreign companies"].terms


def test_the_modifier_written_in_another_passage_only_is_no_evidence() -> None:
    units = _units([
        ("airport", ["公车", "班次", "旅客"]),
        ("airport", ["交通", "道路", "拥堵"]),
    ], "How many shuttle bus trips run each day?")
    assert not units["shuttle bus"].terms
