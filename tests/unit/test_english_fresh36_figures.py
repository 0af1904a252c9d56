"""Which figure of the passage is the direct answer to a wholly English question (english_fresh36
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with


def test_an_aim_asked_is_the_figure_given_as_a_target(tmp_path: Path) -> None:
    """"What length does the city *aim* to exceed": "aim" is read 宗旨, which asks a target as 目标
    does -- the figure the text gives as striven for (力争达到500公里), not a length reached
    (达到320公里), which still answers a question asking no aim."""
    from bot.answer.figure import choose
    from bot.answer.figure.targets import TARGETED, target_met
    from bot.question import QuestionInfo
    from index.figures import passage_figures

    text = "2024年步道里程达到320公里，到2030年步道里程力争达到500公里。"
    figure = next(f for f in passage_figures(text) if f.text.startswith("500"))
    info = QuestionInfo(kind="count", unit=None, english=True)
    assert target_met(text, info, figure, ["宗旨", "步道"]) == TARGETED
    engine = engine_with(tmp_path, {"paths.txt": "步道\n\n" + text + "\n"})
    aimed = choose(text, {"里程": 1.0, "宗旨": 1.0}, engine.index, info)
    reached = choose(text, {"里程": 1.0}, engine.index, info)
    assert aimed is not None and aimed.figure.text.startswith("500"), aimed
    assert reached is not None and reached.figure.text.startswith("320"), reached

PATHS = (
    "临川市步道建设\n\n"
    "临川市去年新建滨湖步道。这段步道全长9.4公里，沿线种树3000株。\n\n"
    "根据规划，2026年临川市将再建步道40公里；到2030年底，全市步道总里程力争突破500公里。\n"
)


def test_a_unit_named_in_the_thing_asked_asks_a_figure() -> None:
    """"what total length *in km* does ... aim to exceed": the unit the thing asked is measured in
    (before the question's verb, or in a closing aside), as "what is the length in km" names it;
    not "in <place>" after the verb."""
    from bot.answer.english.figures import asked_in_unit, unit_of_thing_asked
    from index.english.query import EnglishUnit

    assert unit_of_thing_asked("What total path length in km does the city aim to exceed?") == "in km does"
    assert unit_of_thing_asked("What did the city build, in km?") == "in km"
    assert unit_of_thing_asked("What did the city build in Linchuan?") is None
    assert unit_of_thing_asked("How long is the path in km?") is None
    # "km" read by the dictionary as another word (单位) still names a length
    km = EnglishUnit("km", (("单位", 0.3),), 0.4)
    assert asked_in_unit("in km does", [km]) == "length"


def test_a_length_in_km_aimed_at_is_the_planned_total(tmp_path: Path) -> None:
    """"What total path length in km does Linchuan aim to exceed by the end of 2030?": the figure
    the plan sets (力争突破500公里), not one path's length (全长9.4公里) -- a figure is asked (the
    unit named in the thing asked), and an aim is a target (bot/answer/figure/targets)."""
    engine = engine_with(tmp_path, {"paths.txt": PATHS})
    answer = engine.ask("What total path length in km does Linchuan aim to exceed by the end of 2030?", count=False)
    assert answer.text is not None and answer.text.startswith("500"), answer.text


def test_a_count_of_people_is_not_answered_by_a_count_of_cases(tmp_path: Path) -> None:
    """"How many officials were punished": 调解纠纷1.6万余起 counts cases (起: events), not people --
    the passage does not say how many, so nothing is shown; a count of people (名) still answers."""
    from bot.answer import consider

    (tmp_path / "cases").mkdir()
    (tmp_path / "people").mkdir()
    text = "临川市基层治理\n\n活动期间，临川市干部下沉社区，调解纠纷1.6万余起。\n"
    engine = engine_with(tmp_path / "cases", {"towns.txt": text})
    considered = consider(engine.index, "How many Linchuan officials were punished during the campaign?")
    best = considered.candidates[0]
    assert best.figure is not None and best.figure.text.startswith("1.6"), best.figure
    assert not considered.answer.results
    counted = engine_with(tmp_path / "people", {"towns.txt": "临川市基层治理\n\n活动期间，临川市下沉社区干部3200名。\n"})
    answer = counted.ask("How many Linchuan officials went down to the communities during the campaign?", count=False)
    assert answer.text is not None and answer.text.startswith("3200"), answer.text


def test_a_rise_asked_is_answered_by_a_figure_written_as_a_rise(tmp_path: Path) -> None:
    """"By how much did visits to Linchuan's paths rise in 2025?": the figure written after the
    verb of the rise (同比增长27.4%), not a sum of another passage that the question's names and
    year find as well (共完成投资8.2亿元: after no verb of a change) -- bot/answer/english_changes."""
    text = (
        "临川市步道\n\n"
        "本报讯 2025年12月，临川市通报步道建设情况。2023年至2025年，临川市步道三年共完成投资8.2亿元。\n\n"
        "客流数据显示，2025年前10个月，全市步道累计接待市民1350万人次，同比增长27.4%。\n"
    )
    engine = engine_with(tmp_path, {"paths.txt": text})
    answer = engine.ask("By how much did visits to Linchuan's paths rise year on year in 2025?", count=False)
    assert answer.text is not None and answer.text.startswith("27.4"), answer.text
