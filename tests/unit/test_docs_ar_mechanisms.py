"""Mechanisms found studying questions_docs_ar (each general, each failing on the commit before):
a count of visitors named by its 量 (遊客量, 客流量) asks people, not money; a role asked in Cantonese
(總監係邊個) is read as asked in Mandarin (是谁)."""

from __future__ import annotations

from bot.answer import answer_question
from index.figures.units import measured
from tests.conftest import index_of


def test_visitors_named_by_their_liang_are_people() -> None:
    assert measured("遊客量比113年成長多少") == "people" and measured("客流量") == "people"
    index = index_of({"澄峰觀光工廠": "澄峰縣政府於115年1月21日公布，114年全縣觀光工廠共接待遊客1,542,300人次，"
                                      "較113年的1,348,900人次成長14.3%，全年遊客量首度突破150萬人次。觀光工廠帶動的營業額"
                                      "達新臺幣18.4億元，較前一年的16.1億元增加2.3億元。"})
    assert answer_question(index, "澄峰縣114年觀光工廠遊客量比113年成長多少？").text == "14.3%"


def test_a_role_asked_in_cantonese_is_the_role_asked() -> None:
    index = index_of({"楓灣樹木": "楓灣發展及樹木管理辦事處今日公布，截至2025年12月31日，區內由政府負責護理的街道樹木"
                                  "共有152,300棵，楓灣樹木管理辦事處稱數目創新高。\n\n"
                                  "人手方面，辦事處現有樹藝師及樹木管理人員372名。\n\n"
                                  "辦事處總監梁嘉雯表示，2026年將預留2.9億港元，計劃再種植6,200棵樹木。"})
    assert "梁嘉雯" in answer_question(index, "楓灣樹木管理辦事處總監係邊個？").results[0].text


def test_a_report_dated_when_published_is_of_the_year_it_reports_on() -> None:
    index = index_of({"汀湾全民健身": "2026年1月8日，汀湾市体育局通报2025年全民健身工作情况，全年新建健身步道28公里。\n\n"
                                      "群众参与热情持续高涨。全市经常参加体育锻炼人数比例达到39.5%，较上年的38.1%提高1.4个百分点。"})
    assert answer_question(index, "2025年汀湾市经常参加体育锻炼的人数比例是多少？").text == "39.5%"
