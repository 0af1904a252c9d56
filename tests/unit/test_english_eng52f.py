"""English round eng52f (fresh51 studied, figures): small invented texts, not the set's."""
from __future__ import annotations

from pathlib import Path

from bot.answer.figure import choose_figure
from bot.question import analyse, with_english
from tests.conftest import engine_with

FLOOD = """青川县汛期安全工作总结

青川县防汛指挥部日前通报今年汛期安全工作情况。

源头防范方面，全县在沿河路口设立临时检查站285个，劝返携带烟花人员4.1万人次，查处违规涉水案件64起。
"""

HARVEST = """青川县秋粮收购进展顺利

青川县粮食局介绍，全县今年收购秋粮12.6万吨，设立收购点48个。
"""


def test_people_are_not_counted_by_the_things_where_they_were_met(tmp_path: Path) -> None:
    """"How many people carrying fireworks were turned back at the checkpoints?": 检查站285个
    counts the checkpoints (个 right after the thing it counts, no noun after it), not people;
    the people are the 4.1万人次 of the same sentence, though 检查站 stands nearer the 285."""
    engine = engine_with(tmp_path, {"flood.txt": FLOOD, "harvest.txt": HARVEST})
    info = with_english(analyse("How many people carrying fireworks were turned back at the checkpoints?"),
                        "count", "人", frozenset({"人", "名", "位", "个", "人次"}), english_only=True)
    words = {"人": 0.5, "携带": 0.5, "烟花": 1.0, "检查站": 1.0}
    text = FLOOD.splitlines()[-1]
    figure, _ = choose_figure(text, words, engine.index, info)
    assert figure is not None and figure.text == "4.1万人次", figure
    # the checkpoints themselves are still counted by it
    things = with_english(analyse("How many checkpoints were set up?"), "count", "检查站", frozenset({"个"}), english_only=True)
    figure, _ = choose_figure(text, {"检查站": 1.0, "设立": 0.5}, engine.index, things)
    assert figure is not None and figure.text == "285个", figure
