"""A question asking when something ended (or began) is answered by the date of that end, not by
the date of its other end: 1937年 is when the war broke out, 1945年 when it ended."""

from __future__ import annotations

import pytest

from bot.answer.figure import choose_figure
from bot.answer.figure.clauses import EVENT_DATED, OTHER_EVENT, event_dated
from bot.answer.query import read_question
from index.fields import HEADING
from index.figures import passage_figures
from index.search import Index
from tests.conftest import index_of

TEXTS = {
    "war": "1937年，中國抗日戰爭爆發，戰事波及全國各地。1945年抗日戰爭結束後，國共之間的矛盾再度凸顯。",
    "peninsula": "1950年6月，半島戰爭爆發，造成大量傷亡。1953年7月，半島戰爭以停戰告終。",
    "troupe": "2010年，該劇團宣布解散。該劇團在1982年成立，曾到各地巡迴演出。",
    "team": "其前身為北方湖人，在北方時期獲得過5個總冠軍，1949年隊名正式確定，1960年球隊遷至西岸後，獲得11次總冠軍。",
}


@pytest.fixture(scope="module")
def index() -> Index:
    return index_of(TEXTS)


def pick(index: Index, text: str, question: str) -> str | None:
    query = read_question(index, question)
    words = {t.term: t.weight for t in query.terms if not t.term.startswith(HEADING)}
    figure, _ = choose_figure(TEXTS[text], words, index, query.info, "")
    return None if figure is None else figure.text


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        ("war", "抗日戰爭是在西元幾年的時候結束？", "1945年"),  # 1945年抗日戰爭結束: the question's words, then its end
        ("war", "抗日战争是哪一年爆发的？", "1937年"),
        ("peninsula", "半島戰爭是何時結束的？", "1953年7月"),  # 1950年6月 is when it broke out (告终, not 结束)
        ("troupe", "該劇團是從何時開始活動的？", "1982年"),  # 2010年 is when it was dissolved
        ("team", "北方湖人在哪一年遷至西岸，隊名正式改為西岸湖人？", "1960年"),  # 球隊遷至: a short subject, then the verb
    ],
)
def test_the_date_of_the_asked_end_answers(index: Index, text: str, question: str, expected: str) -> None:
    assert pick(index, text, question) == expected


def test_a_date_followed_by_the_questions_words_then_its_verb_dates_that_event(index: Index) -> None:
    query = read_question(index, "抗日戰爭是在西元幾年的時候結束？")
    text = TEXTS["war"]
    ended = next(f for f in passage_figures(text) if f.text == "1945年")
    began = next(f for f in passage_figures(text) if f.text == "1937年")
    assert event_dated(text, query.info, ended, ["结束"], ["抗日战争"]) == EVENT_DATED
    assert event_dated(text, query.info, ended, ["结束"], []) == 1.0  # 抗日戰爭 stands between
    assert event_dated(text, query.info, began, ["结束"], ["抗日战争"]) == OTHER_EVENT  # 爆發
