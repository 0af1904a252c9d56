"""English round eng77n (near-topic English negatives shown a passage): small invented texts, not
the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

BATHHOUSE = """岚溪县清泉浴堂

清泉浴堂位于岚溪县老街，清光绪年间由商人周德明创办。民国时期，浴堂改由县商会经营，浴资涨至铜元3枚。1958年，清泉浴堂收归国营，改称“岚溪县第一浴室”。
"""

DOCKYARD = """岚溪县船厂

岚溪县船厂始建于1952年。去年，船厂为县航运公司建造货船12艘，为渔业合作社建造渔船40艘。
"""


def test_a_count_of_persons_answered_by_coins_gets_nothing(tmp_path) -> None:
    """"How many bath attendants worked at the Qingquan bathhouse?": attendants are persons, and
    铜元3枚 counts coins, naming no attendant after it -- the passage does not say how many worked
    there, so nothing is shown (before eng77n: 3枚)."""
    engine = engine_with(tmp_path, {"bathhouse.txt": BATHHOUSE})
    answer = engine.ask("How many bath attendants worked at the Qingquan bathhouse when it was taken over by the state?", count=False)
    assert not answer.found, answer


def test_a_count_of_things_named_after_the_figure_keeps_it(tmp_path) -> None:
    """"How many cargo ships ...": 12艘 counts the ships written right after it (货船), whatever
    persons the dictionary also reads in "carriers" or "ships"."""
    engine = engine_with(tmp_path, {"dockyard.txt": DOCKYARD})
    answer = engine.ask("How many cargo ships did the Lanxi shipyard build for the county shipping company last year?", count=False)
    assert answer.figure is not None and answer.figure.text.startswith("12"), answer
