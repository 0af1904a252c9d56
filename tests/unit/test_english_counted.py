"""Which word of a two-word English count ("research *trips*") the documents count: the head,
unless the corpus counts none of its translations and does count the word before it."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english import english_words
from tests.conftest import engine_with

LEADERS = (
    "省領導調研\n\n"
    "2024年開年,省領導深入基層,共開展調研280次,走訪68個縣,解決問題5571個。\n\n"
    "浙江旅游業發展迅速,全省旅游收入持續增長,游客滿意度提高。\n\n"
    "主題教育期間,全省組建66個場館臨時黨支部,服務亞運。\n"
)


def test_a_head_the_corpus_never_counts_leaves_the_word_before_it_counted(tmp_path: Path) -> None:
    """"trips" is 旅, 旅游 -- never written after a figure; the texts count 调研 (开展调研280次)."""
    engine = engine_with(tmp_path, {"leaders.txt": LEADERS})
    words = english_words(engine.index, "How many research trips did the provincial leaders make in total?")
    assert words is not None and words.counted == "调研"
    assert "次" in words.units
    assert engine.ask("How many research trips did the provincial leaders make in total?", count=False).text == "280次"


MOBILE = (
    "中國移動\n\n截至2016年底,中國移動客戶總數達8.49億。\n\n"
    "網絡升級期間,全省基站共移動120次。\n"
)


def test_a_head_written_beside_the_word_before_it_stays_counted(tmp_path: Path) -> None:
    """"mobile customers": the texts write 移动客户 (中國移動客戶總數達8.49億) -- a thing of its own,
    named so, even though no figure counts 客户 and 移动 is counted elsewhere (移動120次)."""
    engine = engine_with(tmp_path, {"mobile.txt": MOBILE})
    words = english_words(engine.index, "How many mobile customers did China Mobile have at the end of 2016?")
    assert words is not None and words.counted != "移动"


SURGES = (
    "风暴潮预报\n\n他领导一个小组研制风暴潮数值预报模型，该模型于1985年在11个沿海验潮站试运行，"
    "把风暴潮预报的提前时间由原来的12小时延长到48小时。\n\n"
    "风暴潮是沿海地区常见的灾害，原来的预报方法依靠经验。\n"
)


def test_words_after_the_counted_plural_say_something_of_the_count(tmp_path: Path) -> None:
    """"how many *hours* ahead": "how many" counts a plural, and "ahead" (原来, 提前) is none --
    it was taken for the head, so 原来 was counted and 11个 of the stations given."""
    engine = engine_with(tmp_path, {"surges.txt": SURGES})
    question = "With the model, how many hours ahead could storm surges be forecast?"
    words = english_words(engine.index, question)
    assert words is not None and words.counted == "小时"
    assert engine.ask(question, count=False).text == "48小时"


PORT = (
    "港口工程\n\n港口第二期工程共新建7座深水碼頭，碼頭岸線總長2.3公里，可同時停靠4艘超大型貨輪。\n\n"
    "港口第一期工程於2005年完工，設有深水航道一條。\n"
)


def test_two_words_spelling_one_term_before_a_head_written_apart(tmp_path: Path) -> None:
    """"deep-water berths": "deep" and "water" both spell 深水, one word of the phrase; the head's
    translation (停靠 "to berth") is counted nowhere, and the corpus counts 深水 (7座深水碼頭). That
    the passage also holds 停靠 (停靠4艘) does not make the two one thing: only a passage writing
    them side by side would (临时党支部)."""
    engine = engine_with(tmp_path, {"port.txt": PORT})
    question = "How many deep-water berths did the second phase add?"
    words = english_words(engine.index, question)
    assert words is not None and words.counted == "深水"
    assert engine.ask(question, count=False).text == "7座"
