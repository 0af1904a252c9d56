"""A figure a change is measured from (比去年的109.8万亩增加2.7万亩) is last year's: the answer to a
question about last year, no answer to one about now."""

from __future__ import annotations

import pytest

from bot.answer import answer_question
from corpus.loader import parse_document
from index.build import build_index
from index.search import Index

HARVEST = """柳河县粮食生产

今年全县粮食播种面积为98.6万亩，比去年的96.1万亩增加2.5万亩。其中，玉米种植面积51.2万亩。
"""


@pytest.fixture(scope="module")
def harvest() -> Index:
    return build_index([parse_document("harvest.txt", HARVEST.encode())])


def test_last_years_figure_is_the_one_compared_with(harvest: Index) -> None:
    """去年…播种面积: 96.1万亩, written after 比去年的 -- not this year's 98.6万亩."""
    assert answer_question(harvest, "去年柳河县的粮食播种面积是多少万亩？").text == "96.1万亩"


def test_this_years_figure_is_not_the_one_compared_with(harvest: Index) -> None:
    assert answer_question(harvest, "柳河县今年粮食播种面积是多少万亩？").text == "98.6万亩"
