"""A word of two characters the documents write with a numeral between them (分批 as 分兩批,
分期 as 分三期) is found as written, as 縣市區 is in 縣（市、區）: the question is answered."""

from __future__ import annotations

from bot.answer import answer_question
from bot.answer.query import read_question
from tests.conftest import index_of

TEXTS = {
    "campaign": "根據統一部署，2023年4月至2024年1月，全省分兩批開展主題教育。",
    "works": "該工程分三期建設，總投資12億元。",
}


def test_a_word_written_with_a_numeral_between_is_found() -> None:
    index = index_of(TEXTS)
    word = next(w for w in read_question(index, "全省是從什麼時候開始分批開展主題教育的？").words if w.variants[0] == "分批")
    assert "分两批" in word.variants
    assert "2023年4月" in (answer_question(index, "全省是從什麼時候開始分批開展主題教育的？").text or "")
    assert answer_question(index, "該工程分期建設的總投資是多少？").text == "12億元"


def test_a_longer_word_takes_no_numeral_between() -> None:
    """县市区 may be written 縣（市、區）, with marks between -- not with a numeral (縣三市區)."""
    index = index_of({"county": "全市下轄縣三市區的土地。"})
    word = next(w for w in read_question(index, "有多少個縣市區？").words if w.variants[0] == "县市区")
    assert not any("三" in v for v in word.variants)
