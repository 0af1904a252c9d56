"""Mechanisms found studying questions_docs_y (each general, each failing on the commit before):
a share's 占 reaches every percent of its clause (由约21%提高到约52%: the share now is the second); a
figure whose clause names the asked thing with another ordinal is that one's (第一海淡厂's output for
第二海淡厂's); a count given as what there is now (现存) answers a question asking what is left."""

from __future__ import annotations

from bot.answer import answer_question
from bot.answer.figure import choose_figure
from bot.question import analyse
from tests.conftest import index_of


def test_a_share_now_is_the_level_its_clause_reached() -> None:
    paragraph = "新水廠啟用後，再生水佔全市每日用水量的比例由約14%提高到約37%。全市目前每日平均用水量約12.6萬噸。"
    index = index_of({"水": paragraph, "其他": "其他文件。"})
    info = analyse("再生水現在佔全市用水的比例")
    figure, _ = choose_figure(paragraph, ["再生水", "现在", "占", "全市", "用水", "比例"], index, info)
    assert figure is not None and figure.text == "37%"


def test_a_figure_of_another_numbered_thing_is_not_the_asked_ones() -> None:
    """每日處理15000噸的第二淨水廠: the second plant's, not the third's asked; the third's own figure
    and a figure of a clause naming no numbered plant keep their fit."""
    from bot.answer.figure.numbered import OTHER_NUMBERED, other_numbered
    from index.figures import passage_figures

    paragraph = (
        "第三淨水廠採用膜過濾製程，設計每日處理量26000噸，是目前全縣規模最大的淨水廠。"
        "加上民國98年啟用、每日處理15000噸的第二淨水廠，全縣每日供水能力由2.1萬噸提升至4.1萬噸。"
    )
    figures = {f.text: f for f in passage_figures(paragraph)}
    terms = ["第三", "净水厂", "一天", "处理", "吨", "水"]
    assert other_numbered(paragraph, figures["15000噸"], terms) == OTHER_NUMBERED
    assert other_numbered(paragraph, figures["26000噸"], terms) == 1.0
    assert other_numbered(paragraph, figures["4.1萬噸"], terms) == 1.0
    assert other_numbered(paragraph, figures["15000噸"], ["第二", "净水厂", "处理"]) == 1.0  # the second asked


def test_what_is_left_now_is_the_count_given_as_present() -> None:
    text = (
        "雲渡倉\n\n"
        "明正統三年（1438年），朝廷命工部在渡口督建雲渡倉，初建倉廒40座。\n\n"
        "清雍正五年（1727年），漕運總督奏請擴建雲渡倉，增建倉廒18座，總數達到58座。\n\n"
        "目前倉城內現存明清倉廒22座，其中明代遺構6座，另存碑刻9通。"
    )
    index = index_of({"雲渡倉": text, "其他": "其他文件，講的是別的事情。"})
    assert answer_question(index, "雲渡倉現在還剩多少座倉廒").text == "22座"


def test_where_a_thing_is_said_in_a_later_clause_of_its_opening_sentence() -> None:
    """渡雲倉是…的一座官辦糧倉，位於…: the lead says where it lies, after saying what it is."""
    text = (
        "渡雲倉\n\n"
        "渡雲倉是中國古代設於運河沿線的一座官辦糧倉，位於今嵐川縣城東門外的運河西岸，始建於明正統三年（1438年）。\n\n"
        "1995年停用後，渡雲倉由嵐川縣文物管理所接管，2008年被公布為省級文物保護單位。\n\n"
        "2016年，學者出版《渡雲倉考》，考證出渡雲倉初建時的平面布局。"
    )
    index = index_of({"渡雲倉": text, "其他": "其他文件，講的是別的事情。"})
    assert "位於今嵐川縣城東門外" in answer_question(index, "渡云仓在什么地方？").results[0].text
