"""Mechanisms found studying questions_docs_z (each general, each failing on the commit before):
a tie on the question's words between two passages of a document is settled by the figure, when
the best's hardly fits and the other's does."""

from __future__ import annotations

from bot.answer import answer_question
from tests.conftest import index_of


def test_a_tie_on_words_is_settled_by_the_figure_that_fits() -> None:
    text = (
        "岚阳市充电设施建设\n\n"
        "“充电难的问题，正在从‘有没有’转向‘好不好’。”市交通运输局局长表示，岚阳市自2021年印发《岚阳市充电基础设施建设三年行动计划》以来，"
        "全市充电设施累计服务车辆48.1万。\n\n"
        "资金方面，去年全市充电基础设施建设完成投资19.4亿元，其中社会资本投入15.2亿元。市财政安排补贴资金2.6亿元。\n\n"
        "充电设施建设同步提速。截至去年底，全市累计建成公共充电桩41236个，比上年末增加12380个。"
    )
    index = index_of({"充电": text, "其他": "其他文件，講的是別的事情。"})
    assert answer_question(index, "岚阳去年充电基础设施建设投了多少钱？").text == "19.4亿元"


def test_how_much_electricity_asks_an_amount_of_energy() -> None:
    """充了多少电: the energy charged (充电量达到6.35亿千瓦时), not a count of chargers beside more of
    the question's words; 瓩 (Taiwan's kilowatt) is a unit of power, 装置容量 names one."""
    from index.figures import passage_figures, unit_dimension
    from index.figures.units import measured

    text = (
        "岚阳市充电设施\n\n"
        "充电设施建设同步提速。截至去年底，岚阳全市累计建成公共充电设施站点1,260个，全年新增公共充电设施站点318个。\n\n"
        "用电数据同样增长明显。据供电公司统计，全年全市公共充电设施充电量达到6.35亿千瓦时，同比增长41.2%。"
    )
    index = index_of({"充电": text, "其他": "其他文件，講的是別的事情。"})
    assert answer_question(index, "岚阳市公共充电设施全年充了多少电").text == "6.35亿千瓦时"
    assert measured("装置容量") == "power" and measured("多少电话") is None
    (figure,) = [f for f in passage_figures("屋頂設置太陽光電，裝置容量1,250瓩。") if f.kind != "date"]
    assert unit_dimension(figure.unit) == "power"
