"""A question asking what there is now or in all (现在总共有多长, 目前一共有多少) is not answered by an
amount added (新增公交专用道25公里): that is another quantity altogether, however near the question's
words it stands -- the passage giving the level (总长度达到312.6公里) comes first."""

from __future__ import annotations

import pytest

from bot.answer import answer_question
from bot.answer.figure.clauses import ADDED_FOR_TOTAL, UNCHANGED, level_asked
from bot.question import analyse
from index.figures import passage_figures
from tests.conftest import index_of

PLAN = "栖川市公交集团副总经理介绍，明年计划新开和优化线路80条，新增公交专用道25公里，并建设智能调度中心。"
LEVEL = "栖川市基础设施建设持续推进。截至目前，全市公交专用道总长度达到312.6公里，其中今年新增38.4公里；新建成公交首末站11座。"


@pytest.mark.parametrize("question", ["栖川的公交专用道目前总共有多长？", "棲川的公交專用道目前一共有多長？"])
def test_an_amount_added_does_not_answer_what_there_is(question: str) -> None:
    answer = answer_question(index_of({"plan": PLAN, "level": LEVEL}), question)
    assert answer.results and "312.6公里" in answer.results[0].text
    assert answer.text is None or not answer.text.startswith("25公里")


def test_an_amount_added_is_only_halved_when_neither_now_nor_all_is_asked() -> None:
    figure = next(f for f in passage_figures(PLAN) if f.text == "25公里")
    assert level_asked(PLAN, analyse("公交专用道有多长？"), figure, ["公交", "专用道"]) == UNCHANGED
    assert level_asked(PLAN, analyse("公交专用道现在有多长？"), figure, ["公交", "专用道", "现在"]) == ADDED_FOR_TOTAL
    assert level_asked(PLAN, analyse("公交专用道新增了多长？"), figure, ["公交", "专用道", "新增"]) == 1.0
