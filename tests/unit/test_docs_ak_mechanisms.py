"""Mechanisms found studying questions_docs_ak (each general, each failing on the commit before):
a word jieba tags as a person's name that opens with no surname and is written with no character
of foreign names (迎客) is no name the documents lack; an amount's total (总金额) is written without
总 too."""

from __future__ import annotations

from bot.answer import answer_question
from bot.answer.query import read_question
from index.question_words import written_otherwise
from tests.conftest import index_of


def test_a_person_tag_without_surname_or_foreign_characters_names_no_one() -> None:
    index = index_of({"夜间经济": "2025年10月1日，全市首家24小时营业的城市书房“星夜书房”在青沙区望江路开放，面积1260平方米。\n\n"
                      "全市开通夜班公交线路39条，比上年增加11条。"})
    assert not read_question(index, "星夜书房什么时候开门迎客的").absent
    assert read_question(index, "星夜书房什么时候开门迎客的").words[-1].variants[0] == "迎客"


def test_a_person_tag_of_foreign_characters_is_still_a_name_the_documents_lack() -> None:
    index = index_of({"边界": "1963年，中华人民共和国与巴基斯坦签订边界协定，划定两国边界。"})
    assert not answer_question(index, "中华人民共和国与阿富汗在哪一年签订边界条约？").results


def test_an_amounts_total_is_written_without_zong() -> None:
    assert written_otherwise("总金额") == ("金额",) and written_otherwise("总人数") == ("人数",)
    assert written_otherwise("总书记") == () and written_otherwise("总经理") == ()  # roles, no amounts
    index = index_of({"贷款": "114年全年共受理申请1,486件，核贷1,127件，核贷率75.8%；核贷金额新台币18.64亿元，"
                      "较113年的新台币14.92亿元增加3.72亿元。"})
    assert answer_question(index, "114年青创贷款核贷总金额是多少？").text == "18.64亿元"
