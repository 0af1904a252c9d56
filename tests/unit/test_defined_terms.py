"""A question asking what a term is (專屬經濟區指的是什麼) gets nothing when no passage writes the
term, whatever of its parts the documents hold (經濟, 區); a term they write is answered, and a
state asked of several words (廣場周圍地區現在是什麼) is no term."""

from __future__ import annotations

from bot.answer import answer_question
from tests.conftest import index_of

TEXTS = {
    "economy": "全區經濟穩步增長，工業園區新增企業120家。",
    "zone": "專屬經濟區是國際海洋法中的一個區域概念，由沿海國家管轄。",
    "square": "勝利廣場建於1685年。廣場周圍地區現在是高檔街區，時裝設計師都在此開設店鋪。",
}


def test_a_term_no_passage_writes_is_not_defined() -> None:
    economy_only = index_of({"economy": TEXTS["economy"]})
    assert not answer_question(economy_only, "專屬經濟區指的是什麼？").found
    assert not answer_question(economy_only, "什么是专属经济区？").found


def test_a_term_a_passage_writes_is_defined() -> None:
    index = index_of(TEXTS)
    answer = answer_question(index, "專屬經濟區指的是什麼？")
    assert answer.found and "國際海洋法" in answer.results[0].text
    assert answer_question(index, "勝利廣場周圍地區現在是什麼？").found
