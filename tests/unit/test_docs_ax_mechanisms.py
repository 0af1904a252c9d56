"""Mechanisms found studying questions_docs_ax (each general, each failing on the commit before): a
word jieba cut around the question word (核發幾張: 发几张) is no kind of the counted thing; "which one is the most"
wants the most said of one of those asked (為各區最多), not of the whole (為有紀錄以來最多), and reads
the question as the Cantonese one is read (邊區: 哪区)."""

from __future__ import annotations

from bot.answer import answer_question
from tests.conftest import index_of

_PERMITS = {
    "梧嶼街藝": "梧嶼縣街頭藝人年報\n\n【記者林可欣／梧嶼報導】梧嶼縣政府文化處公布114年街頭藝人成果。文化處統計，114年共核發"
                "街頭藝人證照312張，其中新申請者140張。\n\n115年縣府預計編列新臺幣2,800萬元，新增展演點12處。",
}
_SEEPAGE = {
    "澄灣滲水": "澄灣滲水舉報年報\n\n澄灣屋宇署公布，2025年共接獲樓宇滲水舉報31,204宗，按年上升9.1%，為有紀錄以來最多。\n\n"
                "按地區劃分，北塘區接獲舉報6,512宗，為各區最多，佔總數的20.9%；西岬區以5,118宗居次。",
}


def test_a_word_cut_around_the_question_word_is_no_kind() -> None:
    index = index_of(_PERMITS)
    assert answer_question(index, "梧嶼縣114年核發幾張街頭藝人證照").text == "312張"


def test_the_most_is_said_of_one_of_those_asked() -> None:
    index = index_of(_SEEPAGE)
    for question in ("澄灣哪個區滲水舉報最多？", "澄灣邊區滲水舉報最多？"):
        assert "北塘區" in answer_question(index, question).results[0].text, question
