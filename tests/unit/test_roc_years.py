"""A year typed without its era (114年) is the 民國 year a Taiwanese text writes with it (民國114年,
2025): the figure of that year is not set aside as another year's."""

from __future__ import annotations

from bot.answer import answer_question
from bot.answer.figure.same_figure import same
from index.figures import find_figures
from tests.conftest import index_of


def _date(text: str):
    return next(f for f in find_figures(text) if f.kind == "date")


def test_a_bare_year_is_the_same_as_its_roc_year_either_way() -> None:
    assert same(_date("114年"), _date("民國114年"))
    assert same(_date("民國114年"), _date("114年"))
    assert not same(_date("113年"), _date("民國114年"))
    assert not same(_date("114年"), _date("2114年"))  # a western year is no 民國 year of its own


def test_the_figure_of_the_roc_year_asked_answers() -> None:
    index = index_of({
        "漁港": "嵐澳縣政府漁業處於115年2月3日公布統計，民國114年全縣遠洋漁獲產值達新臺幣842億元，較113年的761億元成長10.6%。\n\n"
        "就漁獲種類而言，鮪魚仍是最大宗，占產值的47.2%；魷魚占18.5%；鯖魚漁獲產值為新臺幣63億元，成長幅度達21.4%。\n\n"
        "縣府預計115年產值可達新臺幣900億元。",
    })
    for question in ("嵐澳縣114年漁獲產值是多少", "114年漁獲產值有多少億元"):
        assert answer_question(index, question).text == "842億元", question  # not 761億元 (113年's) nor nothing
