"""English round eng75n (near-topic English negatives shown a passage): small invented texts, not
the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

WORKSHOP = """岚溪县荣昌灯笼作坊

荣昌灯笼作坊位于岚溪县老街，清同治年间由商人陈德远创办。1930年代年产各式灯笼约4万盏；1989年因订单减少而停产，厂房改作仓库。

作坊旧址现为县级文物保护单位。
"""

MILL = """岚溪县永丰油坊

永丰油坊位于岚溪县南门外，清道光年间创办。1958年油坊停产，当年仍榨桐油约8000斤。
"""


def test_a_figure_of_another_time_for_a_year_an_event_names_gets_nothing(tmp_path) -> None:
    """"How many lanterns did the Rongchang workshop make in the year it stopped production?": the
    year asked is the one 停产 dates (1989年), and 1930年代年产……4万盏 is the output of another
    decade -- the count asked is not given, so nothing is shown, where the passage was shown with
    4万盏 before eng75n."""
    engine = engine_with(tmp_path, {"workshop.txt": WORKSHOP})
    answer = engine.ask("How many lanterns did the Rongchang workshop make in the year it stopped production?", count=False)
    assert not answer.found, answer


def test_a_figure_dated_with_the_event_keeps_it(tmp_path) -> None:
    """"In the year it stopped production" answered by a sentence writing the event with its figure
    (1958年油坊停产，当年仍榨桐油约8000斤): the figure of that year."""
    engine = engine_with(tmp_path, {"mill.txt": MILL})
    answer = engine.ask("How many jin of tung oil did the Yongfeng mill press in the year it stopped production?", count=False)
    assert answer.figure is not None and answer.figure.text.startswith("8000"), answer
