"""Mechanisms found studying questions_docs_ab (each general, each failing on the commit before):
a year asked is looked for in the plan's own sentence, and a figure that is no plan counts against
setting the plan aside only in a clause of the question's words; a part after 其中 named by who gave
it (其中市级财政安排5.2亿元) is the one asked when the question names the giver."""

from __future__ import annotations

from bot.answer import answer_question
from tests.conftest import index_of

FITNESS = {
    "汀州全民健身": (
        "1月8日，汀州市体育局通报2025年全民健身工作情况，全年新建健身步道35公里。\n\n"
        "群众参与热情持续高涨。全市经常参加体育锻炼人数比例达到41.5%，较上年的40.3%提高1.2个百分点；"
        "城乡居民国民体质监测合格率为92.6%。全市共有社会体育指导员21530名。\n\n"
        "根据计划，2026年汀州市将新建社区健身中心40个，力争经常参加体育锻炼人数比例达到44%。"
        "2026年9月，汀州市还将承办省运动会，主赛场设在汀州体育中心，目前各场馆改造工程已完成约六成。"
    )
}
FUNDS = {
    "汀州全民健身": (
        "1月8日，汀州市体育局通报2025年全民健身工作情况。全年全市体育事业投入资金12.4亿元，比上年增长8.1%，"
        "其中市级财政安排4.6亿元，带动社会资本投入2.9亿元。"
    )
}


def test_a_plan_beside_a_sentence_of_the_year_asked_is_set_aside() -> None:
    answer = answer_question(index_of(FITNESS), "2025年汀州市经常参加体育锻炼的人数比例是多少？")
    assert answer.text == "41.5%"


def test_a_part_named_by_who_gave_it_is_the_one_asked() -> None:
    answer = answer_question(index_of(FUNDS), "2025年汀州体育事业投入里，市级财政拿了多少？")
    assert answer.text == "4.6亿元"
