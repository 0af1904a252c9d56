"""A part asked of a set in English ("how many *of* the county's public bicycles *were damaged*")
is no count of the whole set (:mod:`bot.answer.english.partitive`), on a small text of its own."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.conftest import engine_with

BICYCLES = (
    "青溪县公共自行车\n\n"
    "本报讯 青溪县交通运输局通报，今年全县在城区和乡镇投放公共自行车1200辆，其中电动自行车300辆。\n\n"
    "县里在城区设立维修站6个，全年骑行总量达到86万人次。7月暴雨期间，部分自行车损坏，维修站及时修理。\n"
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with(tmp_path_factory.mktemp("partitive"), {"bicycles.txt": BICYCLES})


def test_the_set_and_its_predicate_are_read_apart() -> None:
    """The set is the plural noun phrase after "how many of" (with a capitalised place after it);
    the predicate is the rest; "how many of them" names no set."""
    from bot.answer.english.partitive import part_predicate

    assert part_predicate("How many of the meal points in Linxi also serve an evening meal?") == (
        ("the", "meal", "points", "in", "linxi"), ("also", "serve", "an", "evening", "meal"),
    )
    assert part_predicate("How many of Qingxi's public bicycles were damaged in the storm?") == (
        ("qingxi's", "public", "bicycles"), ("were", "damaged", "in", "the", "storm"),
    )
    assert part_predicate("How many of them were there?") is None
    assert part_predicate("How many public bicycles were damaged?") is None


def test_a_count_of_the_whole_set_is_no_answer_to_a_part(engine: Engine) -> None:
    """"How many of Qingxi's public bicycles were damaged in the storm?": 投放公共自行车1200辆 counts them
    all, its clause writing nothing of the damage (损坏, written elsewhere) -- nothing is shown."""
    answer = engine.ask("How many of Qingxi's public bicycles were damaged in the storm?", count=False)
    assert answer.text is None and not answer.results, (answer.text, answer.results[:1])


def test_a_part_written_with_qizhong_still_answers(engine: Engine) -> None:
    """"How many of Qingxi's public bicycles are electric?": 其中电动自行车300辆, the part."""
    answer = engine.ask("How many of Qingxi's public bicycles are electric?", count=False)
    assert answer.text is not None and answer.text.startswith("300"), answer.text
