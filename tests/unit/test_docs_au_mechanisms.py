"""Mechanisms found studying questions_docs_au (each general, each failing on the commit before): a
year written with 年度 (公布114年度…成果) dates the figures after it as the year it is, not as the
publication date before it; a rate asked with a date between it and 多少 (關閉率2025年降到多少) asks a
share."""

from __future__ import annotations

from bot.answer import answer_question
from bot.question import analyse
from tests.conftest import index_of

_RENT = {"溪埔租屋": "溪埔市114年青年租屋補貼核定逾3萬戶\n\n"
                     "【記者林文遠／溪埔報導】溪埔市政府都市發展局115年1月9日公布114年度青年租屋補貼成果。全年共受理申請"
                     "36,420件，核定31,205戶，核定率85.7%；核定戶數較113年的27,318戶增加3,887戶，成長14.2%，首度突破3萬戶。\n\n"
                     "全年核撥補貼金額新臺幣12.46億元，較113年成長18.2%。"}


def test_a_year_written_with_niandu_dates_what_follows() -> None:
    index = index_of(_RENT)
    assert answer_question(index, "溪埔市114年青年租房补贴一共核定了多少户？").text == "31,205戶"
    assert answer_question(index, "溪埔市114年青年租屋補貼的核定率是多少？").text == "85.7%"


def test_a_rate_asked_across_a_date_is_a_share() -> None:
    assert analyse("漣澤市的書店關閉率2025年降到多少？").kind == "percent"
    assert analyse("全市有多少家效率高的企业").kind == "count"
