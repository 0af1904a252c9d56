"""A scale said where the count is asked ("how many *ten-thousand* tonnes of grain", "how many
*hundred million* yuan", "how many (*ten-thousands*)?") is the scale of the figure, not a word to
search (bot/answer/english/scale_asides.py: the segmentation piece 项万 for "ten thousand")."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

GRAIN = (
    "柳溪县2023年粮食生产情况\n\n"
    "本报讯 柳溪县农业农村局通报，2023年全县粮食总产量达到12.6万吨，比上年增加0.8万吨。\n\n"
    "全县完成项目建设投资3.4亿元，新建高标准农田5.2万亩。\n\n"
    "青禾村种粮大户王海说，今年自家收了86吨稻谷。\n"
)


def test_scale_before_the_counted_unit_is_read_as_the_scale() -> None:
    """"how many ten-thousand tonnes" asks 万吨 as "in ten-thousand tonnes" does; "how many
    hundred million yuan" asks 亿元; a worded plural scale alone in brackets asks it as "(10,000s)"
    does. "how many thousand tonnes" (no scale word of its own in Chinese) and a hyphened number
    ("10,000-strong") are no scale."""
    from bot.answer.english.scale_asides import asked_scale, without_scale

    asked = "How many ten-thousand tonnes of grain did Liuxi county harvest in 2023?"
    assert asked_scale(asked) == 1e4
    assert "thousand" not in without_scale(asked) and "tonnes of grain" in without_scale(asked)
    assert asked_scale("The county's project investment came to how many hundred million yuan?") == 1e8
    assert asked_scale("New farmland built in the county, how many (ten-thousands)?") == 1e4
    assert asked_scale("How many tens of thousands of people came?") == 1e4
    assert asked_scale("How many thousand tonnes of grain?") is None
    assert asked_scale("How many 10,000-strong teams were sent?") is None


def test_scale_before_the_counted_unit_searches_no_scale_word(tmp_path: Path) -> None:
    """"How many ten-thousand tonnes of grain ...": no unit "ten thousand" searched (项万 or 万),
    the scale read (10,000) and the figure written with it answered (12.6万吨)."""
    from bot.answer.query import read_question

    engine = engine_with(tmp_path, {"grain.txt": GRAIN})
    question = "How many ten-thousand tonnes of grain did Liuxi county harvest in 2023?"
    query = read_question(engine.index, question)
    assert not any("thousand" in t.english for t in query.translations)
    assert query.info.scale == 1e4
    answer = engine.ask(question, count=False)
    assert answer.text is not None and answer.text.startswith("12.6")
