"""A wholly English count question the English gates would refuse for the figure the model
chose, whose best passage holds another count of the asked thing in a measure word it takes or
in the unit the question names, in a sentence holding most of the question's other words and
its year: shown as possibly related, with that count (:mod:`bot.answer.english.refusal_answered`),
on small texts of its own."""

from __future__ import annotations

import pytest

from bot.answer.english.refusal_answered import _named_as_unit
from tests.conftest import engine_with

BREWERY = (
    "松岭酱坊旧事\n\n"
    "松岭酱坊始建于清道光八年，坊主陶守谦定下“三年学艺、一年帮工”之规。"
    "晒酱场东西长约16丈，院中原排列酱缸420口，今存清代原缸137口，最大者口径3尺。\n\n"
    "道光年间酱坊渐盛，年出酱约3.5万斤，行销邻近各县。"
    "据坊中账册记载，咸丰二年（1852年）酱坊扩建西院，雇工增至约60名，是年盈余约2.3万两，为开坊以来最高。\n"
)
BRIDGE = (
    "青溪石桥重修记\n\n"
    "青溪石桥始建于明代，重修时耗银2300两，桥面宽约2丈。\n"
)


def test_the_unit_asked_is_the_one_named_after_in_or_how_many() -> None:
    assert _named_as_unit("How large was the profit in 1852, in ten thousand taels?", "taels")
    assert _named_as_unit("How many zhang long was the hall?", "zhang")
    assert not _named_as_unit("How much silver did the taels buy?", "taels")


def test_an_amount_in_the_unit_asked_is_shown(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"How large ..., in ten thousand taels": the model reads an area and finds no figure, but
    是年盈余约2.3万两 is written in taels (两), in the sentence of 1852 and the profit."""
    engine = engine_with(tmp_path_factory.mktemp("refusal_answered"), {"brewery.txt": BREWERY, "bridge.txt": BRIDGE})
    answer = engine.ask("How large was the Songling brewery's profit in 1852, in ten thousand taels?", count=False)
    assert answer.results and "2.3万两" in answer.results[0].text, answer.results[:1]
    assert answer.text is not None and "2.3" in answer.text, answer.text


def test_an_amount_per_year_written_before_its_verb_is_shown(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"each year": 年出酱约3.5万斤 writes the year before the deed (出), no 每年 nor 年均."""
    engine = engine_with(tmp_path_factory.mktemp("refusal_per_year"), {"brewery.txt": BREWERY, "bridge.txt": BRIDGE})
    answer = engine.ask(
        "In the Daoguang years, how much sauce did the Songling brewery turn out each year, in ten thousand jin?",
        count=False,
    )
    assert answer.results and "3.5万斤" in answer.results[0].text, answer.results[:1]
    assert answer.text is not None and "3.5" in answer.text, answer.text


def test_a_count_of_a_thing_no_sentence_writes_still_gets_nothing(tmp_path_factory: pytest.TempPathFactory) -> None:
    """No sentence counts the stone lions of the bridge: nothing to show, whatever it writes of it."""
    engine = engine_with(tmp_path_factory.mktemp("refusal_lions"), {"brewery.txt": BREWERY, "bridge.txt": BRIDGE})
    answer = engine.ask("How many stone lions guard the Qingxi bridge?", count=False)
    assert answer.text is None and not answer.results, (answer.text, answer.results[:1])
