"""Mechanisms found studying questions_docs_ah (each general, each failing on the commit before):
a share in a later clause of 其中 measures the part the clause before named (其中，企业拥有的…41352件，
占全市总量的78.6%); a keyword naming a quantity by 量 (授权量, 吞吐量) asks its figure; 上年 in a
question naming one year is also the year before it (2025年…比上一年: 比2024年的…)."""

from __future__ import annotations

from bot.answer import answer_question
from bot.question import analyse
from tests.conftest import index_of


def test_a_later_share_clause_measures_the_part_before_it() -> None:
    index = index_of({"专利": "截至2025年底，全市有效商标拥有量为5261件。其中，企业拥有的有效商标4135件，占全市总量的78.6%；"
                      "高校和科研院所拥有893件，占17.0%。\n\n"
                      "其中犬只绝育1,021只、猫只821只，猫只占44.6%。全年绝育经费共3,280万元，其中中央补助1,150万元，"
                      "市府自筹2,130万元，市府负担比率为64.9%。"})
    assert answer_question(index, "企业拥有的有效商标占全市多大比例").text == "78.6%"
    assert answer_question(index, "市府自筹的绝育经费占多少比例").text == "64.9%"


def test_a_keyword_naming_a_quantity_by_liang_asks_its_figure() -> None:
    assert analyse("北塘县 发明专利授权量 2025").kind == "count"
    assert analyse("港口 吞吐量").kind == "count"
    assert analyse("产品 质量").kind is None and analyse("浙江 力量").kind is None  # no quantity of anything


def test_last_year_in_a_question_naming_a_year_is_the_year_before_it() -> None:
    index = index_of({"专利": "2025年全市发明专利授权量达10386件，比2024年的8724件增长19.1%。"})
    words = {w.text: w.variants for w in index.tokenizer.query_words("2025年发明专利授权量比上一年增长了多少？")}
    assert "2024" in words["上年"]
    words = {w.text: w.variants for w in index.tokenizer.query_words("发明专利授权量比上一年增长了多少？")}
    assert words["上年"] == ("上年",)  # no year named: none before it
