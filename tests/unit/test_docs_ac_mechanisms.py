"""Mechanisms found studying questions_docs_ac (each general, each failing on the commit before):
a part after 其中 that opens a sentence is a part of the sentence before (…0.92亿元。其中市级财政安排
2.1亿元), and the question names it when it names the giver; a part described after its figure
(其中426件因饋線容量不足仍在排隊) is the one asked when the question names what is said of it."""

from __future__ import annotations

from bot.answer import answer_question
from tests.conftest import index_of


def test_a_part_opening_its_sentence_is_the_one_asked_when_the_question_names_it() -> None:
    index = index_of({
        "培训": "资金方面，全年农民技能培训资金支出3.92亿元，比上年增加0.47亿元。其中县级财政安排1.3亿元，"
        "从就业补助资金中列支1.8亿元，其余由企业承担。"
    })
    assert answer_question(index, "县级财政为农民技能培训拿出了多少资金？").text == "1.3亿元"
    assert answer_question(index, "全年农民技能培训资金支出多少？").text == "3.92亿元"  # the whole, unnamed part


def test_a_part_described_after_its_figure_is_the_one_asked_when_the_question_says_it() -> None:
    index = index_of({
        "申请": "不过，扩容仍待解决。洛川区供水公司表示，2024年受理的新装申请共2,315件，其中684件因管网压力不足仍在等待，"
        "平均等候时间约9个月。"
    })
    assert answer_question(index, "2024年受理的新装申请有多少件还在等待？").text == "684件"
    assert answer_question(index, "2024年受理的新装申请有多少件？").text == "2,315件"


def test_another_phase_or_another_years_class_is_another_instance() -> None:
    """第二期 asked where the passage writes only 第三期 (whatever stands before the ordinal), or the
    2023届 class where it gives the 2024届's: not an answer for sure, and no figure of the other's."""
    from bot.answer.instances import names_another, numbered_by_name

    phase = numbered_by_name("竹岚园区第二期扩建是哪一年完成的")
    assert names_another(phase, "扩建计画方面，第三期扩建基地位于北岚乡") and not names_another(phase, "第二期扩建于2019年完成")
    games = numbered_by_name("参加第十五届奥运会的资格")
    assert not names_another(games, "第15届奥运会于赫尔辛基举行") and names_another(games, "第16届奥运会")
    year_class = numbered_by_name("霁阳省2023届高校毕业生有多少人")
    assert names_another(year_class, "2024届全省高校毕业生共42.6万人")
    assert not names_another(year_class, "2023届全省高校毕业生共40.1万人")
    index = index_of({
        "就业": "高校毕业生就业保持稳定。2024届全省高校毕业生共42.6万人，规模创历史新高，其中研究生3.8万人。\n\n"
        "全年共举办校园招聘活动1362场，比2023年多出218场。"
    })
    answer = answer_question(index, "2023届高校毕业生有多少人？")
    assert answer.results and not answer.confident and answer.text is None
    assert answer_question(index, "2024届高校毕业生有多少人？").text == "42.6万人"
