"""A passage naming what the question quotes comes before passages that do not: 「綠色家園」計畫是
哪一年提出的 is not answered by another passage's date beside the same verb."""

from __future__ import annotations

from bot.answer import answer_question
from tests.conftest import index_of


def test_passages_naming_the_quoted_name_come_first() -> None:
    index = index_of({
        "speech": "2019年，市長到各區視察，對各項計畫提出明確要求。",
        "plan": "「綠色家園」計畫實施以來，全市新增公園綠地一百多處，成效顯著。",
    })
    answer = answer_question(index, "「綠色家園」計畫是哪一年提出的？")
    assert answer.results and "綠色家園" in answer.results[0].text
    assert answer.text is None or "2019" not in answer.text
