"""A set phrase jieba knows (tag l) named by a noun (量子化学: 化学) is a thing: one no document
holds weighs as much as the rarest word, not a fifth of it like a verb readers paraphrase."""

from __future__ import annotations

from bot.answer import answer_question
from bot.answer.query import read_question
from bot.answer.words import word_weight
from tests.conftest import index_of


def test_an_absent_set_phrase_naming_a_thing_weighs_as_a_thing() -> None:
    index = index_of({"economy": "他長期在經濟領域工作，對地方發展貢獻極大，多次獲得表彰。"})
    word = next(w for w in read_question(index, "誰在量子化學領域貢獻極大?").words if w.variants[0] == "量子化学")
    assert word_weight(index, word) == index.informativeness("\x00")
    assert answer_question(index, "誰在量子化學領域貢獻極大?").results == ()
