"""A count of a thing nothing was searched for ("how many *helicopters*"), whose best passage's
document writes none of the dictionary's words for it (直升机) and whose figure counts in no
measure word of theirs (1.7万件, 23年), gets nothing (:mod:`bot.answer.english.counted_unwritten`),
on small texts of its own."""

from __future__ import annotations

import pytest

from bot.answer.english.counted_unwritten import counted_head, fits_senses, head_senses
from bot.engine import Engine
from tests.conftest import engine_with

FIRE_SEASON = (
    "松岭县全力备战森林防火期\n\n"
    "本报讯 松岭县应急管理局通报，今年森林防火期间，全县共储备灭火物资1.7万件，"
    "组建专业扑火队伍38支，巡山护林员每天巡查山林约2100人次。\n\n"
    "县里还在各乡镇新建防火瞭望塔16座，铺设防火隔离带420公里。\n"
)

PLANES = (
    "松岭县全力备战森林防火期\n\n"
    "本报讯 松岭县应急管理局通报，今年森林防火期间，全县共租用灭火飞机3架，"
    "组建专业扑火队伍38支，巡山护林员每天巡查山林约2100人次。\n"
)

MILL = (
    "松岭碓坊旧事\n\n"
    "松岭村碓坊始建于清乾隆年间，创办人陶守谦早年贩米于溪边，创建碓坊后亲任坊主23年。\n"
)


def test_the_counted_head_ends_the_phrase_before_of_or_its_verb() -> None:
    """The last word of what "how many" counts, before "of" or the clause's verb; none for a
    capitalised name."""
    assert counted_head("How many firefighting helicopters did Songling lease?") == "helicopters"
    assert counted_head("How many millers worked at the Songling mill?") == "millers"
    assert counted_head("How many bamboo ribs go into one umbrella?") == "ribs"
    assert counted_head("How many cases of side effects were reported?") == "cases"
    assert counted_head("How many episodes of Friends were made?") == "episodes"
    assert counted_head("How many Beatles records were sold?") is None
    assert counted_head("What is the population of Songling?") is None


def test_a_figure_fits_the_senses_in_their_measure_words() -> None:
    """A count in a measure word the dictionary gives a sense (架 for 直升机), in the measure word
    of anything, in any of people for a person counted in one, or in any when none is given; no
    span of time, no bare number, no other measure word given none of the senses."""
    helicopter = head_senses("helicopters")
    assert "直升机" in helicopter
    assert fits_senses("架", helicopter) and fits_senses("个", helicopter)
    assert not fits_senses("件", helicopter) and not fits_senses("人次", helicopter)
    assert not fits_senses("年", head_senses("millers")) and not fits_senses("", head_senses("ribs"))
    assert fits_senses("起", ("纠纷",))  # no measure word given: 2.7万余起 may count disputes
    assert fits_senses("起", ("风波",))  # 场 given: occurrences are counted in 起 or 场 alike
    assert fits_senses("名", ("朋友",)) and not fits_senses("件", ("朋友",))  # 位 given: any measure of people


def test_a_measure_word_head_is_left_to_the_thing_before_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"How many electrode pad *sets*": "sets" is a measure word (副, 套), counting what is named
    before it -- no thing whose words the document must write."""
    text = "松岭县急救设备维护\n\n本报讯 县卫生健康局委托专业机构巡检，全年更换电极片1320副、电池215块。\n"
    engine = engine_with(tmp_path_factory.mktemp("counted_unwritten_sets"), {"aed.txt": text})
    answer = engine.ask("How many electrode pad sets were replaced during the year's maintenance in Songling?", count=False)
    assert answer.results and "1320" in answer.results[0].text, answer.results[:1]


@pytest.mark.parametrize("question", [
    "How many firefighting helicopters did Songling lease for the fire season?",
    "How many millers worked at the Songling mill in its busiest years?",
])
def test_a_count_of_a_thing_the_document_never_names_gets_nothing(
    tmp_path_factory: pytest.TempPathFactory, question: str
) -> None:
    engine = engine_with(tmp_path_factory.mktemp("counted_unwritten"), {"fire.txt": FIRE_SEASON, "mill.txt": MILL})
    answer = engine.ask(question, count=False)
    assert answer.text is None and not answer.results, (answer.text, answer.results[:1])


def test_a_count_in_a_measure_word_of_the_thing_still_answers(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The text names the aircraft otherwise (灭火飞机) but counts them in 架, a helicopter's
    measure word: the figure may count them, and is shown."""
    engine: Engine = engine_with(tmp_path_factory.mktemp("counted_unwritten_planes"), {"fire.txt": PLANES})
    answer = engine.ask("How many firefighting helicopters did Songling lease for the fire season?", count=False)
    assert answer.results and "3架" in answer.results[0].text, answer.results[:1]
