"""English round eng67n (English negatives shown a passage): small invented texts, not the sets'."""
from __future__ import annotations

from bot.answer.english.advice import advice_frame
from tests.conftest import engine_with

TEA = """柘川茶叶保鲜

柘川县茶农总结出茶叶保鲜的好办法：新茶采摘后摊晾两小时，装入锡罐，放进冷库，可保存一年。全县现有冷库36座。
"""

KILN = """柘川古窑

柘川古窑始烧于宋代，窑工的做法代代相传，现存窑址12处。
"""


def test_an_advice_question_about_nothing_the_documents_write_gets_nothing(tmp_path) -> None:
    """"What is the best way to keep basil fresh in the fridge?": "best" and "way" are the frame of
    an advice question, translated into words every text writes (好, 办法, 做法), and found a passage
    by them alone; basil and fridge have no term any document writes. An advice question whose
    subject is understood (tea: 茶叶) is still read and shown."""
    engine = engine_with(tmp_path, {"tea.txt": TEA, "kiln.txt": KILN})
    answer = engine.ask("What is the best way to keep basil fresh in the fridge?", count=False)
    assert not answer.results, answer
    answer = engine.ask("What's the best way to get rid of hiccups quickly?", count=False)
    assert not answer.results, answer
    answer = engine.ask("What is the best way to keep tea fresh?", count=False)
    assert answer.results and "锡罐" in answer.results[0].text, answer


def test_the_advice_frame_is_an_evaluative_adjective_and_a_noun_of_manner() -> None:
    assert advice_frame("What's the best way to learn touch typing?") == frozenset({"best", "way"})
    assert advice_frame("What is a good recipe for mapo tofu?") == frozenset({"good"})
    assert advice_frame("What is the best-selling tea of Zhechuan?") is None  # a thing, no advice
    assert advice_frame("What was the best result of the team?") is None
    assert advice_frame("How many kilns are there?") is None


FISHERY = """柘川县渔业

柘川县近年为渔船加装安全设备，海上事故明显减少。今年全县渔业总产值12.5亿元，同比增长4.1%，渔民人均可支配收入约4.8万元。
"""


def test_the_price_of_one_thing_is_not_a_sector_s_total(tmp_path) -> None:
    """"What does a radio for one of Zhechuan's fishing boats cost?": the passage gives 渔业总产值12.5亿元,
    a whole sector's total, and a per-person income (人均, read as pricing); no sum prices one radio,
    so nothing is shown -- not the total as the radio's price."""
    engine = engine_with(tmp_path, {"fishery.txt": FISHERY, "tea.txt": TEA})
    answer = engine.ask("What does a safety radio for one of Zhechuan county's fishing boats cost?", count=False)
    assert answer.figure is None or answer.figure.text != "12.5亿元", answer
    assert not answer.results, answer


DRONES = """柘川县植保无人机

柘川县推广植保无人机喷洒农药，全县现有植保无人机320架，每亩作业成本由15元降到6元。
"""


def test_the_price_of_one_thing_is_not_a_cost_per_mu(tmp_path) -> None:
    """"What does a single crop-spraying drone cost to buy?": 每亩作业成本由15元降到6元 is a cost per
    mu of land (a rate per a unit of measure), no drone's price; a question asking per mu gets it."""
    engine = engine_with(tmp_path, {"drones.txt": DRONES, "tea.txt": TEA})
    answer = engine.ask("What does a single crop-spraying drone cost to buy in Zhechuan county?", count=False)
    assert answer.figure is None or answer.figure.text != "6元", answer
    assert not answer.results, answer
    answer = engine.ask("What does drone spraying cost per mu in Zhechuan county?", count=False)
    assert answer.figure is not None and answer.figure.text == "6元", answer
