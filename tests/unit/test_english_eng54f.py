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
    # no "now" asked (eng55f: an English "now" is read from the question's own words too)
    assert present(text, _english("What share of the buses are electric?"), figures["82%"], ["公交车"]) == 1.0
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


VOUCHERS = """青溪县文旅消费券发放情况

11月20日，青溪县文旅局通报2025年文旅消费券发放工作情况：活动自4月12日启动以来，全县累计核销消费券860万元，带动文旅消费4100万元，共有2.3万人次领取。

线上领取占比明显提高。通过“青溪游”小程序领取消费券的游客达1.6万人，占全部领取人数的70%。9月起，县里联合2家旅游平台举办“秋游青溪”直播周，累计直播24场。
"""


def test_the_date_an_english_question_s_verb_follows_is_the_event_s(tmp_path) -> None:
    """"When was the voucher campaign launched?": 活动自4月12日启动以来 -- the date 启动 ("launch")
    follows; not the year of the report (通报2025年…工作情况), which the question's nouns stand
    nearer. The verb's translations are alternatives of a share each, which the Chinese rule (a
    verb written whole) does not read; the date's year is the one its sentence names before it."""
    engine = engine_with(tmp_path, {"vouchers.txt": VOUCHERS, "parks.txt": PARKS})
    answer = engine.ask("When was the county's voucher campaign launched?", count=False)
    assert answer.figure is not None and answer.figure.text == "4月12日", answer.figure


def test_a_verb_dated_date_fits_by_the_verbs_translations_only() -> None:
    from dataclasses import replace

    from bot.answer.figure.fitness import YEARLESS
    from bot.answer.figure.verb_dated import VERB_DATED, verb_dated

    text = VOUCHERS.splitlines()[2]
    figures = {f.text: f for f in passage_figures(text)}
    asked = with_english(analyse("When was the campaign launched?"), "date", None, english_only=True)
    launched = replace(asked, verbs=("开展", "启动", "开通"))
    verbs = launched.verbs
    assert verb_dated(text, launched, figures["4月12日"], verbs) == VERB_DATED / YEARLESS  # 2025年 before it
    assert verb_dated(text, launched, figures["2025年"], verbs) == 1.0
    assert verb_dated(text, asked, figures["4月12日"], ()) == 1.0  # no verb read
    assert verb_dated("活动于4月12日启动。", launched, passage_figures("活动于4月12日启动。")[0], verbs) == VERB_DATED


def test_a_verb_dates_only_its_own_event() -> None:
    """Not a noun the date modifies (2008年的换届选举), nor a deed done to another thing than the
    question's (2019年又完成台基排水工程); a verb written before the date with 于 dates it too
    (老馆建于1999年: 建 of 建成/建设); a month written right after its year is no yearless date."""
    from dataclasses import replace

    from bot.answer.figure.verb_dated import VERB_DATED, verb_dated

    asked = replace(with_english(analyse("When was it done?"), "date", None, english_only=True), verbs=("选举", "完成", "建成", "建设", "成立"))

    def factor(text: str, figure: str, terms: tuple[str, ...] = ()) -> float:
        found = next(f for f in passage_figures(text) if f.text == figure)
        return verb_dated(text, asked, found, asked.verbs, terms)

    assert factor("他在2008年的换届选举中取得连任。", "2008年") == 1.0
    assert factor("2019年又完成台基排水与防雷工程。", "2019年") == 1.0
    assert factor("2019年又完成台基排水与防雷工程。", "2019年", ("台基",)) == VERB_DATED
    assert factor("老馆位于城关区，建于1999年，累计接待观众约860万人次。", "1999年") == VERB_DATED
    assert factor("水龙会于嘉庆十三年（1808年）三月成立。", "三月") == VERB_DATED  # not over YEARLESS


def test_only_the_translations_jieba_tags_verbs_date_an_event(tmp_path) -> None:
    """A translator's noun for a verb ("contract": 契约) is no event: 依契约于2010年3月23日终止 is
    dated by 终止, not by the contract."""
    from bot.answer.figure.verb_dated import event_verbs

    engine = engine_with(tmp_path, {"vouchers.txt": VOUCHERS})
    assert event_verbs(engine.index, ("契约", "启动", "建成")) == ("启动", "建成")
