"""A question asking when someone was born or died is answered only by a date the text gives as a
birth's or a death's (beside 出生, 逝世, 卒 ... in its sentence, or in a bracketed life span) --
not by the date of something else the person did."""

from __future__ import annotations

import pytest

from bot.answer import answer_question
from tests.conftest import index_of

LIVES = {
    "player": "王成2010年3月自江蘇隊租借加盟印尼的佩西普拉俱樂部，期滿後回歸。",
    "king": "腓特烈二世在1742年奪取了西里西亞。1786年8月17日，腓特烈二世於無憂宮逝世。",
    "poet": "李清照（1084年－1155年），號易安居士，宋代女詞人。",
}


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("腓特烈二世是哪一年去世的？", "1786年8月17日"),  # the death's date, in the next clause's verb
        ("李清照是哪一年出生的？", "1084年－1155年"),  # a life span in brackets: both ends shown
        ("李清照是哪一年去世的？", "1084年－1155年"),
    ],
)
def test_a_birth_or_death_written_as_such_is_answered(question: str, answer: str) -> None:
    assert answer_question(index_of(LIVES), question).text == answer


def test_a_date_of_something_else_is_no_birthday() -> None:
    answer = answer_question(index_of(LIVES), "王成的生日是幾月幾號？")
    assert answer.text is None and not answer.confident  # 2010年3月 is a loan to a club
