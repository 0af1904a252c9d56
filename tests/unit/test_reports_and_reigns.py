"""Reports, press items and histories as admins load them: a name asked (叫什么名字), growth asked
as 成長, a year of a reign (乾隆幾年), a total among its parts (其中…，…), and keyword questions that
end with the time they ask of (资产负债率 2023年末)."""

from __future__ import annotations

import pytest

from bot.answer import answer_question
from bot.answer.query import read_question
from bot.question import analyse
from corpus.loader import parse_document
from index.build import build_index
from index.english.cedict import reign_name
from index.search import Index

REPORT = """青禾电气2023年年度报告摘要

截至2023年末，公司在职员工共8642人，其中母公司员工912人，主要子公司员工7730人。

截至报告期末，公司总股本为12亿股，股东总数为9.3万户。

青禾电气董事会审议通过的利润分配预案为：以总股本12亿股为基数，向全体股东每10股派发现金红利2.10元（含税）。

2023年末，公司资产负债率为57.3%，较年初下降2.1个百分点。2023年研发投入5.12亿元，占营业收入的比重为3.1%。

“我们要把储能做成第二增长曲线。”青禾电气董事长许文涛告诉记者。
"""

PRESS = """澎湖觀光

澎湖縣政府昨日公布，去年來澎遊客約128萬人次，較前年增長19％，其中搭乘飛機者佔六成。

縣長陳光復表示，明年將再辦花火節。
"""

ACADEMY = """白沙書院

清代是白沙書院最興盛的時期。雍正三年（1725年），知縣擴建講堂。嘉慶十年（1805年），書院增建齋舍四十間。
"""


@pytest.fixture(scope="module")
def documents() -> Index:
    texts = [("report.txt", REPORT), ("press.txt", PRESS), ("academy.txt", ACADEMY)]
    return build_index([parse_document(name, text.encode()) for name, text in texts])


def test_a_name_asked_is_no_word_the_documents_must_write(documents: Index) -> None:
    """叫什么名字: the text writes the name itself, never 名字 -- which weighed as an unmatched word
    of its own, so the question found nothing."""
    words = {w.variants[0]: w.pos for w in read_question(documents, "青禾电气董事长的名字是什么？").words}
    assert words["名字"] == "type"
    # after a role, 叫什么名字 is the question's frame: neither 叫 nor 名字 is searched
    words = {w.variants[0]: w.pos for w in read_question(documents, "青禾电气的董事长叫什么名字？").words}
    assert "名字" not in words and "叫" not in words
    answer = answer_question(documents, "青禾电气的董事长叫什么名字？")
    assert answer.found and "许文涛" in answer.results[0].text
    assert answer_question(documents, "青禾电气董事长的名字是什么？").found
    # the meaning of a name asks about the word itself
    meaning = {w.variants[0]: w.pos for w in read_question(documents, "这本书的名字是什么意思？").words}
    assert meaning["名字"] == ""


def test_a_head_of_office_after_a_place_is_asked_as_the_office(documents: Index) -> None:
    """澎湖县长: jieba cuts 澎湖县/长 -- the office is 县长, which the text writes (縣長陳光復)."""
    heads = [w.variants[0] for w in read_question(documents, "澎湖县长是谁？").words]
    assert "县长" in heads and "长" not in heads
    answer = answer_question(documents, "澎湖县长是谁？")
    assert answer.found and "陳光復" in answer.results[0].text


def test_growth_asked_as_cheng_zhang_is_a_change(documents: Index) -> None:
    """成長了多少 (Taiwan's word for growth) asks the rise, 19％, not the count it rose to."""
    assert analyse("去年遊客人次成長了多少？").change == "up"
    assert answer_question(documents, "澎湖去年的遊客人次成長了多少？").text == "19％"


def test_a_year_of_a_reign_is_a_date() -> None:
    """乾隆幾年, 嘉慶幾年: a year of the reign CC-CEDICT names, not how many years; 工作了幾年 still
    counts them."""
    assert reign_name("嘉庆") and reign_name("乾隆") and not reign_name("工作")
    assert analyse("書院增建齋舍是在嘉慶幾年？").kind == "date"
    assert analyse("他在书院工作了几年？").kind == "count"


