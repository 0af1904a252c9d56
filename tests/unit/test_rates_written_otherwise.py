"""A rate no document names may be one the text gives in other words: 好评率 is the share 評價為
“好”的. Such a rate is the amount asked, not a thing the documents lack; a rate whose characters
no passage of the topic writes together (毛利率) still is."""

from __future__ import annotations

import pytest

from bot.answer import answer_question
from bot.answer.query import read_question
from index.search import Index
from tests.conftest import index_of


@pytest.fixture(scope="module")
def index() -> Index:
    return index_of({
        "courses": "年度考核中，學員對第一期課程評價為“好”的佔91%，對第二期課程評價為“好”的佔97%。",
        "company": "該公司去年營業收入為52億元，同比增長8.5%，員工人數超過三千人。",
    })


@pytest.mark.parametrize(("question", "expected"), [("第二期課程的好評率是多少？", "97%"), ("第一期课程的好评率有多高？", "91%")])
def test_a_rate_written_otherwise_is_answered(index: Index, question: str, expected: str) -> None:
    answer = answer_question(index, question)
    assert answer.text is not None and answer.text.startswith(expected)


def test_a_rate_no_passage_writes_is_still_absent(index: Index) -> None:
    assert read_question(index, "該公司去年的毛利率是多少？").absent
    assert answer_question(index, "該公司去年的毛利率是多少？").results == ()


def test_what_level_asked_is_no_word_to_find(index: Index) -> None:
    words = [v for w in read_question(index, "學員的好評率都高於什麼水準？").words for v in w.variants]
    assert "水准" not in words and "什么" not in words


def test_a_level_asked_by_how_high_is_no_word_to_find(index: Index) -> None:
    """認可程度有多高, 發展水平是多少: 程度 and 水平 name the amount asked, which the text gives as a
    figure (評價“好”的佔99.96%) -- no word a passage must write; 程度 elsewhere is one."""
    for question, level in (("學員的認可程度有多高？", "程度"), ("學員的發展水平是多少？", "水平")):
        assert level not in [v for w in read_question(index, question).words for v in w.variants]
    assert "程度" in [w.variants[0] for w in read_question(index, "學員的認可程度高嗎？").words]
