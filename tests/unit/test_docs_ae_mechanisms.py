"""Mechanisms found studying questions_docs_ae (each general, each failing on the commit before):
a comma between digits (8,500元) is no mark between clauses; a satisfaction rate (满意度) or
proceeds (收益) typed as a keyword ask their figure; a measure word jieba joined to the character after
多少 (多少/次日/食) is the question's unit; a year's quarters by number (第三季 against 前三季); the
holder of a role asked by name (局长叫什么名字) is not its deputy (副局长); where a thing is set up (设在
哪里) is the passage writing it before a place (陈列馆在台下院落开馆); a figure under another numbered
instance earlier in its sentence (第十二届…，展览面积22万平方米 for 第五届); a bound marking out a class
(面积超过10万平方米的大型展会) is no amount measured."""

from __future__ import annotations

from bot.answer import answer_question
from tests.conftest import index_of


def test_a_thousands_comma_does_not_split_a_clause() -> None:
    # 每月 is the changed price's per-unit word for both figures, across the comma of 1,200元
    index = index_of({"保育费": "市教育局表示，自2026年3月1日起，全市公办幼儿园每月保育费上限由1,200元调降为980元，惠及幼儿3.1万名。"})
    assert answer_question(index, "2026年3月起公办幼儿园每月保育费最多收多少钱？").text == "980元"


def test_a_satisfaction_rate_or_proceeds_typed_as_keywords_ask_their_figure() -> None:
    index = index_of({
        "养老": "沐川县2025年共有社区长者食堂46家，全年营业收益为3,820万元。老人满意度调查回收问卷2,115份，"
        "长者满意度达93.4%，较上年提高2.2个百分点。"
    })
    assert answer_question(index, "沐川 长者食堂 满意度").text == "93.4%"
    assert answer_question(index, "沐川 长者食堂 营业收益").text == "3,820万元"


def test_a_measure_word_joined_to_the_next_character_after_how_many_is_the_unit() -> None:
    index = index_of({"星图": "清代学者编成《澄江占候录》8卷，书中收录日食记录37次、月食记录52次，另有彗星记录9次。"})
    assert answer_question(index, "澄江占候录里收了多少次日食记录？").text == "37次"


def test_a_quarter_by_number_is_another_period_than_the_first_quarters_together() -> None:
    from bot.answer.figure.relative_periods import other_period, OTHER_PERIOD
    from bot.answer.figure.nearness import layout
    from index.figures import passage_figures

    text = "统计处公布，2025年第三季零售总额为88.6亿元，按年上升3.1%。合计首三季零售总额为251.4亿元。"
    third, first_three = [f for f in passage_figures(text) if f.text.endswith("亿元")]
    shape = layout(text)
    assert other_period(text, shape, third, ["前三季", "零售"]) == OTHER_PERIOD
    assert other_period(text, shape, first_three, ["前三季", "零售"]) == 1.0
    assert other_period(text, shape, third, ["第三季", "零售"]) == 1.0


def test_the_holder_of_a_role_asked_by_name_is_not_its_deputy() -> None:
    index = index_of({
        "会展": "澜阳市商务局副局长顾晓岚1月9日在发布会上坦言，澜阳会展的国际化程度仍然偏低。\n\n"
        "全市会展场馆总面积达到46万平方米，比上年增加3.2万平方米，展馆出租率61.4%。\n\n"
        "2025年全市共举办展会和会议286场，比上年增加21场，会展业直接收入41.2亿元，同比增长8.2%，"
        "其中国际展会19场，专业观众达到118万人次。市商务局局长钟岳川表示，全市将继续办好品牌展会。"
    })
    for question in ("澜阳市商务局局长叫什么名字？", "澜阳市商务局局长是谁？"):
        assert "钟岳川" in answer_question(index, question).results[0].text
    assert "顾晓岚" in answer_question(index, "澜阳市商务局副局长是谁？").results[0].text


def test_where_a_thing_is_set_up_is_the_passage_writing_it_before_a_place() -> None:
    index = index_of({
        "观象台": "临岫观象台遗址陈列馆所在的临岫观象台位于临岫府城北的翠微山顶，始建于明弘治二年（1489年），台基高12.2米，"
        "现为省级文物保护单位。\n\n1998年，观象台进行全面修缮，耗资52万元，修复台基、仪器座和周边院墙，并整理出土的明清瓦当与碑刻。"
        "2011年，临岫观象台遗址陈列馆在台下院落开馆，馆藏文物860件，年接待观众约4.2万人次。"
    })
    assert "台下院落" in answer_question(index, "临岫观象台遗址陈列馆设在哪里？").results[0].text


def test_a_figure_under_another_numbered_instance_earlier_in_its_sentence_is_that_ones() -> None:
    from bot.answer.figure.numbered import OTHER_NUMBERED, other_numbered
    from index.figures import passage_figures

    text = "品牌展会方面，第十二届澜阳国际装备博览会于2025年5月举办，展览面积22万平方米，吸引参展商2870家。"
    area = next(f for f in passage_figures(text) if f.text == "22万平方米")
    assert other_numbered(text, area, ["第五届", "澜阳", "茶文化", "博览会"]) == OTHER_NUMBERED
    assert other_numbered(text, area, ["第十二届", "澜阳", "装备", "博览会"]) == 1.0


def test_a_bound_marking_out_a_class_is_no_amount_measured() -> None:
    from bot.answer.figure.clauses import CLASS_BOUND, bound
    from bot.question import analyse
    from index.figures import passage_figures

    text = "全年展览面积超过10万平方米的大型展会共11场，超过10%的展位由外地企业租用。"
    area, share = (f for f in passage_figures(text) if f.text in ("10万平方米", "10%"))
    assert bound(text, analyse("大型展会的展览面积有多大？"), area) == CLASS_BOUND
    assert bound(text, analyse("外地企业租用的展位占多少？"), share) == 1.0  # a share of what follows
    index = index_of({"展": "2025年，澜阳全市共举办各类展会和会议286场，比上年增加21场。" + text})
    assert answer_question(index, "澜阳大型展会的展览面积有多大？").text != "10万平方米"
    assert answer_question(index, "澜阳展览面积超过10万平方米的大型展会有几场？").text == "11场"