def test_a_year_of_a_reign_is_answered(documents: Index) -> None:
    assert answer_question(documents, "書院增建四十間齋舍是在嘉慶幾年？").text == "嘉慶十年（1805年）"


def test_a_total_is_not_a_part_listed_after_it(documents: Index) -> None:
    """员工总数: 共8642人, not 7730人 of the later clause of the sentence 其中 opened."""
    assert answer_question(documents, "青禾电气员工总数").text == "8642人"


def test_a_part_measured_again_in_a_later_clause_is_the_part_asked() -> None:
    """占比21.6% after 其中风电和光伏发电量…: the clause names no other part, only the share the
    question asks of the part (佔…的比例) -- while 主要子公司员工7730人 names another one."""
    from bot.answer.figure.parts import PART, part_of
    from index.figures import passage_figures

    text = "可再生能源发电量795亿千瓦时，占全部发电量的36.4%；其中风电和光伏发电量合计472亿千瓦时，占比21.6%。"
    share = next(f for f in passage_figures(text) if f.text == "21.6%")
    assert part_of(text, share, ["风电", "光伏", "发电量", "占", "全部", "比例"]) == 1.0
    assert part_of(text, share, ["可再生能源", "发电量", "份额"]) == PART  # 占比: no word of the question
    staff = "截至2023年末，公司在职员工共8642人，其中母公司员工912人，主要子公司员工7730人。"
    subsidiaries = next(f for f in passage_figures(staff) if f.text == "7730人")
    assert part_of(staff, subsidiaries, ["员工", "总数"]) == PART


def test_households_are_counted_by_their_measure_word_only(documents: Index) -> None:
    """多少户股东: 9.3万户, never the 10股 of 每10股派发 (shares, not households)."""
    assert answer_question(documents, "青禾电气一共有多少户股东？").text == "9.3万户"


def test_a_keyword_question_may_end_with_a_plan_of_the_amount_it_names() -> None:
    """电网 2027年 投资计划: the amount planned, as 电网 2027年 投资 asks it; a plan of nothing
    measured (招生计划, 建设计划) asks no figure."""
    assert analyse("岱南电网 2027年 投资计划").kind == "count"
    assert analyse("旅游收入目标").kind == "count"
    assert analyse("招生计划").kind is None
    assert analyse("建设计划").kind is None
    assert analyse("国防预算").kind == "count"  # a budget is an amount itself, no plan of one


def test_a_dividend_is_money() -> None:
    """派息, 分红, 红利 name a sum of money, as 股息 does: typed as a keyword, it is the amount asked."""
    assert analyse("海晟重工 每10股 派息").dimension == "money"
    assert analyse("海晟重工 分红").kind == "count"


def test_a_keyword_question_may_end_with_a_year_typed_as_its_number() -> None:
    """资产负债率 2023, 会展活动 场次 2024: the year typed last without 年 is the time asked of, as
    2023年末 is; a number that is no year (人口 1000) is not."""
    assert analyse("青禾电气 资产负债率 2023").kind == "percent"
    assert analyse("澜州 会展活动 场次 2024").kind == "count"
    assert analyse("人口 1000").kind is None


def test_a_keyword_question_may_end_with_the_time_it_asks_of(documents: Index) -> None:
    """资产负债率 2023年末: the rate named, then the time -- a share asked, as 资产负债率 alone is."""
    assert analyse("青禾电气 资产负债率 2023年末").kind == "percent"
    assert analyse("青禾电气 员工 数量 6月底").kind == "count"
    assert answer_question(documents, "青禾电气 资产负债率 2023年末").text == "57.3%"
    # research spending typed as a keyword: an amount of money (研发投入)
    assert analyse("青禾电气 2023年 研发投入").kind == "count"
    assert answer_question(documents, "青禾电气 2023年 研发投入").text == "5.12亿元"
