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
