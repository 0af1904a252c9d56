"""News writes some words in two forms that say the same thing: 首批 and 第一批, 首届 and 第一届,
同比 and 去年同期. A question typing one form is answered by a passage writing the other as fully
as by one writing its own -- not as by a passage holding a part of the word (第一) -- so it is not
outranked by a passage that merely holds the question's other words."""

from __future__ import annotations

from bot.answer import answer_question
from bot.answer.query import read_question
from tests.conftest import index_of

DOCS = {
    "housing": (
        "房屋局今日表示，未来五年公营房屋建屋量预计约为18万个单位，简约公屋将分批兴建。\n\n"
        "简约公屋方面，首批位于北区古洞的项目提供约5,600个单位，已于今年3月入伙，每个单位面积由约13平方米至约33平方米不等。"
    ),
    "grid": "电网公司表示，将确保新能源建得成、送得出、用得好。",
}


def test_the_other_form_counts_fully() -> None:
    index = index_of(DOCS)
    word = next(w for w in read_question(index, "第一批简约公屋建在哪里？").words if w.variants[0] == "第一批")
    assert word.share(word.variants.index("首批")) == 1.0
    assert word.share(word.variants.index("第一")) < 1.0


def test_the_passage_writing_the_other_form_comes_first() -> None:
    answer = answer_question(index_of(DOCS), "第一批简约公屋建在哪里？")
    assert answer.results and "首批位于北区古洞" in answer.results[0].text
