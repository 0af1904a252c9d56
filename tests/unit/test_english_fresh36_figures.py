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
