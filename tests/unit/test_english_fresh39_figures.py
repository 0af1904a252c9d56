"""Which figure of the passage is the direct answer to a wholly English question (english_fresh39
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with


ACADEMY = (
    "临川书院\n\n"
    "临川书院始建于清代。书院的学舍沿南北两侧成排布置，嘉庆年间共分为24排，每排建学舍两间。"
    "单间学舍宽1.2米，进深1.5米，舍内设两张木桌。\n"
)


def test_a_bare_number_before_a_measure_word_asked_in_english_counts_in_it() -> None:
    """"how many rows": 24排 is read as a bare 24 (排 is no measure word the figure reader takes),
    but the measure word the English question counts in follows it at once: it counts rows."""
    from bot.answer.figure import OWN_MEASURE, choose
    from bot.question import QuestionInfo
    from tests.conftest import index_of

    info = QuestionInfo(kind="count", unit=None, counted="排", units=frozenset({"排", "行"}), english=True)
    text = ACADEMY.split("\n\n")[1]
    choice = choose(text, {"学舍": 1.0, "嘉庆": 1.0}, index_of({"书院": ACADEMY}), info)
    assert choice is not None and choice.figure.text == "24" and choice.factor >= OWN_MEASURE * 0.4 - 1e-9, choice


def test_rows_asked_in_english_are_the_number_before_the_measure_word(tmp_path: Path) -> None:
    """"In how many rows were the study rooms laid out?": 24 (共分为24排), not nothing and not the
    count of rooms in each row (两间) the figure reader takes as a count."""
    engine = engine_with(tmp_path, {"academy.txt": ACADEMY})
    answer = engine.ask("In how many rows were the study rooms of the Linchuan academy laid out?", count=False)
    assert answer.text is not None and answer.text.startswith("24"), answer.text


EXAM = (
    "临川考棚\n\n"
    "据县志记载，咸丰二十五年县试应考童生达1460人，为历年最多；考期一般持续4天，试卷由誊录生抄写。\n"
)


def test_a_count_of_things_in_english_names_no_span_of_time() -> None:
    """"the number of boys", "how many rows" count things; "how many years", "the number of
    days", "how long" ask time."""
    from bot.answer.english.durations import untimed_count

    assert untimed_count("What was the record number of boys sitting the exam?")
    assert untimed_count("In how many rows were the cells laid out during the Daoguang years?")
    assert not untimed_count("How many years did the rebuilding take?")
    assert not untimed_count("What is the number of days the exam lasted?")
    assert not untimed_count("How long did the exam last, in days?")
    assert not untimed_count("How much did the rebuilding cost?")


def test_a_count_of_people_in_english_is_not_a_reign_year_read_as_a_duration(tmp_path: Path) -> None:
    """"What was the record number of boys sitting the county exam?": 1460人, not 二十五年 (of
    咸丰二十五年, which the figure reader takes for 25 years) nearer the question's "record" (记载)."""
    engine = engine_with(tmp_path, {"exam.txt": EXAM})
    answer = engine.ask("What was the record number of boys sitting the county exam at Linchuan?", count=False)
    assert answer.text is not None and answer.text.startswith("1460"), answer.text


CAMPAIGN = (
    "临川主题教育\n\n"
    "主题教育开展以来，临川紧扣“学思想、强党性”6字总要求，坚持目标定位，一体推进重点措施，持续引导党员干部以学促干。\n"
)


def test_a_thing_counted_with_its_own_measure_word_is_not_counted_in_another() -> None:
    """食堂 is counted 间 (or 个): 12字 counts characters, another thing; a thing the dictionary
    counts with no measure word of its own (无人机: 540架) or with 个 only may be counted in any."""
    from bot.answer.english.doubt import counted_otherwise

    assert counted_otherwise(frozenset({"间", "个", "食堂"}), "食堂", "字", "things")
    assert not counted_otherwise(frozenset({"间", "个", "食堂"}), "食堂", "间", "things")
    assert not counted_otherwise(frozenset({"无人机"}), "无人机", "架", "things")
    assert not counted_otherwise(frozenset({"个", "团体"}), "团体", "支", "things")


