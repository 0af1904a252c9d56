"""Mechanisms found studying questions_docs_as (each general, each failing on the commit before):
events counted by 起/宗 and named by a noun no document writes are events the documents do not
count; a count in Chinese numerals after a list of as many items (市、区两级) says how many were
listed; a part paid by who 承担 it is the part the question names; 哪个记者 asks a person; an income
(收入, which jieba calls a verb) no document names is an amount the documents lack; a bare number
before a measure word the unit lists lack (貢墨2,400錠) is no price."""

from __future__ import annotations

from bot.answer import answer_question
from bot.answer.events_counted import events_head
from bot.question import analyse
from tests.conftest import index_of

_PATROLS = {"岑埕治安": "岑埕市警察局115年1月10日公布，114年全市受理竊盜案件1,832件，較113年減少12.4%；"
                        "其中住宅竊盜案件214件。\n\n全年共發生交通事故3,405起，較前一年減少6.1%。"}


def test_events_named_by_an_unwritten_noun_are_not_counted() -> None:
    index = index_of(_PATROLS)
    assert events_head(index, "岑埕市114年發生幾起住宅火災？") == "火灾"
    assert answer_question(index, "岑埕市114年發生幾起住宅火災？").results == ()
    # the documents' own events are counted, whatever the script
    assert answer_question(index, "岑埕市114年发生多少起交通事故？").text == "3,405起"
    assert answer_question(index, "岑埕市114年住宅竊盜案件有幾件？").text == "214件"


def test_only_a_phrase_of_nouns_names_the_events() -> None:
    index = index_of(_PATROLS)
    assert events_head(index, "一共查處了多少起違規點火？") is None  # 违规 is no noun
    assert events_head(index, "去年查了多少起黄牛倒票的案子") is None  # the phrase runs on past its nouns
    assert events_head(index, "去年發生了幾宗交通事故呢？") == "交通事故"


_FUNDS = {"汀岚社区医疗": "汀岚市卫生健康委员会发布消息，2025年全市社区医疗服务持续扩面。\n\n"
                          "经费方面，2025年市、区两级财政共安排社区医疗经费3.28亿元，比上年增加0.41亿元，"
                          "其中市级财政承担1.35亿元。\n\n"
                          "全市共有社区卫生服务中心64家。（记者 周明远）"}


def test_a_count_restating_a_list_is_no_amount() -> None:
    index = index_of(_FUNDS)
    assert answer_question(index, "汀岚市区财政安排了多少？").text == "3.28亿元"  # not 两级


def test_a_part_paid_by_who_bears_it_is_the_part_named() -> None:
    index = index_of({"汀岚社区医疗": "经费方面，2025年全市共安排社区医疗经费3.28亿元，比上年增加0.41亿元，其中市级财政承担1.35亿元。"})
    assert answer_question(index, "汀岚社区医疗经费里市级财政出了多少？").text == "1.35亿元"
    assert answer_question(index, "汀岚社区医疗经费一共多少？").text == "3.28亿元"


def test_an_income_no_document_names_is_not_given() -> None:
    index = index_of({"汀岚社区医疗": "汀岚市卫生健康委员会发布消息，2025年全市社区医疗服务持续扩面。\n\n"
                                      "经费方面，2025年全市共安排社区医疗经费3.28亿元，比上年增加0.41亿元，"
                                      "其中市级财政承担1.35亿元。\n\n全市共有社区卫生服务中心64家。（记者 周明远）"})
    assert answer_question(index, "汀岚社区医生的人均月收入是多少？").results == ()


def test_a_number_before_a_measure_word_of_its_own_is_no_price() -> None:
    index = index_of({"墨坊": "汀溪墨坊始建於清乾隆三年（1738年），由知縣周允禮奏請設立，初設煙房8座、工匠60名，"
                            "每年向內府進貢貢墨2,400錠。\n\n墨坊於清光緒二十年（1894年）停產。"})
    assert answer_question(index, "汀溪墨坊的贡墨每锭多少钱？").text is None
    assert answer_question(index, "汀溪墨坊每年进贡多少锭贡墨？").text == "2,400"


def test_which_reporter_asks_a_person() -> None:
    assert analyse("汀岚社区医疗那篇报道是哪个记者写的").kind == "who"
    assert analyse("哪名官员出席了仪式").kind == "who"
    assert analyse("哪个部门负责").kind is None
    index = index_of(_FUNDS)
    assert "周明远" in answer_question(index, "汀岚社区医疗那篇报道是哪个记者写的").results[0].text


def test_a_list_counted_is_asked_by_what_it_counts() -> None:
    index = index_of({"長崎交通": "長崎縣內鐵路交通主要由九州旅客鐵道承擔，但也有島原鐵道、松浦鐵道、長崎電氣軌道三家私鐵公司。"})
    assert answer_question(index, "長崎縣的私鐵公司有多少？").text == "三家"
    assert answer_question(index, "How many private railway companies operate in Nagasaki?").text == "三家"
