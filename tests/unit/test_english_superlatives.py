"""A superlative asked in English ("which port has *the most* fishing boats") of a passage that
ranks nothing (:mod:`bot.answer.english.superlatives`), on a small text of its own."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.conftest import engine_with

ISLANDS = (
    "临溪县海岛\n\n"
    "临溪县地处东海之滨，全县共有海岛46个，港口3座，渔船1200艘。\n\n"
    "全县5个乡镇中，东港镇的海岛数量最多，有19个。\n"
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with(tmp_path_factory.mktemp("superlatives"), {"islands.txt": ISLANDS})


def test_superlatives_are_read_as_english_forms_them() -> None:
    """After a determiner or an owner: "most" before a word (not "most of"), "best", a word in -est
    whose comparative or base the dictionary's English uses -- not a noun in -est."""
    from bot.answer.english.superlatives import superlative_asked

    assert superlative_asked("Which country has the most islands in the world?")
    assert superlative_asked("Which planet has the biggest ring system?")
    assert superlative_asked("Which county completed the fewest public toilets?")
    assert superlative_asked("Which team had the best results of the season?")
    assert not superlative_asked("What is the best way to cook rice?")  # advice asks how, not which
    assert not superlative_asked("Which company manufactured most of the lifts?")
    assert not superlative_asked("At least how many topics were studied?")
    assert not superlative_asked("Which forest lies beside the harvest fields?")
    assert not superlative_asked("What is the interest rate?")


def test_a_passage_ranking_nothing_answers_no_superlative(engine: Engine) -> None:
    """"Which port has the most fishing boats?": 港口3座，渔船1200艘 counts both but ranks no port
    -- nothing is shown."""
    answer = engine.ask("Which port has the most fishing boats?", count=False)
    assert not answer.results, answer.results[:1]


def test_a_passage_that_ranks_answers_it(engine: Engine) -> None:
    """"Which town has the most islands?": 东港镇的海岛数量最多 ranks the towns."""
    answer = engine.ask("Which town has the most islands?", count=False)
    assert answer.results and "最多" in answer.results[0].text
