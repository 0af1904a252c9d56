"""English round eng77n (near-topic English negatives shown a passage): small invented texts, not
the sets'."""
from __future__ import annotations

from bot.answer.english.asked_sorts import sort_unasked
from index.figures import Figure
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


AMBULANCES = """岚溪县院前急救

据县急救中心统计，今年全县院外心脏骤停患者在救护车到达前接受旁观者心肺复苏的比例为31.2%，比上年提高12.4个百分点。
"""

ECONOMY = """岚溪县经济

岚溪县制定实施发展新型农村集体经济三年行动计划，全县集体经济总收入达到4.6亿元以上。
"""


def test_how_long_answered_by_a_percentage_gets_nothing(tmp_path) -> None:
    """"How long did it take ambulances to reach a patient?": "how long" asks a span of time or a
    length, and 31.2% is a share -- the passage does not say how long (before eng77n: 31.2%)."""
    engine = engine_with(tmp_path, {"ambulances.txt": AMBULANCES})
    answer = engine.ask("How long did it take ambulances in Lanxi county to reach a patient after a cardiac arrest?", count=False)
    assert not answer.found, answer


def test_how_much_answered_by_a_span_of_time_gets_nothing(tmp_path) -> None:
    """"By how much did Lanxi's collective economy grow?": 三年 (of the action plan) is a span of time, which "how much" names no
    time to ask -- nothing, where 三年 was shown before eng77n."""
    engine = engine_with(tmp_path, {"economy.txt": ECONOMY})
    answer = engine.ask("By how much did Lanxi county's rural collective economy grow?", count=False)
    assert not answer.found, answer


def test_a_question_naming_time_or_a_share_keeps_the_figure() -> None:
    """"How much *time*" asks a span, which 三年 gives; "how long ... as a *percentage*" asks a
    share, which 31.2% gives; "how much" answered by money is no span at all."""
    span = Figure("三年", 0, 2, "count", 3.0, unit="年")
    share = Figure("31.2%", 0, 5, "percent", 31.2, unit="%")
    money = Figure("4.6亿元", 0, 6, "count", 4.6e8, unit="元")
    assert sort_unasked("By how much did the collective economy grow?", span)
    assert not sort_unasked("How much time does the action plan cover?", span)
    assert sort_unasked("How long did it take ambulances to arrive?", share)
    assert not sort_unasked("How long did it take, as a percentage of the target time?", share)
    assert not sort_unasked("By how much did the collective economy grow?", money)


def test_a_partitive_before_of_and_a_bare_noun_asks_no_persons() -> None:
    """"how many *pairs* of bullet trains": the pairs count trains (CC-CEDICT's "pair" of a married
    couple made them persons, and 18对 was refused); "members *of the* committee" stays persons."""
    from bot.answer.english.persons_asked import focus_head

    assert focus_head("How many pairs of bullet trains ran each day?") is None
    assert focus_head("How many members of the committee voted?") == "members"
    assert focus_head("How many bath attendants worked there?") == "attendants"
