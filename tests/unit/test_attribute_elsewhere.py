"""The amount a question asks, named by a noun the documents write but not the best passage's
document (栖霞观门票多少钱, where only a festival sells 门票): no figure of that document answers
it -- no direct answer, possibly related at most."""

from __future__ import annotations

from bot.answer import answer_question
from tests.conftest import index_of

DOCUMENTS = {
    "栖霞观": (
        "栖霞观是岚溪流域的一座道教宫观，相传创建于唐贞观九年（635年）。\n\n"
        "2019年至2021年，栖霞观进行大规模修缮，总投资约2,800万元；2023年栖霞观接待游客约26万人次。"
    ),
    "湾岛戏剧节": "本届湾岛戏剧节共上演剧目86部，观众约12万人次。\n\n戏剧节售出门票约9.6万张，门票收入约1,450万元。",
}


def test_an_amount_named_only_in_another_document_is_not_answered() -> None:
    answer = answer_question(index_of(DOCUMENTS), "栖霞观门票多少钱？")
    assert answer.text is None
    assert not answer.confident


def test_the_document_naming_it_still_answers() -> None:
    answer = answer_question(index_of(DOCUMENTS), "湾岛戏剧节门票收入多少钱？")
    assert answer.text == "1,450万元"


def test_an_amount_named_by_a_word_and_its_one_character_ending_is_looked_for_by_the_word() -> None:
    index = index_of({
        "汀县自行车": "民国114年全县自行车出口值达新台币1,286亿元，较上年成长16.5%。\n\n内销方面，全县自行车内销金额为新台币83亿元。",
        "港口": "港口全年进口值为2,310亿元，出口值为1,980亿元。",
    })
    assert answer_question(index, "汀县114年自行车进口值是多少？").text is None  # 进口|值: no 进口 in the county's
    assert answer_question(index, "汀县114年自行车出口值是多少？").text == "1,286亿元"
