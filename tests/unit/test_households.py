"""Households and persons are counted by their own measure words (戶; 名, 位, 人): a count of
one says nothing of how many of the other there are, and 個 counts no households."""

from __future__ import annotations

import pytest

from bot.answer.figure.measures import measures_otherwise
from bot.question import analyse
from index.figures import Figure, passage_figures

TEXT = "全市2900多名幹部走訪7800多個部門，解決了1.2萬戶群眾的吃水問題，惠及3.6萬人。"


def figure(written: str) -> Figure:
    return next(f for f in passage_figures(TEXT) if f.text == written)


@pytest.mark.parametrize(
    ("question", "written", "otherwise"),
    [
        ("吃水問題解決了多少戶？", "2900多名", True),  # persons, not households
        ("吃水問題解決了多少戶？", "7800多個", True),  # households are counted by 戶
        ("吃水問題解決了多少戶？", "1.2萬戶", False),
        ("惠及多少人？", "1.2萬戶", True),  # households, not persons
        ("惠及多少人？", "3.6萬人", False),
        ("有多少名幹部？", "2900多名", False),
    ],
)
def test_households_and_persons_are_not_counted_by_each_other(question: str, written: str, otherwise: bool) -> None:
    assert measures_otherwise(analyse(question), figure(written)) is otherwise
