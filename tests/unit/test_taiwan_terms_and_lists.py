"""Taiwan's words and years, lists of counts, and parts a question names by a figure: 民國111年
（2022年） is one date, 纳米 is 奈米, 哪個年號 asks a reign's year, 銀牌63枚 counts silver medals in a
list, and 其中3.0级以上余震5次 is the part 三級以上 asks for."""

from __future__ import annotations

import pytest

from bot.answer import answer_question
from bot.question import analyse
from corpus.loader import parse_document
from index.build import build_index
from index.english.other_writings import taiwan_terms
from index.figures import passage_figures
from index.search import Index

CHIP = """清和半導體3奈米製程

【本報記者新竹報導】清和半導體今日宣布，3奈米製程試產良率由去年底的75%提升至90%。

回顧研發歷程，清和於民國111年（2022年）6月完成首批3奈米測試晶片下線。
"""

GAMES = """第十四届省运会闭幕

奖牌榜上，北宁市代表团以金牌66枚、银牌51枚、铜牌45枚位列金牌榜第一；东道主南州市代表团获得金牌59枚、银牌63枚、铜牌50枚，排名第二。
"""

QUAKE = """青川地震

地震发生后，当地余震不断。截至13日8时，共记录到余震187次，其中3.0级以上余震5次，最大一次为4.2级。
"""

COUNTY = """嵐溪縣

明萬曆十三年（1585年），朝廷以寧川縣東部山區設嵐溪縣。民國三年（1914年），嵐溪縣一度改名為嵐水縣。
"""


@pytest.fixture(scope="module")
def documents() -> Index:
    texts = [("chip.txt", CHIP), ("games.txt", GAMES), ("quake.txt", QUAKE), ("county.txt", COUNTY)]
    return build_index([parse_document(name, text.encode()) for name, text in texts])


def test_a_republic_year_and_the_bracketed_year_are_one_date(documents: Index) -> None:
    """民國111年（2022年）: one date, 2022, answering 哪一年 either way it is asked."""
    dates = [(f.text, f.value) for f in passage_figures("清和於民國111年（2022年）6月完成") if f.kind == "date"]
    assert ("民國111年（2022年）", 2022.0) in dates
    answer = answer_question(documents, "清和第一批3纳米测试晶片是哪一年下线的？")
    assert answer.text is not None and "2022年" in answer.text and "民國111年" in answer.text


def test_the_mainlands_word_finds_taiwans(documents: Index) -> None:
    """纳米 (the mainland's "nanometre") is 奈米 in Taiwan: a question writing 纳米 is no question
    about something the documents lack."""
    assert "奈米" in taiwan_terms("纳米") and "纳米" in taiwan_terms("奈米")
    assert taiwan_terms("学校") == ()
    assert answer_question(documents, "清和半导体3纳米试产良率现在达到多少？").text == "90%"


def test_which_reign_name_asks_a_date(documents: Index) -> None:
    """哪個年號年間: the reign's year, a date."""
    assert analyse("嵐溪縣是明朝哪個年號年間設縣的？").kind == "date"
    answer = answer_question(documents, "嵐溪縣是明朝哪個年號年間設縣的？")
    assert answer.text is not None and answer.text.startswith("萬曆十三年")


def test_a_count_after_its_name_in_a_list(documents: Index) -> None:
    """銀牌63枚、: the count after the medal's name, in a list -- not the gold before it."""
    assert answer_question(documents, "东道主南州在省运会上拿了几枚银牌？").text == "63枚"


def test_a_part_the_question_names_by_a_figure_is_the_one_asked(documents: Index) -> None:
    """其中3.0级以上余震5次: the part 三級以上 asks for, not the 187次 of every aftershock."""
    assert answer_question(documents, "青川地震後規模三級以上的餘震發生了幾次？").text == "5次"
