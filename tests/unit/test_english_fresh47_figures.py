"""Which figure of the passage is the direct answer to a wholly English question (english_fresh47
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from tests.conftest import engine_with


SHELTERS = (
    "青川县公交候车亭\n\n"
    "今年交通局对全县候车亭开展了两轮检查，发现顶棚漏雨、座椅损坏等问题的候车亭46座，已完成修复31座，其余15座将于明年3月底前完成整改。\n"
)


def test_of_the_things_named_first_how_many_asks_a_part_of_them() -> None:
    """"Of the shelters found damaged, how many have been repaired?" asks a part of the shelters
    the opening clause names: 46座 (the whole, whose next clause counts again in 座) is weighed
    down, 31座 (the first part) is not, nor is 15座 (the rest, after a part); a question not
    opening so, or a Chinese one, asks no part."""
    from bot.answer.figure.parts import NAMED_WHOLE, whole_named
    from bot.question import analyse
    from index.figures import passage_figures

    text = SHELTERS.split("\n\n")[1]
    figures = {f.text: f for f in passage_figures(text)}
    info = dataclasses.replace(analyse("Of the bus shelters found damaged, how many have been repaired?"), english=True)
    assert info.part
    assert whole_named(text, info, figures["46座"]) == NAMED_WHOLE
    assert whole_named(text, info, figures["31座"]) == 1.0
    assert whole_named(text, info, figures["15座"]) == 1.0
    plain = dataclasses.replace(analyse("How many bus shelters were found damaged?"), english=True)
    assert not plain.part and whole_named(text, plain, figures["46座"]) == 1.0
    assert not analyse("Among which districts is the money shared?").part


def test_of_the_shelters_found_damaged_the_repaired_ones_are_counted(tmp_path: Path) -> None:
    """The whole engine: the part is shown, not the whole the opening clause names."""
    engine = engine_with(tmp_path, {"shelters.txt": SHELTERS})
    answer = engine.ask("Of the bus shelters found with leaking roofs or broken seats, how many have already been repaired?", count=False)
    assert answer.text == "31座", answer.text
