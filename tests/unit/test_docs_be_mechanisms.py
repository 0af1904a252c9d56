"""Mechanisms found studying `questions_docs_be` with every Chinese docs dev set (each general, each
failing on the commit before):

- a keyword question ending in a measure word and 数 (申请件数, 检控宗数) asks the count in that
  measure word, as 多少件 would -- not a figure in years (屋龄40年) beside the words;
- a keyword question ending in 占…总数 (举报 占投诉总数) asks a share of the whole, as 占…的多少 does;
- a part of a whole after 其中 is named by what its own clause says after its figure (5,400万元用于
  改善路灯照明), not by a word every part's clause writes (用于);
- people counted in 人 (环卫工人有多少人) are not counted by a figure in 个 whose clause writes them
  only before another noun (环卫工人休息驿站…312个: the stations);
- a count asked of one member of a kind, named after its place (沅湾 东滩 街市), is not given by a
  clause giving the whole kind's (全区街市共有档位3,128个)."""

from __future__ import annotations

from pathlib import Path

from bot.answer import answer_question
from tests.conftest import engine_with


_HOUSES = {
    "沅浦老屋修缮.txt": "沅浦老屋修缮补助申请大增\n\n"
                   "〔记者林若溪／沅浦报导〕沅浦市政府都市发展局16日公布，2025年全市受理屋龄40年以上老屋修缮补助申请2,146件，"
                   "较上年的1,502件增加644件。\n\n都发局表示，补助上限为每户新台币30万元。",
}


def test_a_keyword_count_named_by_its_measure_word_asks_that_count(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _HOUSES).index
    # 件数: the applications counted in 件, not the houses' age in 年
    assert answer_question(index, "沅浦市2025年老屋修缮补助申请件数").text == "2,146件"
    assert answer_question(index, "沅浦市2025年老屋修繕補助申請件數").text == "2,146件"


_REPORTS = {
    "沅港街道管理.txt": "沅港街道管理年报\n\n"
                  "网上举报平台「街坊通」于2025年3月2日推出，全年收到举报1,862宗，占投诉总数的31.4%。\n\n"
                  "署方全年巡查街道4.2万次。",
}


def test_a_share_of_a_whole_typed_last_asks_the_share(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _REPORTS).index
    # 占投诉总数: the share (31.4%), not the count of reports (1,862宗)
    assert answer_question(index, "街坊通 举报 占投诉总数").text == "31.4%"
    assert answer_question(index, "街坊通 舉報 佔投訴總數").text == "31.4%"
    # the count itself still answers
    assert answer_question(index, "街坊通全年收到多少宗举报？").text == "1,862宗"


_GRANTS = {
    "沅港安心街道计划.txt": "沅港安心街道计划\n\n"
                    "政府去年拨款1.8亿元推行「安心街道计划」，其中9,200万元用于增聘人手及购置车辆，5,400万元用于改善路灯照明，"
                    "其余3,400万元资助小店改装店面。\n\n计划由路政署统筹。",
}


def test_a_part_is_named_by_its_own_clause_after_its_figure(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _GRANTS).index
    # 用于 stands in every part's clause: 改善路灯照明 names the second part
    assert answer_question(index, "安心街道计划用于改善路灯照明的拨款是多少").text == "5,400万元"
    assert answer_question(index, "安心街道計劃用於改善路燈照明的撥款是多少").text == "5,400万元"
    # the first part, named by its own words, still answers
    assert answer_question(index, "安心街道计划用于增聘人手及购置车辆的拨款是多少").text == "9,200万元"


_STATIONS = {
    "沅岫环卫驿站.txt": "沅岫市环卫工人休息驿站一年增至312个\n\n"
                  "本报讯 沅岫市城市管理局2026年1月10日发布，全市环卫工人休息驿站由项目启动前的96个增至312个，覆盖全部7个区县。\n\n"
                  "驿站为环卫工人提供饮水、热饭和休息服务。",
}


def test_people_counted_in_ren_are_not_counted_by_the_things_they_qualify(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _STATIONS).index
    # 312个 counts the stations: 环卫工人 only qualifies 休息驿站
    assert answer_question(index, "沅岫市环卫工人一共有多少人").figure is None
    assert answer_question(index, "沅岫市環衛工人一共有多少人？").figure is None
    # the stations themselves still answer
    assert answer_question(index, "沅岫市环卫工人休息驿站有多少个？").text == "312个"


_MARKETS = {
    "沅湾街市.txt": "沅湾街市档位出租率回升\n\n"
                "沅湾食物环境卫生署公布，截至九月底，全区街市共有档位3,128个，已出租2,870个，出租率为91.8%。"
                "东滩街市及北岸街市的翻新工程已于6月完成。\n\n署方表示会继续优化街市设施。",
}


def test_a_member_of_a_kind_is_not_given_the_wholes_figure(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _MARKETS).index
    # 3,128个 is every market's stalls: 东滩街市 is one market the document does not count
    assert answer_question(index, "沅湾东滩街市一共有多少个档位").figure is None
    assert answer_question(index, "沅灣東灘街市一共有多少個檔位？").figure is None
    # the markets of the district, asked without a member's name, still answer
    assert answer_question(index, "沅湾街市一共有多少个档位").text == "3,128个"
    assert answer_question(index, "沅湾全区街市一共有多少个档位？").text == "3,128个"
