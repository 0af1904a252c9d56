"""An amount asked *today* is of the present when the text says what is extant (现存, 尚存):
"how many ... survive today" is answered by 现存石碑共9通 (bot/answer/english/rates.rate_not_given)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with


def test_what_survives_today_is_of_the_present(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"temple.txt": (
        "白石寺\n\n白石寺始建於唐代，清代曾兩次重修，寺內原有石碑二十餘通。"
        "民國年間寺院遭兵火損毀，現存石碑共9通，其中唐碑2通。\n"
    )})
    answer = engine.ask("How many stone tablets survive at Baishi Temple today?")
    assert answer.results and answer.text is not None and answer.text.startswith("9")
