"""Mechanisms found studying questions_docs_ao (each general, each failing on the commit before):
a date question naming a dynasty is answered by a year of it, even in the passage whose other year
the question's other words are nearer (明代在哪一年重建: 1373年, not the Yuan 1352年 of the fire);
哪两天 asks dates, as 哪一天 does."""

from __future__ import annotations

from bot.answer import answer_question
from bot.question import analyse
from tests.conftest import index_of


def test_a_date_question_naming_a_dynasty_is_answered_by_a_year_of_it() -> None:
    index = index_of({"蓴溪惠民藥局": "蓴溪惠民藥局是古代的官辦藥局，創設於南宋紹興十八年（1148年）。\n\n"
                      "元至正十二年（1352年），蓴溪惠民藥局毀於兵火。明洪武六年（1373年）由知府呂懷清主持重建，"
                      "屋舍擴大至78間，並增設藥圃一處。"})
    assert answer_question(index, "蓴溪惠民藥局毀於兵火以後，明代在哪一年重建？").text == "洪武六年（1373年）"
    assert "1352年" in answer_question(index, "蓴溪惠民藥局在元代哪一年毀於兵火？").text


def test_which_two_days_asks_dates() -> None:
    assert analyse("全城打针周末是哪两天？").kind == "date" and analyse("哪三日开放").kind == "date"
