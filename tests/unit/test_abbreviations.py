"""A word no document writes is searched as the longer word it abbreviates (高校 → 高等院校,
二战 → 第二次世界大战), when the dictionary says so -- not as any term that fits the pattern; and a
name as the other writing the documents use (肯尼迪 → 甘迺迪, 悉尼 → 雪梨)."""

from __future__ import annotations

import pytest

from bot.answer import answer_question
from bot.answer.abbreviations import expansions
from index.english.cedict import abbreviated
from index.english.other_writings import same_names
from tests.conftest import index_of

TEXTS = {
    "dams": "第二次世界大戰期間，英國皇家空軍第617中隊曾攻擊德國的水壩。",
    "protest": "當年，北京20多所高等院校的學生上街遊行。",
    "market": "該市共有上市公司35家。",
    "campus": "北京大學創辦於1898年。",
}


def test_the_dictionary_names_what_a_word_abbreviates() -> None:
    assert abbreviated("高校") == ("高等学校",)
    assert abbreviated("北大") == ("北京大学",)
    assert abbreviated("上司") == ()


def test_an_abbreviation_is_searched_as_the_word_the_documents_write() -> None:
    index = index_of(TEXTS)
    assert expansions(index, "高校") == ("高等院校",)  # the dictionary calls it one (of 高等学校)
    assert expansions(index, "二战") == ("第二次世界大战",)  # glossed alike: "World War II"
    assert expansions(index, "北大") == ("北京大学",)  # the dictionary's own full form


def test_a_word_is_not_read_as_a_term_that_only_fits_the_pattern() -> None:
    index = index_of(TEXTS)
    assert expansions(index, "上司") == ()  # "boss", not 上市公司 "listed company"
    assert expansions(index, "水坝") == ()  # written: nothing to expand


def test_a_question_naming_an_abbreviation_is_answered() -> None:
    index = index_of(TEXTS)
    assert answer_question(index, "二战时英国哪个中队攻击了德国的水坝？").results[0].passage.doc == "dams.txt"
    answer = answer_question(index, "北京有多少所高校的学生游行？")
    assert answer.results and answer.text == "20多所"


NAMES = {
    "kennedy": "甘迺迪於1963年11月22日在達拉斯遇刺身亡。",
    "games": "雪梨在2000年舉辦了夏季奧運會。",
}


def test_the_dictionary_gives_a_names_other_writing() -> None:
    assert same_names("肯尼迪") == ("甘迺迪",) and same_names("甘迺迪") == ("肯尼迪",)
    assert same_names("布什") == ("布希",)  # "Taiwan equivalent of 布什"
    assert same_names("普京") == ("普丁",)  # "(Tw) Vladimir Putin"
    assert same_names("江苏") == ()


@pytest.mark.parametrize(
    ("question", "answer"),
    [("肯尼迪在达拉斯遇刺是哪一天？", "1963年11月22日"), ("悉尼是哪一年举办奥运会的？", "2000年")],
)
def test_a_name_asked_in_the_mainlands_writing_is_found_in_taiwans(question: str, answer: str) -> None:
    assert answer_question(index_of(NAMES), question).text == answer
