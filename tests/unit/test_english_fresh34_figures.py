"""Which figure of the passage is the direct answer to a wholly English question (english_fresh34
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

PORT = (
    "青港港口发展情况\n\n"
    "2024年，青港港口货物吞吐量达到3200万吨，集装箱吞吐量达到86万标箱。\n\n"
    "港口集团表示，港口货物吞吐量力争达到4500万吨，并新建深水泊位6个。\n"
)


def test_a_target_noun_asks_a_figure() -> None:
    """"What output *target* ...", "what is the *quota*": a target is a figure to reach, asked as
    目标是多少 asks (index/english/kinds.question_kind) -- a what-question of no other kind."""
    from index.english.kinds import question_kind

    assert question_kind("what output target has the plant set for 2027".split())[0] == "count"
    assert question_kind("what is the port s cargo quota".split())[0] == "count"
    assert question_kind("what rule did the city adopt".split())[0] is None
    assert question_kind("what goal did the city set for the campaign its target positioning".split())[0] is None


def test_a_target_question_is_answered_by_a_figure(tmp_path: Path) -> None:
    """"What cargo target has the port set?": a figure (4500万吨), not nothing for a question of
    no kind."""
    engine = engine_with(tmp_path, {"port.txt": PORT})
    answer = engine.ask("What cargo target has the port set?", count=False)
    assert answer.text is not None and answer.text.startswith("4500")


def test_a_target_not_asked_leaves_a_plan_alone() -> None:
    """Only a question asking a target (目标) weighs a planned figure up; a date is never one."""
    from bot.answer.figure.targets import TARGETED, target_met
    from bot.question import QuestionInfo
    from index.figures import passage_figures

    text = "港口货物吞吐量力争达到4500万吨。"
    figure = next(f for f in passage_figures(text) if f.text.startswith("4500"))
    asked = QuestionInfo(kind="count", unit=None, english=True)
    assert target_met(text, asked, figure, ["目标", "港口"]) == TARGETED
    assert target_met(text, asked, figure, ["港口"]) == 1.0


def test_a_target_asked_is_the_figure_given_as_one(tmp_path: Path) -> None:
    """Asked a target (目标), the figure the text gives as what is to be striven for (力争达到
    4500万吨; bot/answer/figure/targets.target_met), not the level reached (达到3200万吨) -- which
    is still the answer when no target is asked."""
    from bot.answer.figure import choose
    from bot.question import QuestionInfo

    text = "2024年港口吞吐量达到3200万吨，到2027年吞吐量力争达到4500万吨。"
    engine = engine_with(tmp_path, {"port.txt": "港口\n\n" + text + "\n"})
    info = QuestionInfo(kind="count", unit=None, english=True)
    target = choose(text, {"吞吐量": 1.0, "目标": 1.0}, engine.index, info)
    level = choose(text, {"吞吐量": 1.0}, engine.index, info)
    assert target is not None and target.figure.text.startswith("4500")
    assert level is not None and level.figure.text.startswith("3200")


MARKET = (
    "冷库市场运行情况\n\n"
    "今年以来，全市冷库出租率比上年同期提高3.1个百分点，冷藏车2400辆。\n\n"
    "全市共有冷库企业120家。\n"
)


def test_a_share_asked_is_not_the_points_it_changed_by(tmp_path: Path) -> None:
    """"What is the rental rate of the city's cold stores?": 3.1个百分点 is by how much the rate
    rose, no rate --
    nothing rather than it (bot/answer/english_points.points_for_share)."""
    engine = engine_with(tmp_path, {"market.txt": MARKET})
    answer = engine.ask("What is the rental rate of the city's cold stores?", count=False)
    assert answer.text is None or "百分点" not in answer.text


def test_a_change_asked_keeps_its_points() -> None:
    """The points a share changed by still answer a question asking the change (up or down)."""
    from bot.answer.english.points import points_for_share
    from bot.question import QuestionInfo
    from index.figures import passage_figures

    figures = passage_figures("出租率为86.4%，比上年同期提高3.1个百分点。")
    points = next(f for f in figures if f.text.startswith("3.1"))
    share = next(f for f in figures if f.text.startswith("86.4"))
    assert points_for_share(QuestionInfo(kind="percent", unit=None), points)
    assert not points_for_share(QuestionInfo(kind="percent", unit=None, change="up"), points)
    assert not points_for_share(QuestionInfo(kind="percent", unit=None), share)
