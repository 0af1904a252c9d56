"""Mechanisms found studying questions_docs_ab (each general, each failing on the commit before):
a year asked is looked for in the plan's own sentence, and a figure that is no plan counts against
setting the plan aside only in a clause of the question's words; a part after 其中 named by who gave
it (其中市级财政安排5.2亿元) is the one asked when the question names the giver; the size of a change
named after its verb (成长幅度高达28.4%) answers it; a month the question quotes names its item of a
list given respectively; an event verb is dated by one of its characters with 于 after the date
(1790年）冬，戏楼毁于火灾 for 烧毁)."""

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


def test_the_size_of_a_change_named_after_its_verb_answers_it() -> None:
    index = index_of({"出口": "东南亚市场出口值为新台币96亿元，成长幅度高达28.4%，是各地区中最高。"})
    assert answer_question(index, "出口到东南亚的金额成长了多少？").text == "28.4%"


def test_a_month_quoted_names_its_item_of_a_list_given_respectively() -> None:
    index = index_of({"零售": "按月份计，7月、8月及9月的销货价值分别为318.2亿元、351.7亿元及328.7亿元，其中9月按年上升5.6%。"})
    assert answer_question(index, "8月份零售销货价值是多少").text == "351.7亿元"


def test_an_event_verb_is_dated_by_one_of_its_characters_with_yu_after_the_date() -> None:
    from bot.answer.figure.clauses import dated_at
    from index.figures import passage_figures

    text = "清乾隆五十五年（1790年）冬，戏楼毁于火灾，仅存台基。"
    year = next(f for f in passage_figures(text) if f.kind == "date")
    assert dated_at(text, year, ["烧毁"])
    assert not dated_at(text, year, ["重修"])
