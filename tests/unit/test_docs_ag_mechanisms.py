"""Mechanisms found studying questions_docs_ag (each general, each failing on the commit before):
the date of a change's starting figure is not the reached figure's (由113年的74.3%提升至82.6%);
what was set up at first (初設織機180張) is what was; a figure right before a running total
(新建…146个，累计达到358个) is what was added; a best passage dating a verb asked (于…公布) stays first
though it lacks another (统计)."""

from __future__ import annotations

from bot.answer import answer_question
from tests.conftest import index_of


def test_the_date_a_change_starts_from_is_not_the_reached_figures() -> None:
    from bot.answer.figure.dated import dated_otherwise
    from bot.answer.figure.fitness import contrast
    from bot.answer.figure.nearness import layout
    from bot.question import analyse
    from index.figures import passage_figures

    text = "全市长照服务使用人数达42,358人，较113年增加5,444人；服务涵盖率由113年的74.3%提升至82.6%，首度突破80%。"
    reached = next(f for f in passage_figures(text) if f.text == "82.6%")
    info = analyse("沄泉市114年长照服务涵盖率是多少？")
    assert dated_otherwise(text, info, reached) == 1.0 and contrast(text, layout(text), info, reached) == 1.0
    started = next(f for f in passage_figures(text) if f.text == "74.3%")
    assert dated_otherwise(text, info, started) < 1.0  # 113年's figure is another year's


def test_what_was_set_up_at_first_is_what_was() -> None:
    index = index_of({"织造局": "康熙二十三年（1684年），首任织造监督苏怀瑾奉命在黎川设局，初设织机180张，工匠630人。"
                      "雍正七年（1729年）扩建东西两厂，织机增至420张，工匠增至1,460人。"})
    assert answer_question(index, "雍正年间扩建后黎川织造局有多少张织机？").text == "420张"


def test_a_figure_right_before_a_running_total_is_what_was_added() -> None:
    index = index_of({"充电": "基础设施方面，汀川全市全年新建公共充电站146个，累计达到358个；建成换电站4座，实现全市10个区县全覆盖。"})
    assert answer_question(index, "汀川全市一共建成了多少个公共充电站？").text == "358个"


def test_a_best_passage_dating_an_asked_verb_stays_first() -> None:
    # 统计 is asked too and the best does not write it; another passage's 2026年 is followed by 完成,
    # nothing asked -- the best's date is 公布's, which the question asks
    index = index_of({"交通": "琮川运输署于2025年11月18日公布，2025年首三季全市共发生涉及伤亡的道路交通意外11,482宗，按年下降4.6%。\n\n"
                      "运输署在2025/26年度拨款3.2亿元推行道路安全改善工程，涉及意外黑点路口46个，已完成19个，其余预计于2026年第三季前完成统计。"})
    assert answer_question(index, "琮川首三季交通意外统计是哪天公布的？").text == "2025年11月18日"
