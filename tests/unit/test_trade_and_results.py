"""Trade figures, company results and histories: an amount's name is no thing counted (进出口额),
改善至 reaches a level, 兵力 is a number of people, and a change asked of an amount the documents
never name (股價上漲了多少) gets nothing."""

from __future__ import annotations

import pytest

from bot.answer import answer_question
from bot.question import analyse
from corpus.loader import parse_document
from index.build import build_index
from index.search import Index

TRADE = """海川省外贸

据海关统计，前5个月海川省进出口总额3620.4亿元，同比增长8.1%。

从贸易伙伴看，东盟为海川省第一大贸易伙伴，进出口802.6亿元，增长11.7%；欧盟为第二大贸易伙伴，进出口615.9亿元，增长3.9%。
"""

RESULTS = """朗悅集團全年業績

年內集團營業額為52.80億港元，按年上升12.4%；毛利率由上年度的66.5%改善至67.8%，主要由於集團加強中央採購。
"""

GENERAL = """韓守中

慶曆三年（1043年）秋，西夏軍十萬進犯渭州。時任涇原路鈐轄的韓守中率步騎2萬馳援，大破夏軍。
"""


@pytest.fixture(scope="module")
def documents() -> Index:
    texts = [("trade.txt", TRADE), ("results.txt", RESULTS), ("general.txt", GENERAL)]
    return build_index([parse_document(name, text.encode()) for name, text in texts])


def test_an_amounts_name_is_no_thing_counted(documents: Index) -> None:
    """进出口额有多少: 进出口额 is written nowhere, but 进出口615.9亿元 is the amount -- not a
    thing the documents never count."""
    assert answer_question(documents, "海川省和欧盟之间的进出口额有多少？").text == "615.9亿元"


def test_improved_to_reaches_a_level(documents: Index) -> None:
    """毛利率改善到多少: 67.8%, where it got to -- not the 66.5% it started from."""
    assert analyse("今年的毛利率改善到多少？").reached
    assert answer_question(documents, "朗悅今年的毛利率改善到多少？").text == "67.8%"


def test_troop_strength_is_a_number_of_people(documents: Index) -> None:
    """驰援兵力 typed as a keyword: the number of troops."""
    assert analyse("韩守中 驰援兵力").kind == "count"
    assert answer_question(documents, "韩守中 驰援兵力").text == "2萬"


def test_a_change_of_an_amount_the_documents_never_name_gets_nothing(documents: Index) -> None:
    """股價今年上漲了多少: the results give the turnover's and the margin's changes, never the
    share price's -- 12.4% would be wrong; the turnover's change is still answered."""
    assert not answer_question(documents, "朗悅集團的股價今年上漲了多少？").found
    assert answer_question(documents, "朗悅集團的營業額今年上升了多少？").text == "12.4%"