def test_canteens_asked_in_english_are_not_answered_by_a_count_of_characters(tmp_path: Path) -> None:
    """"How many canteens for the elderly did Linchuan open during the theme education
    campaign?": the passage counts the characters of a slogan (6字总要求), no canteens -- nothing."""
    engine = engine_with(tmp_path, {"campaign.txt": CAMPAIGN})
    answer = engine.ask("How many canteens for the elderly did Linchuan open during the theme education campaign?", count=False)
    assert answer.text is None, answer.text


TRAMS = (
    "临川有轨电车\n\n"
    "临川有轨电车1号线采用5节编组列车，首批配属列车18列，最高运行速度每小时70公里，每列车额定载客360人。\n"
)


def test_a_speed_asked_in_english_asks_an_amount_per_time() -> None:
    """"speed", "how fast" ask an amount per unit of time (每小时70公里), as 每人 asks one per person."""
    from bot.question import analyse

    assert analyse("What is the top speed of the trams?").per
    assert analyse("How fast can the trams run?").per
    assert not analyse("How many trams does the line have?").per


def test_the_speed_asked_is_the_figure_given_per_hour(tmp_path: Path) -> None:
    """"What is the top speed of the Line 1 trams?": 70公里 (每小时70公里), not 18 (列车18列) that
    the question's "trams" names right before."""
    engine = engine_with(tmp_path, {"trams.txt": TRAMS})
    answer = engine.ask("What is the top speed of the Linchuan Line 1 trains?", count=False)
    assert answer.text is not None and answer.text.startswith("70"), answer.text


FILMS = (
    "临川电影\n\n"
    "2001年-2012年，临川本地电影在全市票房中的占有率从12.4%上升到47%，观影人次翻了一番。\n"
)


def test_the_year_a_range_begins_is_the_change_s_start() -> None:
    """Under 2001年-2012年, 从12.4% is of 2001 and 到47% of 2012: the other end fits less."""
    from bot.answer.figure.years import OTHER_END, other_end
    from index.figures import passage_figures

    text = FILMS.split("\n\n")[1]
    figures = {f.text: f for f in passage_figures(text)}
    assert other_end(text, {2001}, figures["47%"]) == OTHER_END
    assert other_end(text, {2001}, figures["12.4%"]) == 1.0
    assert other_end(text, {2012}, figures["12.4%"]) == OTHER_END
    assert other_end(text, {2012}, figures["47%"]) == 1.0
    assert other_end(text, set(), figures["47%"]) == 1.0


def test_a_share_asked_in_the_first_year_of_a_range_is_the_change_s_start(tmp_path: Path) -> None:
    """"What was the market share of local films in Linchuan in 2001?": 12.4% (从12.4%), not 47%."""
    engine = engine_with(tmp_path, {"films.txt": FILMS})
    answer = engine.ask("What was the box office share of local films in Linchuan in 2001?", count=False)
    assert answer.text == "12.4%", answer.text
    answer = engine.ask("What was the box office share of local films in Linchuan in 2012?", count=False)
    assert answer.text == "47%", answer.text


FERRY = (
    "临川渡轮事故\n\n"
    "1987年5月3日，临川渡口发生渡轮倾覆事故，一艘客渡船在江心遭遇大风翻沉，造成船上86人中41人死亡。\n"
)


def test_the_whole_a_part_is_counted_among_is_not_the_part() -> None:
    """86人中41人死亡: 86 is the whole, weighed down for an English count."""
    from bot.answer.figure.parts import WHOLE, whole_of_part
    from index.figures import passage_figures

    text = FERRY.split("\n\n")[1]
    figures = {f.text: f for f in passage_figures(text)}
    assert whole_of_part(text, True, figures["86人"]) == WHOLE
    assert whole_of_part(text, True, figures["41人"]) == 1.0
    assert whole_of_part(text, False, figures["86人"]) == 1.0


def test_people_killed_are_the_part_that_died(tmp_path: Path) -> None:
    """"How many people were killed when the Linchuan ferry sank in 1987?": 41人, not the 86 aboard."""
    engine = engine_with(tmp_path, {"ferry.txt": FERRY})
    answer = engine.ask("How many people were killed when the Linchuan ferry sank in 1987?", count=False)
    assert answer.text is not None and answer.text.startswith("41"), answer.text
