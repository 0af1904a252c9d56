"""A scale phrase read whole (round eng85s): the scale of the figure, not a word to search, however
it is said ("how many *ten-thousand* tonnes", "in billion yuan"); the unit inside it the unit asked
("in units of ten thousand *taels*"); and a figure written with the scale's own word preferred
("in ten-thousand yuan": 8700万元 over 7.9亿元). Invented texts and figures only."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

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


def test_a_magnitude_alone_of_the_texts_scale_words_is_a_scale() -> None:
    """"in billion yuan" and "in millions" ask figures the texts write with 亿 and 万 (21.7亿元 is
    2.17 billion): the figure asked reaches 1e9 / 1e6; "in thousands" stays no scale, and a
    magnitude counting things ("in millions of homes") none."""
    from bot.answer.english.scale_asides import asked_scale

    assert asked_scale("How much did orange sales bring in for the county, in billion yuan?") == 1e9
    assert asked_scale("How many visitors came to the fair, in millions?") == 1e6
    assert asked_scale("How many visitors came to the fair, in thousands?") is None
    assert asked_scale("How many meters were installed in millions of homes?") is None


def test_units_of_a_worded_power_is_the_whole_scale() -> None:
    """"in units of 100 million yuan" asks 亿元 (1e8), not a scale of 100 and a "million" left
    to search (万亿)."""
    from bot.answer.english.scale_asides import asked_scale, without_scale

    asked = "How much childcare funding, in units of 100 million yuan, did the county allocate?"
    assert asked_scale(asked) == 1e8
    assert "million" not in without_scale(asked) and "yuan" in without_scale(asked)


def test_the_unit_inside_in_units_of_is_the_unit_asked() -> None:
    """"in units of ten thousand taels" names 两 (money) as "in ten-thousand taels" does; "in
    units of 10,000 tonnes" a mass -- not "units of" read as the unit."""
    from bot.answer.english.figures import asked_in_unit
    from index.english import EnglishUnit

    taels = [EnglishUnit("taels", (("两", 1.0),), 1.0), EnglishUnit("silver", (("白银", 1.0),), 1.0)]
    assert asked_in_unit("How much silver, in units of ten thousand taels, did he raise?", taels) == "money"
    assert asked_in_unit("How much silver, in ten-thousand taels, did he raise?", taels) == "money"
    tonnes = [EnglishUnit("tonnes", (), 0.0)]
    assert asked_in_unit("How much sewage is treated each day, in units of 10,000 tonnes?", tonnes) == "mass"


def _candidate(score: float, text: str, value: float) -> SimpleNamespace:
    from index.figures import Figure

    return SimpleNamespace(score=score, figure=Figure(text, 0, len(text), "count", value, "元"))


def test_a_figure_written_with_the_scale_word_comes_first() -> None:
    """"in ten-thousand yuan": among close candidates, the one whose figure is written with 万
    (8700万元) comes before one written with 亿 (7.9亿元), though both reach 10,000; one written
    with 万 already first, or one too far below, stays where it is."""
    from bot.answer.english.scales import scale_first

    query = SimpleNamespace(question="How much came from the county's own budget, in ten-thousand yuan?",
                            info=SimpleNamespace(kind="count"))
    total, own = _candidate(24.3, "7.9亿元", 7.9e8), _candidate(23.4, "8700万元", 8.7e7)
    assert scale_first(query, (total, own))[0] is own
    assert scale_first(query, (own, total))[0] is own
    far = _candidate(18.0, "8700万元", 8.7e7)
    assert scale_first(query, (total, far))[0] is total
