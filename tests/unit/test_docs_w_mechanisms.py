"""Mechanisms found studying questions_docs_w (each general, each failing on the commit before):
占…多大 asks a share; a word written as the end of another word the documents index (出口 in 进出口) is
not where the text names it; a forecast (预测) is a plan, no answer about last year; a date whose
sentence says it was the first time answers when something first happened; 动工 asked is said by
开工 written (words of one event, as 创建 and 成立 are)."""

from __future__ import annotations

from bot.answer import answer_question
from bot.answer.figure import choose_figure
from bot.question import analyse
from tests.conftest import index_of

TRADE = (
    "今年一季度，全市外贸进出口总值812.4亿元，同比增长5.2%。其中，出口563.7亿元，增长8.1%；进口248.7亿元。\n\n"
    "外商投资企业进出口301.5亿元，增长2.2%，占全市外贸总值的37.1%；国有企业进出口96.3亿元。"
)


def test_a_share_asked_by_how_large() -> None:
    assert analyse("外商投资企业在外贸中占了多大份额？").kind == "percent"
    index = index_of({"外贸": TRADE})
    info = analyse("外商投资企业在外贸中占了多大份额？")
    paragraph = TRADE.split("\n\n")[1]
    figure, _ = choose_figure(paragraph, ["外商投资", "企业", "外贸", "占", "份额"], index, info)
    assert figure is not None and figure.text == "37.1%"


def test_a_word_inside_another_indexed_word_is_not_where_the_text_names_it() -> None:
    index = index_of({"外贸": TRADE})
    info = analyse("一季度出口额是多少亿元？")
    paragraph = TRADE.split("\n\n")[0]
    figure, _ = choose_figure(paragraph, ["一季度", "出口额", "出口", "亿元"], index, info)
    assert figure is not None and figure.text == "563.7亿元"


def test_a_forecast_is_no_answer_about_last_year() -> None:
    text = (
        "經濟方面，嵐江2024年本地生產總值實質增長4.1%，略低於年初預測的5%。預算案預測2025年經濟增長3%至4%，"
        "基本通脹率為1.6%。2024年全年訪嵐旅客達315萬人次，按年增加21%。"
    )
    index = index_of({"經濟": text, "其他": "其他文件。"})
    assert answer_question(index, "去年经济增长多少").text == "4.1%"


def test_the_date_said_to_be_the_first_answers_when_something_first_happened() -> None:
    index = index_of({
        "古桥": (
            "清乾隆二十年（1755年）以後，永濟橋往來客商漸多，考古人員在附近遺址中均發現過永濟橋的構件。"
            "清嘉慶九年（1804年）大水沖毀橋身。\n\n"
            "1962年，文物工作者在河谷的文物普查中首次發現永濟橋遺址，1970年遺址被列為縣級文物保護單位。"
        ),
        "其他": "其他文件。",
    })
    assert answer_question(index, "永济桥遗址最早是哪年发现的？").text == "1962年"


def test_a_word_for_breaking_ground_is_said_by_another_of_its_group() -> None:
    """动工 asked, 开工 written (as 何时创建 is answered by 创立于): the date of the works' start, not
    the plan approved before it."""
    index = index_of({"院区": "测试文件。", "其他": "其他文件。"})
    text = "2019年3月，新院区规划获批。工程于2020年5月18日开工建设，2023年9月1日投入使用。"
    figure, _ = choose_figure(text, ["新院区", "动工"], index, analyse("新院区是什么时候动工的"))
    assert figure is not None and figure.text == "2020年5月18日"
