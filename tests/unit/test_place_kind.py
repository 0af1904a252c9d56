"""A place's kind after its name in a question (峰林 縣, as jieba cuts a name it knows): texts write
it joined to other words (峰林縣政府, 全縣, 縣府), so the lone 縣 is no word to look for -- counted,
it sinks the passage that names the place that way below one that merely writes 縣."""

from __future__ import annotations

from bot.answer import answer_question
from tests.conftest import index_of

TEA = {
    "茶葉外銷": (
        "峰林縣政府於1月10日公布，112年全縣茶葉外銷值新臺幣8.62億元，較111年成長8.4%。\n\n"
        "鄰近的溪口鄉，茶葉外銷值1.2億元；縣內另有3處茶葉集貨場，縣農會輔導茶農取得有機驗證。"
    ),
}


def test_the_kind_after_a_known_name_is_not_searched() -> None:
    index = index_of(TEA)
    words = [w.variants[0] for w in index.tokenizer.query_words("峰林縣茶葉外銷值是多少？")]
    assert "峰林" in words and "县" not in words


def test_the_place_named_with_its_kind_finds_its_passage() -> None:
    assert answer_question(index_of(TEA), "峰林縣茶葉外銷值是多少？").text == "8.62億元"
