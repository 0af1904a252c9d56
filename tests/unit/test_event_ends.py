"""A question asking when something ended (or began) is answered by the date of that end, not by
the date of its other end: 1937年 is when the war broke out, 1945年 when it ended. A founding is
said in another verb of founding than the question's as well (创建 asked, 创立于1862年 written),
and the date of a count (據2011年統計) says when something was counted, not when anything asked of
happened."""

from __future__ import annotations

import pytest

from bot.answer.figure import choose_figure
from bot.answer.figure.clauses import AS_OF, EVENT_DATED, OTHER_EVENT, as_of, event_dated
from bot.answer.query import read_question
from bot.question import analyse
from index.fields import HEADING
from index.figures import Figure, passage_figures
from index.search import Index
from tests.conftest import index_of

TEXTS = {
    "war": "1937年，中國抗日戰爭爆發，戰事波及全國各地。1945年抗日戰爭結束後，國共之間的矛盾再度凸顯。",
    "peninsula": "1950年6月，半島戰爭爆發，造成大量傷亡。1953年7月，半島戰爭以停戰告終。",
    "troupe": "2010年，該劇團宣布解散。該劇團在1982年成立，曾到各地巡迴演出。",
    "academy": (
        "該書院是當地最早的學府之一，創立於1862年。2015年，《週報》評選該書院為全國第3名，"
        "書院的文學系排名第1，書院的史學系排名第2。"
    ),
    "college": "1827年，學校建立，是該省最早的學府。直至1849年，學校才脫離教會，成為一所大學。",
    "town": "星野市是該國第三大城市。據2011年統計，星野市居民有12萬人。該城始建於1705年，當時只是一個漁村。",
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
        ("academy", "該書院創建於哪一年？", "1862年"),  # 创立于1862年 says the founding asked
        ("academy", "该书院是什么时候成立的？", "1862年"),
        ("academy", "該書院何時創立？", "1862年"),  # the question's own verb, as before
        ("college", "這所大學創立於何時？", "1827年"),  # 由此建立: founded, in another word
        ("college", "這所大學何時脫離教會？", "1849年"),
        ("town", "星野市是何時建立的？", "1705年"),  # not 據2011年統計
        ("town", "星野市何時統計居民人數？", "2011年"),  # a count asked of: its date answers
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


def date(text: str, written: str) -> Figure:
    return next(f for f in passage_figures(TEXTS[text]) if f.text == written)


def test_a_verb_of_founding_before_the_date_dates_it() -> None:
    """创立于1862年: the verb stands before the date; another verb of founding than the
    question's dates it too, but not a verb of another meaning."""
    founded = date("academy", "1862年")
    assert event_dated(TEXTS["academy"], analyse("何時創建？"), founded, ["创建"]) == EVENT_DATED
    assert event_dated(TEXTS["academy"], analyse("何時評選？"), founded, ["评选"]) == 1.0


def test_the_date_of_a_count_is_as_of() -> None:
    counted = date("town", "2011年")
    assert as_of(TEXTS["town"], analyse("星野市何時建立？"), counted, ["星野市", "建立"]) == AS_OF
    assert as_of(TEXTS["town"], analyse("何時統計人口？"), counted, ["统计", "人口"]) == 1.0
    assert as_of(TEXTS["town"], analyse("星野市何時建立？"), date("town", "1705年"), ["星野市", "建立"]) == 1.0
