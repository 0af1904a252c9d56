"""A set phrase or saying jieba knows (tag l or i) named by a noun (量子化学: 化学) is a thing: one no document
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


def test_a_verb_jiebas_dictionary_tags_as_a_name_weighs_as_a_verb() -> None:
    """jieba tags 普及 a place and 拉开序幕 a person; CC-CEDICT's first senses are verbs ("to spread
    extensively", "to raise the curtain"): absent from the documents, they weigh a fifth of the
    rarest word, like any verb readers paraphrase -- a name no document holds (李祖村) in full."""
    index = index_of({"service": "全省專業物業服務覆蓋率達85.7%，社區服務不斷完善。"})
    rarest = index.informativeness("\x00")
    for question, verb in (("物業服務普及到了什麼程度？", "普及"), ("活動什麼時候拉開序幕？", "拉开序幕")):
        word = next(w for w in read_question(index, question).words if w.variants[0] == verb)
        assert word_weight(index, word) == 0.2 * rarest
    name = next(w for w in read_question(index, "李祖村的物業服務怎麼樣？").words if w.variants[0] == "李祖村")
    assert word_weight(index, name) == rarest


def test_a_saying_jieba_knows_whole_is_named_by_its_last_word() -> None:
    """jieba keeps 今天天气 as one word tagged an idiom (i): named by 天气, a noun, it is a thing no
    document holds, so asking Hangzhou's weather today of an article that mentions Hangzhou gets
    nothing; a saying ending in no noun (脱颖而出) still weighs like a verb readers paraphrase."""
    index = index_of({"hall": "步入位於杭州的浙江展覽館，一張張生動的歷史圖片引人駐足，令人深思。"})
    rarest = index.informativeness("\x00")
    weather = next(w for w in read_question(index, "杭州今天天气怎么样").words if w.variants[0] == "今天天气")
    assert word_weight(index, weather) == rarest
    assert answer_question(index, "杭州今天天气怎么样").results == ()
    saying = next(w for w in read_question(index, "杭州如何脱颖而出？").words if w.variants[0] == "脱颖而出")
    assert word_weight(index, saying) == 0.2 * rarest
