"""A name the dictionary lacks, cut short where its last character begins a dictionary word that
no document holds (杜月|华中|进士 of 杜月华中进士), is read as the name a passage writes (杜月华):
the question is no longer declined for naming 华中, which no document writes."""

from __future__ import annotations

from bot.answer import answer_question
from bot.answer.query import read_question
from tests.conftest import index_of

SCHOLAR = {
    "杜月华": (
        "杜月华，字子实，嘉兴人，晚明书画家。\n\n杜月华生于嘉靖四十四年（1565年），幼时聪敏。\n\n"
        "万历二十年（1592年）中三甲进士，任九江推官。\n\n崇祯八年（1635年），杜月华卒于家中。"
    )
}


def test_a_name_cut_short_is_read_whole() -> None:
    index = index_of(SCHOLAR)
    query = read_question(index, "杜月华中进士是在万历几年？")
    assert [w.variants[0] for w in query.words][:2] == ["杜月华", "进士"]
    assert not query.absent
    answer = answer_question(index, "杜月华中进士是在万历几年？")
    assert answer.text is not None and "1592年" in answer.text
    # the rest of the word cut stays a word of the question (杜月|华东|游: 杜月华, 东, 游)
    assert [w.variants[0] for w in read_question(index, "杜月华东游是哪一年").words][:3] == ["杜月华", "东", "游"]


def test_a_word_the_documents_hold_is_not_read_into_a_name() -> None:
    index = index_of({"华中": "华中地区的杜月在1998年到过武汉，华中一带多雨。"})
    words = [w.variants[0] for w in read_question(index, "杜月华中进士").words]
    assert "华中" in words
