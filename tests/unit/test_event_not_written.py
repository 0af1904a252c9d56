"""A date question whose event no document writes, and whose best passage gives no date, gets
nothing: the documents speak of who did it, never of that event."""

from __future__ import annotations

import pytest

from bot.answer import answer_question
from index.search import Index
from tests.conftest import index_of


@pytest.fixture(scope="module")
def index() -> Index:
    return index_of({
        "guidance": "在中央指導組全程把關、精心指導下，浙江各地深入開展調查研究，形成一批制度成果。",
        "forum": "論壇期間，與會代表圍繞數字經濟展開討論，並發布了合作倡議。",
    })


@pytest.mark.parametrize("question", ["中央指導組是哪天進駐浙江的？", "中央指导组是什么时候撤离浙江的？"])
def test_an_event_no_document_writes_gets_nothing(index: Index, question: str) -> None:
    assert answer_question(index, question).results == ()


def test_an_event_the_documents_write_still_shows_its_passage(index: Index) -> None:
    answer = answer_question(index, "中央指導組是什麼時候把關的？")  # 把關 is written, its date is not
    assert answer.results and "把關" in answer.results[0].text


@pytest.fixture(scope="module")
def dated() -> Index:
    return index_of({
        "visit": "2023年9月，習近平總書記親臨浙江考察，對浙江各方面工作提出明確要求。",
        "summit": "在2023年世界互聯網大會烏鎮峰會等活動中，黨員干部精心做好服務保障工作。",
    })


@pytest.mark.parametrize("question", ["习近平是哪一年出生的", "浙江什么时候下雪？"])
def test_a_date_of_another_event_is_no_answer_to_an_event_no_document_writes(dated: Index, question: str) -> None:
    answer = answer_question(dated, question)  # 2023年9月 dates a visit, not a birth or snow
    assert answer.figure is None and not answer.confident


@pytest.mark.parametrize(("question", "date"), [
    ("总书记来浙江视察是哪年几月？", "2023年9月"),  # 视察 unwritten; 考察 beside the date says it otherwise
    ("烏鎮峰會是哪年舉行的？", "2023年"),  # 舉行 says only that the summit took place
    ("總書記到浙江考察並出席活動是哪一年？", "2023年9月"),  # 考察 is written: the event may be it
])
def test_a_date_beside_the_event_or_its_taking_place_still_answers(dated: Index, question: str, date: str) -> None:
    answer = answer_question(dated, question)
    assert answer.figure is not None and answer.figure.text == date


def test_a_time_of_day_no_passage_gives_gets_nothing() -> None:
    """几点开门 asks only a time of day: a passage naming the hall but giving no time of day does
    not answer it (as a count question whose passage counts nothing); one giving it does."""
    index = index_of({
        "hall": "步入位於杭州的浙江展覽館，一張張生動的歷史圖片引人駐足，令人深思。",
        "library": "市圖書館的閱覽室上午9點對外開放，晚上9點閉館，週一休息。",
    })
    assert answer_question(index, "浙江展览馆每天几点开门？").results == ()
    opening = answer_question(index, "市圖書館的閱覽室幾點對外開放？")
    assert opening.figure is not None and opening.figure.text.startswith("上午9點")
