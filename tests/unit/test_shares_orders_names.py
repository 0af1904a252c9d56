"""Figures and names of documents nobody here wrote: a share is the share of the word after its 的,
a 份额 is any share, a number after 序數 is a place in an order, 几零年代 asks a decade, a
keyword question may end with a space before 下限, and a country's other name in the dictionary is
searched."""

from __future__ import annotations

import pytest

from bot.answer import answer_question
from bot.question import analyse
from corpus.loader import parse_document
from index.build import build_index
from index.english.other_writings import same_names
from index.search import Index

PROVINCE = """江西省的產業

江西省是以農業和礦業為主的省份，其在華東地區的經濟地位十分重要。江西在全國總產量中提供8.5%的稻米以及35%的鎢，12%的出口茶葉，稀土產量的9%，並生產近25%的瓷器。

江西的礦產主要運往俄羅斯和日本。
"""

ELEMENT = """鈦

鈦，元素符號Ti，原子序數為22，是一種銀白色的過渡金屬。1791年英國牧師威廉·格雷戈爾在礦物中發現了鈦。1910年美國化學家馬修·亨特用鈉還原四氯化鈦首次得到了純的鈦。

鈦的熔點為攝氏1668度。
"""

SCHOOL = """電化教育

最早的學術領袖是兩位歸國學者。在20世紀80年代，第二代學術領袖推動了從電化教育到教育技術的轉變，並培養了200多名研究生。
"""


@pytest.fixture(scope="module")
def documents() -> Index:
    texts = [("province.txt", PROVINCE), ("element.txt", ELEMENT), ("school.txt", SCHOOL)]
    return build_index([parse_document(name, text.encode()) for name, text in texts])


def test_a_share_is_the_share_of_the_word_after_its_de(documents: Index) -> None:
    """提供8.5%的稻米以及35%的鎢: 35% is tungsten's share, though the question's other words stand
    nearer the first figure of the list."""
    assert answer_question(documents, "全国的钨有多大比例来自江西？").text == "35%"
    assert answer_question(documents, "全國的稻米有多大比例產自江西？").text == "8.5%"


def test_a_share_asked_as_fen_e_is_any_share(documents: Index) -> None:
    """所占的份额是多少: the documents never write 份额, yet 12%的出口茶葉 is the share asked."""
    answer = answer_question(documents, "全国出口茶叶里江西所占的份额是多少？")
    assert answer.found and answer.text == "12%"
    # an amount they never name is still absent (票价)
    assert not answer_question(documents, "江西出口茶叶的票价是多少？").found


def test_a_number_after_a_word_of_order_answers_which_place(documents: Index) -> None:
    """原子序數為22 is the 22nd element: 第幾號元素 is answered by it."""
    assert answer_question(documents, "鈦是第幾號元素？").text == "22"
    # not any bare number: the melting point is no place in an order
    assert answer_question(documents, "鈦的熔點排第幾？").text is None


def test_which_decade_asked_with_ji_ling() -> None:
    """几零年代: a decade, a date -- not a count of 几."""
    assert analyse("第二代学术领袖是在几零年代出现的？").kind == "date"
    assert analyse("第二代学术领袖是在几十年代出现的？").kind == "date"


def test_a_keyword_question_ending_in_a_bound_after_a_space_asks_the_amount() -> None:
    """收录时长 下限 (typed with a space) asks a figure, as 收录时长下限 does."""
    assert analyse("初期 收录时长 下限").kind == "count"
    assert analyse("初期 收录时长下限").kind == "count"


def test_a_decade_asked_with_ji_ling_is_answered(documents: Index) -> None:
    assert answer_question(documents, "第二代学术领袖是在几零年代出现的？").text == "20世紀80年代"


def test_a_countrys_other_name_in_the_dictionary_is_searched(documents: Index) -> None:
    """俄国 and 俄罗斯 are both "Russia" in CC-CEDICT: a question writing the one finds the
    documents writing the other, rather than taking it for a place they never name."""
    assert "俄罗斯" in same_names("俄国") and "俄国" in same_names("俄罗斯")
    assert same_names("王") == ()  # a surname is no name of one thing
    answer = answer_question(documents, "江西的礦產運往俄國嗎？")
    assert answer.found and answer.results[0].passage.doc == "province.txt"
