"""A change asked against the year before (外銷值比前一年成長多少): news writes that year as 上年,
去年, 前一年 -- or as the year itself (較111年成長8.4%). The base is one word of the question, not
glued to the word before it; a text need not write it; a year written as the base is not the year a
figure is of; and a forecast (可望再成長一成) is no answer to what the change was."""

from __future__ import annotations

from bot.answer import answer_question
from bot.answer.figure.clauses import PLANNED, planned
from bot.answer.figure.dated import dated_otherwise
from bot.answer.figure.fitness import CONTRAST, compared_with
from bot.answer.query import read_question
from bot.question import analyse
from index.figures import passage_figures
from tests.conftest import index_of

TEA = {
    "茶葉外銷": (
        "【記者陳怡君／峰林報導】峰林縣農業處1月10日公布，峰林縣112年茶葉外銷值新臺幣8.62億元，"
        "較111年成長8.4%，創下歷年新高。\n\n"
        "外銷市場方面，輸往日本的茶葉外銷值3.05億元，較前一年減少2.1%；新興市場成長最快，輸往中東的外銷值成長27.5%。\n\n"
        "峰林縣茶業改良場場長說，今年茶葉外銷訂單已排到6月，全年外銷值可望再成長一成。"
    ),
}


def test_the_year_before_is_one_word_apart_from_the_word_before_it() -> None:
    index = index_of(TEA)
    words = [w.variants[0] for w in index.tokenizer.query_words("峰林縣茶葉外銷值比前一年成長多少？")]
    assert "值" in words and "上年" in words
    assert not any(w.startswith("值比") for w in words)


def test_the_year_before_counts_only_where_a_text_writes_it() -> None:
    index = index_of(TEA)
    query = read_question(index, "峰林縣茶葉外銷值比前一年成長多少？")
    optional = dict(zip((w.variants[0] for w in query.words), query.optional))
    assert optional["上年"] is True
    assert optional["外销"] is False
    asked = read_question(index, "峰林縣去年茶葉外銷值是多少？")  # not a change: last year itself is asked
    assert not any(o for w, o in zip(asked.words, asked.optional) if w.variants[0] == "去年")


def test_a_year_written_as_the_base_is_not_the_year_a_figure_is_of() -> None:
    text = "全縣茶葉外銷值新臺幣8.62億元，較111年成長8.4%，創下歷年新高。"
    figures = passage_figures(text)
    base = next(f for f in figures if f.text == "111年")
    rise = next(f for f in figures if f.text == "8.4%")
    assert compared_with(text, base)
    assert not compared_with(text, rise)
    info = analyse("峰林縣112年茶葉外銷值成長多少？")
    assert dated_otherwise(text, info, rise) == 1.0
    other = "全縣茶葉外銷值新臺幣7.95億元，111年成長3.2%。"
    assert dated_otherwise(other, info, next(f for f in passage_figures(other) if f.text == "3.2%")) == CONTRAST


def test_a_forecast_is_no_answer_about_last_year() -> None:
    text = "今年茶葉外銷訂單已排到6月，全年外銷值可望再成長一成。"
    figure = next(f for f in passage_figures(text) if f.text == "一成")
    assert planned(text, figure, ["去年", "外销", "成长"]) == PLANNED
    assert planned(text, figure, ["今年", "外销", "成长"]) == 1.0


def test_the_change_against_the_year_before_is_answered() -> None:
    answer = answer_question(index_of(TEA), "峰林縣茶葉外銷值比前一年成長多少？")
    assert answer.text == "8.4%"
