"""Mechanisms found studying questions_docs_u (each general, each failing on the commit before):
a plan ranks below what was done when the question asks what was or is; the head of a sentence's
part (第一批…；第二批…) says which batch a figure is of; a dynasty asked finds the year of its reign."""

from __future__ import annotations

from pathlib import Path

from bot.answer import answer_question
from corpus.loader import parse_document
from index.build import build_index
from tests.conftest import index_of

DOCS = Path(__file__).resolve().parents[1] / "data" / "questions_docs_u_docs"


def _index_of_documents():
    """The four documents of questions_docs_u (a county's roads and water, a bridge, a hospital, a
    holiday's tourism): the questions below are not the set's."""
    return build_index([parse_document(path.name, path.read_bytes()) for path in sorted(DOCS.glob("*.txt"))])

def test_a_plan_ranks_below_what_was_done_when_the_question_asks_what_was() -> None:
    """A county's report on last year with a paragraph of next year's plans: asked what was done or
    what is, the plan's figures (改造危桥15座, 力争…达到98.5%) rank below the year's (27座, 97.6%)."""
    index = _index_of_documents()
    assert answer_question(index, "梧溪县去年完成了几座危桥的改造？").text == "27座"
    assert answer_question(index, "梧溪县目前农村自来水普及率多少？").text == "97.6%"
    # a year asked that the plan's passage does not name asks what was done that year
    assert answer_question(index, "梧溪县2024年改造危桥多少座？").text == "27座"
    # the plan asked, by its year or its words, is still the plan
    assert answer_question(index, "梧溪县2025年计划改造多少座危桥？").text == "15座"


BATCHES = (
    "村级供水站并网工作分三批推进：第一批涉及龙潭、白沙等4个乡镇38个村，已于2024年4月完成；"
    "第二批涉及岩口、桐坪等5个乡镇52个村，于2024年11月完成；第三批涉及其余3个乡镇，计划2025年6月完成。"
)


def test_the_head_of_a_sentence_part_says_which_batch_a_figure_is_of() -> None:
    index = index_of({"供水": BATCHES})
    assert answer_question(index, "第二批村级供水站并网在什么时候完成？").text == "2024年11月"
    assert answer_question(index, "第一批村级供水站并网在什么时候完成？").text == "2024年4月"


def test_a_dynasty_asked_finds_the_year_of_its_reign() -> None:
    """The article's first paragraph writes 清代重建 and a later year (2006年); the history section
    dates the rebuilding by the reign (清乾隆二十年（1755年））."""
    index = _index_of_documents()
    assert answer_question(index, "鳳漪橋在清朝重建於哪一年？").text == "乾隆二十年（1755年）"


TOURISM = (
    "2024年10月1日至7日国庆假期，全市共接待国内游客1286.4万人次，同比增长9.3%；实现国内旅游收入108.6亿元，"
    "同比增长12.7%。按可比口径计算，游客人次和旅游收入分别较2019年同期增长21.5%和18.2%，两项指标均创历年同期新高。"
)


def test_a_change_against_a_year_named_is_no_year_on_year_change() -> None:
    """较2019年同期 is a base of its own where the text writes 同比 for the year before."""
    index = index_of({"岚江国庆旅游": TOURISM})
    assert answer_question(index, "岚江国庆假期旅游收入同比增长多少？").text == "12.7%"
    assert answer_question(index, "岚江国庆假期游客人次同比增长多少？").text == "9.3%"


HOSPITAL = (
    "崁南聯合醫院今日公布113年營運成果，全年門診量達186.4萬人次，較112年成長6.8%，創下建院54年來新高；"
    "急診量為9.72萬人次，住院總人日數約41.3萬。"
)


def test_a_change_written_of_another_amount_of_the_kind_asked_is_no_answer() -> None:
    """The change is the outpatients' (門診量); the emergency visits (急診量) are given as a level only."""
    index = index_of({"崁南聯合醫院": HOSPITAL})
    assert answer_question(index, "崁南联合医院113年急诊量比上一年增长了多少？").text is None
    assert answer_question(index, "崁南联合医院113年门诊量比上一年增长了多少？").text == "6.8%"


def test_a_count_of_households_no_text_names_so_beside_most_of_the_question() -> None:
    index = _index_of_documents()
    assert answer_question(index, "梧溪县有多少户人家的季节性缺水问题得到了解决？").text == "2856户"


def test_a_span_is_a_length() -> None:
    from index.figures.units import measured

    assert measured("净跨") == "length" and measured("跨度") == "length"
    index = index_of({"石拱桥": "鳳漪橋橋面寬約7.2米。十三孔拱券由中間向兩端依次遞減，其中中孔淨跨最大，約14.8米。"})
    assert answer_question(index, "石拱桥 中孔净跨").text == "14.8米"


def test_an_ordinal_thing_asked_that_the_passage_names_only_with_another_number() -> None:
    """第三水厂's capacity is written nowhere; the passage on 第二水厂 gives 6万吨 -- no direct
    answer, and not sure; 第二水厂's asked is still answered."""
    index = _index_of_documents()
    third = answer_question(index, "梧溪县第三水厂的设计日供水能力有多少？")
    assert third.text is None and not third.confident
    assert answer_question(index, "梧溪县第二水厂的设计日供水能力有多少？").text == "6万吨"
