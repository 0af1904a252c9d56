"""Mechanisms found studying questions_docs_ai (each general, each failing on the commit before):
a clause opening with 共 goes on with the subject of the clause before (读书节于…举行，共开展活动612场:
the festival's total); what a thing is now is written with 现 or 今 alike (迁到现址: 遷至今址); a
run of characters no word joins, ending as a place's name does (嶺崧縣), is a place's name."""

from __future__ import annotations

from bot.answer import answer_question
from index.question_words import written_otherwise
from tests.conftest import index_of


def test_a_clause_opening_with_gong_gives_the_total_of_the_subject_before() -> None:
    index = index_of({"阅读": "全年举办阅读推广活动5217场，比上年增加846场，参与群众达286万人次。"
                      "第七届沅川读书节于2025年9月12日至10月12日举行，共开展活动612场，评选出书香家庭300户。"})
    assert answer_question(index, "沅川读书节一共办了多少场活动").text == "612场"


def test_what_a_thing_is_now_is_written_with_xian_or_jin() -> None:
    assert written_otherwise("现址") == ("今址",) and written_otherwise("今名") == ("现名",)
    assert written_otherwise("现在") == ()  # "now" itself is no name of what a thing is now
    index = index_of({"育婴堂": "光绪二十九年（1903年）育婴堂附设女塾，首批学生35名。\n\n"
                      "乾隆二十年（1755年）因堂舍不足迁至今址扩建；嘉庆十二年（1807年）增设保婴会。\n\n"
                      "2023年出版的《育婴堂档案汇编》收录档案2,870件。"})
    assert answer_question(index, "育婴堂是哪一年迁到现址的").text == "乾隆二十年（1755年）"


def test_a_run_of_characters_ending_as_a_place_does_is_a_place_no_document_names() -> None:
    index = index_of({
        "璟川市114年社会住宅成果": "璟川市政府都市发展局于115年1月22日公布114年社会住宅成果。截至114年12月底，"
        "全市直接兴建社会住宅完工户数累计达8,236户，较113年增加1,025户。\n\n114年全市稻谷收成约3,200公吨，较113年减少8成。\n\n"
        "社会住宅租金为市场行情的6成至8成，114年新入住家户2,140户。",
        "沅汀市2025年全民阅读": "全年举办阅读推广活动5217场，比上年增加846场。",
    })
    found = answer_question(index, "嶺崧縣114年稻米收成有多少公噸？")
    assert found.text is None and not found.results
    assert answer_question(index, "璟川市114年稻谷收成有多少公吨？").text == "3,200公吨"
