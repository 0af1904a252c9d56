"""Which figure of the passage is the direct answer to a wholly English question (english_fresh43
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

import math


CANTEEN = "位于西城区的青石老年食堂由一座旧粮站改建，于2024年6月9日开业，设有座位90个。"


def test_a_date_after_yu_is_the_time_of_the_subject_before_it() -> None:
    """青石老年食堂由一座旧粮站改建，于2024年6月9日开业: the clause 于 and the date begin is
    the canteen's predicate, so 青石 (two clauses before) stands as near the date as a word of its
    own clause would -- not halved as a word of another clause; a date heading its clause without
    于 (…改建，2024年6月9日开业) governs what follows and is read as before."""
    from bot.answer.figure.nearness import SAME_SENTENCE, closeness, layout
    from index.figures import passage_figures

    def near(text: str) -> float:
        shape = layout(text)
        date = next(f for f in passage_figures(text) if f.kind == "date")
        start = text.index("青石")
        return closeness(shape, shape.spot(start, start + 2), shape.spot(date.start, date.end), True)

    gap = CANTEEN.index("2024") - CANTEEN.index("青石") - 2
    assert abs(near(CANTEEN) - math.exp(-gap / 30.0)) < 1e-9
    bare = CANTEEN.replace("，于2024", "，2024")
    assert near(bare) < SAME_SENTENCE * 1.0001


def test_the_canteen_opening_date_answers_when_it_opened() -> None:
    """"When did the Qingshi canteen open?" on the canteen's sentence: 2024年6月9日, fitting enough
    to be shown (it was below :data:`bot.answer.FIGURE_SURE` when 青石 counted half)."""
    from bot.answer import FIGURE_SURE
    from bot.answer.figure import choose
    from bot.question import analyse, with_english
    from tests.conftest import index_of

    index = index_of({"canteen": CANTEEN, "other": "东城区的老年食堂今年新增座位120个。"})
    info = with_english(analyse("When did the Qingshi canteen for older people open?"), "date", None, english_only=True)
    words = {"青石": 1.0, "食堂": 0.8, "开": 0.1, "开放": 0.2}
    choice = choose(CANTEEN, words, index, info)
    assert choice is not None and choice.figure.text == "2024年6月9日", choice
    assert choice.fit >= FIGURE_SURE, choice


VAULTS = "三座地窖均坐北朝南。东窖内长16.4米，宽6.1米，深4.8米；西窖规模与东窖相近；北窖较小，内长9.7米。"


def test_another_directions_part_is_no_answer() -> None:
    """"the east vault" (东): 北窖…内长9.7米 is the north vault's, where the text writes 东窖 too
    (:data:`OTHER_DIRECTION`); 16.4米 and 6.1米, after 东窖 in their part of the sentence, fit as
    before; a question naming no direction, or a Chinese one, is read as before."""
    from bot.answer.figure.directions import OTHER_DIRECTION, other_direction
    from bot.question import analyse, with_english
    from index.figures import passage_figures

    info = with_english(analyse("Internal length of the east vault, in metres"), "count", None, dimension="length", english_only=True)
    by_text = {f.text: f for f in passage_figures(VAULTS)}
    terms = ["内", "长", "东", "地窖"]
    assert other_direction(VAULTS, info, by_text["9.7米"], terms) == OTHER_DIRECTION
    assert other_direction(VAULTS, info, by_text["16.4米"], terms) == 1.0
    assert other_direction(VAULTS, info, by_text["6.1米"], terms) == 1.0
    assert other_direction(VAULTS, info, by_text["9.7米"], ["内", "长", "地窖"]) == 1.0
    assert other_direction(VAULTS, analyse("东窖内长多少米"), by_text["9.7米"], terms) == 1.0


def test_the_east_vaults_length_is_its_own() -> None:
    """"Internal length of the east vault, in metres": 16.4米 (东窖内长16.4米), not 9.7米 of 北窖,
    which stands as near 内长 and nearer the words after."""
    from bot.answer.figure import choose
    from bot.question import analyse, with_english
    from tests.conftest import index_of

    index = index_of({"vaults": VAULTS, "other": "南山公园今年新修步道3.2公里。"})
    info = with_english(analyse("Internal length of the east vault, in metres"), "count", None, dimension="length", english_only=True)
    words = {"内": 0.5, "长": 0.5, "东": 1.0, "规模": 0.6, "地窖": 1.0, "米": 0.5}
    choice = choose(VAULTS, words, index, info)
    assert choice is not None and choice.figure.text == "16.4米", choice


ICE = "每年冬至前后，公所组织乡民凿冰。两窖合计最多可藏冰约800吨，清末常年藏冰约500吨。"


def test_a_most_asked_is_the_figure_written_as_a_most() -> None:
    """"the maximum amount" asks a most (:func:`most_asked`), and 800吨 after 最多可藏冰约 is
    written as one (:data:`MOST_WRITTEN`); 500吨 of an ordinary year is not; a question asking no
    most is read as before."""
    from bot.answer.figure.most import MOST_WRITTEN, most_asked, most_written
    from bot.question import analyse, with_english
    from dataclasses import replace
    from index.figures import passage_figures

    question = "What was the maximum amount of ice the two vaults could hold, in tonnes?"
    assert most_asked(question) and not most_asked("How much ice did the two vaults hold each year?")
    info = replace(with_english(analyse(question), "count", None, dimension="mass", english_only=True), most=True)
    by_text = {f.text: f for f in passage_figures(ICE)}
    assert most_written(ICE, info, by_text["800吨"]) == MOST_WRITTEN
    assert most_written(ICE, info, by_text["500吨"]) == 1.0
    assert most_written(ICE, replace(info, most=False), by_text["800吨"]) == 1.0


def test_the_maximum_ice_asked_in_english_is_fitting_enough_to_show() -> None:
    """"What was the maximum amount of ice the two vaults could hold, in tonnes?": 800吨, fitting
    enough to be shown (:data:`bot.answer.FIGURE_SURE`; below it at the commit before, when 最多
    weighed nothing for a question whose English words reach little of the text)."""
    from dataclasses import replace
    from bot.answer import FIGURE_SURE
    from bot.answer.figure import choose
    from bot.question import analyse, with_english
    from tests.conftest import index_of

    index = index_of({"ice": ICE, "other": "东城区的老年食堂今年新增座位120个。"})
    question = "What was the maximum amount of ice the two vaults could hold, in tonnes?"
    info = replace(with_english(analyse(question), "count", None, dimension="mass", english_only=True), most=True)
    words = {"冰": 0.5, "冰块": 0.3, "举办": 1.0, "商会": 0.8, "乡民": 0.3}  # "hold", "chambers": translations that miss
    choice = choose(ICE, words, index, info)
    assert choice is not None and choice.figure.text == "800吨", choice
    assert choice.fit >= FIGURE_SURE, choice


SPONGE = (
    "报告显示，2025年全县共实施海绵城市项目96个，完成投资12.6亿元，同比增长9.8%；新增达到海绵城市要求的面积8.2平方公里，"
    "海绵城市达标面积占建成区的比例由2022年的18.5%提高到36.4%，提前一年完成规划目标。"
)


def test_the_end_of_a_change_from_its_start_is_no_size_of_a_change() -> None:
    """"By how much did the county's spending rise?" asks the size of a change: 同比增长9.8% gives
    one (:data:`CHANGED`); 36.4% of 由…18.5%提高到36.4% is the level reached (:data:`UNCHANGED`),
    though 提高到 is a verb of the change; a Chinese question is read as before."""
    from bot.answer.figure.fitness import CHANGED, UNCHANGED, changed
    from bot.question import analyse, with_english
    from index.figures import passage_figures

    info = with_english(analyse("By how much did the county's spending rise over the previous year?"), "count", None, english_only=True)
    assert info.change == "up"
    by_text = {f.text: f for f in passage_figures(SPONGE)}
    assert changed(SPONGE, info, by_text["9.8%"]) == CHANGED
    assert changed(SPONGE, info, by_text["36.4%"]) == UNCHANGED
    assert changed(SPONGE, analyse("达标面积比例提高了多少"), by_text["36.4%"]) == CHANGED


def test_the_rise_asked_is_the_year_on_year_growth() -> None:
    """"By how much did the county's sponge city spending rise over the previous year?": 9.8%, not
    36.4% (a share reached, in the clause that names the sponge city again)."""
    from bot.answer.figure import choose
    from bot.question import analyse, with_english
    from tests.conftest import index_of

    index = index_of({"sponge": SPONGE, "other": "东城区的老年食堂今年新增座位120个。"})
    info = with_english(analyse("By how much did the county's sponge city spending rise over the previous year?"), "count", None, english_only=True)
    words = {"县": 1.0, "海绵": 1.0, "城市": 1.0, "起": 0.25, "过去": 1.0, "年度": 0.9, "年": 0.5, "以前": 0.6}
    choice = choose(SPONGE, words, index, info)
    assert choice is not None and choice.figure.text == "9.8%", choice
