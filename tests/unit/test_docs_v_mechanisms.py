"""Mechanisms found studying questions_docs_v (each general, each failing on the commit before):
程度 asked is a share; a keyword question's last word naming an amount in general (金额) is what is
asked, not a word to find; an event's verb typed last asks its date."""

from __future__ import annotations

from bot.answer import answer_question
from bot.question import analyse
from tests.conftest import index_of

FARMS = (
    "農業損失最為慘重。縣政府農業處統計，全縣農業損失估計達4.86億元，農作物受害面積5130公頃，平均受害程度38%。\n\n"
    "縣政府農業處處長說，已受理農民救助申請7612件，核撥金額1.18億元。"
)


def test_a_degree_asked_is_a_share() -> None:
    assert analyse("农作物平均受害程度是多少？").kind == "percent"
    index = index_of({"颱風": FARMS})
    assert answer_question(index, "台风过后农作物平均受害程度是多少？").text == "38%"


def test_an_amount_named_in_general_is_asked_not_searched() -> None:
    index = index_of({"颱風": FARMS})
    assert answer_question(index, "颱風 農業損失 金額").text == "4.86億元"


def test_an_event_typed_last_asks_its_date() -> None:
    assert analyse("湄川大学 新校区 启用").kind == "date"
    assert analyse("新校区启用").kind is None  # no keyword apart
    index = index_of({"大学": "位于东郊的湄川大学新校区于2024年9月1日启用，占地3200亩，可容纳学生3万人。"})
    assert answer_question(index, "湄川大学 新校区 启用").text == "2024年9月1日"


PAGODA = {
    "靈岫寺塔": (
        "靈岫寺塔，又稱白雲塔，是一座八角九層樓閣式佛塔，位於靈岫寺中軸線的最北端，始建於北宋慶曆五年（1045年）。\n\n"
        "位置\n\n靈岫寺塔位於琮州市北郊翠屏山南麓的一處台地上，距市中心約12公里。\n\n"
        "1937年，靈岫寺大部分殿宇毀於戰火，靈岫寺塔因磚石結構得以倖存。\n\n"
        "靈岫寺塔現由靈岫寺文物保管所負責管理，2023年靈岫寺塔景區共接待遊客86.5萬人次。"
    )
}


def test_where_a_thing_is_is_answered_where_the_text_says_it_lies() -> None:
    index = index_of(PAGODA)
    assert "翠屏山" in answer_question(index, "灵岫寺塔在什么地方？").results[0].text
