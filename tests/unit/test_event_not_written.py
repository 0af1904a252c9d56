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
