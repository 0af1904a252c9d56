"""一個心室 answers 幾個心室: one of the very thing a count question counts, written 一 and a
measure word right before it, is a figure; anywhere else 一個 is an article (一次直抵靈魂)."""

from __future__ import annotations

from bot.answer import answer_question
from tests.conftest import index_of

TEXTS = {
    "heart": "這類動物的心臟有兩個心房和一個心室，這也是它們的特徵之一。右心房接受靜脈血。",
    "village": "他是一個農民，也是一名黨員。村裡共有黨員三十名。",
    "lake": "湖的北岸有一座寺廟，香火很旺。湖中有三座小島，島上住著一位漁夫。",
}


def test_one_of_what_is_counted_answers() -> None:
    index = index_of(TEXTS)
    assert answer_question(index, "這類動物的心臟有幾個心室？").text == "一個"
    assert answer_question(index, "這類動物的心臟有幾個心房？").text == "兩個"
    assert answer_question(index, "湖中有幾座小島？").text == "三座"


def test_an_article_before_something_else_is_no_figure() -> None:
    """一座寺廟 on the north shore counts no 小島 -- only the thing counted, right after."""
    index = index_of(TEXTS)
    assert answer_question(index, "湖的北岸有幾座小島？").text == "三座"
    assert answer_question(index, "湖的北岸有幾座寺廟？").text == "一座"
    assert answer_question(index, "村裡有幾名黨員？").text == "三十名"  # not 一名黨員: he is one of them
