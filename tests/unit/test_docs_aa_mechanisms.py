"""Mechanisms found studying questions_docs_aa (each general, each failing on the commit before):
a verb of two characters is dated by one of them before 于 (铸造: 铸于1176年); a salary (年薪) is
an amount; a range that dates the event asked starts it (哪天开始: 于5月2日至9日举行), though
another passage says when the whole series began."""

from __future__ import annotations

from bot.answer import answer_question
from bot.question import analyse
from index.build import build_index
from corpus.loader import parse_document
from index.search import Index
from tests.conftest import DATA, index_of

DOCS = DATA / "questions_docs_aa_docs"

def _documents(*names: str) -> Index:
    """An index of documents of the studied set (questions_docs_aa's, asked in other words here)."""
    return build_index([parse_document(name, (DOCS / name).read_bytes()) for name in names])


def test_a_two_character_verb_is_dated_by_one_of_its_characters_before_yu() -> None:
    from bot.answer.figure.clauses import dated_at
    from index.figures import passage_figures

    text = "觀內鐘亭懸掛的銅鐘鑄於南宋淳熙三年（1176年），高1.9米。"
    year = next(f for f in passage_figures(text) if f.kind == "date")
    assert dated_at(text, year, ["铸造"])
    assert not dated_at(text, year, ["修建"])
    answer = answer_question(_documents("danyun-temple.txt"), "澹雲寺鐵鐘 鑄造年份")
    assert "鐵鐘鑄於北宋" in answer.results[0].text
    assert answer.text is not None and "1090年" in answer.text


def test_a_salary_is_an_amount() -> None:
    assert analyse("园区员工平均年薪").kind == "count"  # an amount named, as 工资 is
    index = index_of({"园区": "截至去年底，园区从业员工共5.2万人，平均年龄34岁。员工平均年薪为38.6万元，较前一年增加4.1%。"})
    assert answer_question(index, "园区员工平均年薪").text == "38.6万元"


def test_the_range_an_event_is_held_in_says_when_it_started() -> None:
    answer = answer_question(_documents("cuiyu-film-festival-2025.txt"), "翠嶼國際電影節今屆哪一天開始")
    assert "2025年4月3日至14日" in answer.results[0].text  # not 創辦於2006年, the first edition's
