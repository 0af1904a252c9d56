"""Questions about something the documents never name get nothing, not a figure of something else;
the same questions about what they do name are answered."""

from __future__ import annotations

import pytest

from bot.answer import answer_question
from corpus.loader import parse_document
from index.build import build_index
from index.search import Index
from tests.conftest import ROOT

PRICES = """10月份居民消費價格同比上漲0.3%

國家統計局11月9日發布數據顯示，10月份，全國居民消費價格同比上漲0.3%，環比下降0.3%。

10月份，食品價格同比上漲2.9%，影響CPI上漲約0.52個百分點。其中，鮮菜價格上漲21.6%，鮮果價格上漲4.8%，豬肉價格上漲14.2%；牛肉價格下降13.3%，羊肉價格下降5.1%。非食品價格下降0.3%，其中能源價格下降3.6%。
"""


@pytest.fixture(scope="module")
def prices() -> Index:
    """The price report beside the shipped article."""
    article = next((ROOT / "corpus" / "documents").glob("*.txt"))
    return build_index([parse_document("prices.txt", PRICES.encode()), parse_document(article.name, article.read_bytes())])


def test_the_amount_of_a_thing_no_document_names_gets_nothing(prices: Index) -> None:
    """雞蛋價格上漲了多少: the report gives the prices of vegetables, fruit, pork and beef, never of
    eggs -- 21.6% (鮮菜) would be wrong, even marked unsure."""
    assert not answer_question(prices, "雞蛋價格上漲了多少？").found
    assert not answer_question(prices, "雞蛋的價格上漲了多少？").found
    assert answer_question(prices, "豬肉價格上漲了多少？").text == "14.2%"


def test_the_amount_of_a_verbal_noun_no_document_writes_gets_nothing(prices: Index) -> None:
    """出口價格 (a verbal noun, 出口) where the report gives only consumer and food prices."""
    assert not answer_question(prices, "出口價格上漲了多少？").found
    assert answer_question(prices, "食品價格同比上漲了多少？").text == "2.9%"


def test_a_set_phrase_tagged_as_a_name_is_no_name_the_documents_lack(prices: Index) -> None:
    """新年伊始 (jieba: a proper noun) is made of common words (新年, 伊始): the question is still
    answered; a place name the documents lack (江蘇省) still gets nothing."""
    answer = answer_question(prices, "新年伊始，食品價格同比上漲了多少？")
    assert answer.found and answer.text == "2.9%"
    assert not answer_question(prices, "江蘇省食品價格同比上漲了多少？").found


def test_an_adverb_jieba_calls_a_numeral_is_no_thing_the_documents_lack(prices: Index) -> None:
    """一起, 一直 (jieba: numerals for their 一; the dictionary: common words) weigh as little as
    any adverb the documents lack; an amount (億元) still weighs as a thing."""
    from bot.answer.model import WeightedWord
    from bot.answer.words import word_weight

    adverb = word_weight(prices, WeightedWord(("一起",), ""))
    amount = word_weight(prices, WeightedWord(("亿元",), ""))
    assert adverb < 0.5 * amount
    assert word_weight(prices, WeightedWord(("一直",), "")) == adverb


def test_a_counted_compound_written_only_in_its_parts_is_absent() -> None:
    """多少個先進集體: 先進 and 集體 are written, each elsewhere, never together -- the documents do
    not count 先進集體 (nor name them); 先進村 they count."""
    text = "表彰大會\n\n市委表彰了一批先進個人。全市集體經濟收入增長12%。全市評出8個先進村。\n"
    index = build_index([parse_document("awards.txt", text.encode())])
    assert not answer_question(index, "全市評出了多少個先進集體？").found
    assert answer_question(index, "全市評出了多少個先進村？").text == "8個"


def test_a_role_no_document_names_is_asked_of_no_one(prices: Index) -> None:
    """世界互联网大会的秘书长是谁: the article speaks of the conference but names no one as its
    秘书长 (nor writes the word): nothing. 是谁 before a verb (是谁领头抓的) asks who did something,
    and a role the documents write (记者) is looked for as usual."""
    assert answer_question(prices, "世界互联网大会的秘书长是谁？").results == ()
    assert answer_question(prices, "良渚论坛的秘书长是谁？").results == ()
    led = answer_question(prices, "2683個問題裡，第一批單位的是誰牽頭整改的？")
    assert led.results and "牽頭整改" in led.results[0].text
    reporter = answer_question(prices, "這篇文章的記者是誰？")
    assert reporter.results and "本報記者" in reporter.results[0].text


def test_an_official_is_named_by_the_title_documents_write() -> None:
    """…的官员是谁: no document writes 官员 -- they write the title (副局长林书蔚); a word for anyone
    of some standing asks who, it names no role the documents lack."""
    grid = "岱南电网年报\n\n省能源局副局长林书蔚在发布会上说，新能源已经成长为全省的主力电源之一。\n"
    article = next((ROOT / "corpus" / "documents").glob("*.txt"))
    index = build_index([parse_document("grid.txt", grid.encode()), parse_document(article.name, article.read_bytes())])
    official = answer_question(index, "在发布会上说新能源成了主力电源的官员是谁？")
    assert official.results and "林书蔚" in official.results[0].text
    assert answer_question(index, "岱南电网的秘书长是谁？").results == ()


def test_a_process_named_otherwise_beside_the_amounts_own_nouns_is_no_absent_owner() -> None:
    """輸歐茶葉農藥殘留檢測合格率: the report says 抽驗, never 檢測 -- but the passage giving the
    合格率 also holds 茶葉 and 農藥, two more of the question's nouns: 檢測 is the reader's word for
    that inspection, not another thing whose rate no passage gives (雞蛋價格 stands beside no other
    noun of its question)."""
    report = (
        "澄溪縣茶葉外銷\n\n"
        "澄溪縣113年輸歐茶葉共抽驗312批次，農藥殘留不合格僅1批次，合格率達99.7%，外銷值2.36億元。\n\n"
        "縣府表示，今年將再增設2處茶葉集貨場，並輔導茶農取得有機驗證。\n"
    )
    index = build_index([parse_document("tea.txt", report.encode())])
    assert answer_question(index, "澄溪縣輸歐茶葉農藥殘留檢測合格率是多少？").text == "99.7%"


def test_a_number_the_documents_write_in_chinese_numerals_is_no_absent_number() -> None:
    """通车100天: the item writes 滿百日 (jieba: 百日), never the digits -- the question is not about
    a number no document mentions; 通車500天 still is."""
    item = (
        "溪口輕軌百日\n\n"
        "溪口輕軌藍線自去年9月通車以來，滿百日累計運量達186萬人次，平均每日1萬8,600人次，準點率99.1%。\n"
    )
    index = build_index([parse_document("rail.txt", item.encode())])
    assert answer_question(index, "溪口轻轨蓝线通车100天一共运了多少人？").text == "186萬人次"
    assert not answer_question(index, "溪口轻轨蓝线通车500天一共运了多少人？").found
