"""English round eng41p (fresh40 studied, passages): small invented texts, not the set's."""
from __future__ import annotations

from pathlib import Path

from bot.answer import consider
from tests.conftest import engine_with


def test_a_plural_power_alone_in_brackets_is_the_scale_asked() -> None:
    """"how many ponds were dug (10,000s)?" asks the answer in 万, as "(in 10,000s)" does: no
    number 10,000 to find (a number no document writes makes the question absent)."""
    from bot.answer.english_figures import asked_scale, without_scale

    assert asked_scale("How many ponds did the villages dig (10,000s)?") == 10_000
    assert "10,000" not in without_scale("How many ponds did the villages dig (10,000s)?")
    assert asked_scale("How many ponds did the villages dig (1000s)?") == 1000
    # a number in brackets that is no plural power stays a number
    assert asked_scale("How many ponds (10,000 of them planned) were dug?") is None
    assert "10,000" in without_scale("Which villages dug ponds (10,000 in all)?")


PONDS = """青溪水利通报

本报讯 2024年，青溪县共新挖山塘1.6万口，整修渠道320公里，受益农户4.2万户。

全县水利投资7.8亿元，其中省级补助2.1亿元。
"""


def test_a_question_asking_its_scale_in_brackets_is_answered(tmp_path: Path) -> None:
    """"How many households benefited in Qingxi (10,000s)?": no 10,000 the documents lack, so not
    declined as about a number no text writes; the 4.2万户 is found."""
    engine = engine_with(tmp_path, {"ponds.txt": PONDS})
    answer = consider(engine.index, "How many households benefited in Qingxi (10,000s)?").answer
    assert answer.results and "4.2万户" in answer.results[0].text, answer
