"""English round eng54f (fresh53 studied, figures): small invented texts, not the set's."""
from __future__ import annotations

from bot.answer import FIGURE_SURE
from bot.answer.figure import choose
from bot.answer.figure.shares import SHARE_SAID, share_said
from bot.answer.figure.then_now import SUPERSEDED, present
from bot.question import analyse, with_english
from index.figures import passage_figures

from tests.conftest import engine_with

BUSES = """青溪县公交发展报告

青溪县交通运输局日前发布全县公交发展情况。

车辆更新方面，全县新能源公交车的占比由2022年的35%提高到82%，公交线路增加到46条，日均客运量2.1万人次。
"""

PARKS = """青溪县公园建设

青溪县今年新建口袋公园12个，全县公园绿地面积达到486公顷，人均公园绿地面积14.2平方米。
"""


def _english(question: str):
    return with_english(analyse(question), "percent", None, english_only=True)


def test_the_level_a_change_reached_is_what_is_now(tmp_path) -> None:
    """"What share ... now": of 占比由2022年的35%提高到82%, 82% is what is now (the change's start is
    what was). With the question's words translated weakly (a dictionary's guesses), 82% was chosen
    but fit too little to be shown; what the question says of time makes it sure."""
    engine = engine_with(tmp_path, {"buses.txt": BUSES, "parks.txt": PARKS})
    text = BUSES.splitlines()[-1]
    info = _english("What proportion of the vehicles on Qingxi's routes run on clean power now?")
    words = {"公交车": 0.6, "现在": 0.97, "能源": 0.5, "干净": 0.4, "电力": 0.4}
    choice = choose(text, words, engine.index, info)
    assert choice is not None and choice.figure.text == "82%", choice
    assert choice.fit >= FIGURE_SURE, choice
    # ... and asked without "now", the same words find the same figure, no surer than before
    without = {w: s for w, s in words.items() if w != "现在"}
    plain = choose(text, without, engine.index, _english("What proportion of the vehicles on Qingxi's routes run on clean power?"))
    assert plain is not None and plain.fit < choice.fit


def test_now_asked_weighs_up_the_end_of_a_change_only() -> None:
    text = "全县新能源公交车的占比由2022年的35%提高到82%，公交线路增加到46条，日均客运量2.1万人次。"
    figures = {f.text: f for f in passage_figures(text)}
    now = _english("What share of the buses are electric now?")
    assert present(text, now, figures["82%"], ["公交车", "现在"]) == 1.0 / SUPERSEDED
    assert present(text, now, figures["46条"], ["公交车", "现在"]) == 1.0  # 增加到 from no figure written
    assert present(text, now, figures["35%"], ["公交车", "现在"]) == 1.0  # where the change started
    assert present(text, now, figures["2.1万人次"], ["公交车", "现在"]) == 1.0  # no change
    assert present(text, now, figures["82%"], ["公交车"]) == 1.0  # no "now" asked
    earlier = _english("What share of the buses were electric originally?")
    assert present(text, earlier, figures["82%"], ["公交车", "现在"]) == 1.0


SURVEY = "服务评价方面，受访乘客对公交准点情况评价“满意”的占93.6%，对车厢卫生评价“满意”的占88.1%，各项服务满意率均达到85%以上。"


def test_the_share_of_those_who_did_something_is_the_percent_after_de_zhan(tmp_path) -> None:
    """"What proportion of passengers rated punctuality 'satisfied'?": 评价“满意”的占93.6% is the share
    of those of the passengers who did (的占: "the ones who ... make up"), written as a share as
    占全市总数的 is; with the question's words translated weakly, it was chosen but not shown."""
    engine = engine_with(tmp_path, {"buses.txt": BUSES, "parks.txt": PARKS})
    info = _english("What proportion of passengers gave bus punctuality an overall 'satisfied' rating?")
    words = {"乘客": 0.6, "服务": 1.0, "评价": 0.4, "财政": 0.43}
    choice = choose(SURVEY, words, engine.index, info)
    assert choice is not None and choice.figure.text == "93.6%", choice
    assert choice.fit >= FIGURE_SURE, choice


def test_only_a_share_after_de_zhan_is_weighed_up_for_a_bare_english_share() -> None:
    """A bare English share may be a rate (满意率85%): only 的占 / 者占 right before the percent marks
    the share of a group's members; a 占 clause naming what the share is of still asks "of all"."""
    figures = {f.text: f for f in passage_figures(SURVEY)}
    info = _english("What proportion of passengers were satisfied with punctuality?")
    assert share_said(SURVEY, info, figures["93.6%"], None) == SHARE_SAID
    assert share_said(SURVEY, info, figures["85%"], None) == 1.0
    listed = "城区线路客运量占全县公交客运量的64%，满意者约占91%。"
    figures = {f.text: f for f in passage_figures(listed)}
    assert share_said(listed, info, figures["64%"], None) == 1.0
    assert share_said(listed, info, figures["91%"], None) == SHARE_SAID
    chinese = analyse("乘客满意的比例是多少？")
    assert share_said(SURVEY, chinese, passage_figures(SURVEY)[0], None) == 1.0
