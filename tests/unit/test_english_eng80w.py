"""English round eng80w (figure questions whose right passage ranks second or third): small
invented texts, not the sets'."""
from __future__ import annotations

from bot.question import analyse

from tests.conftest import engine_with

WELLS = """柘溪县农村饮水工程建设满一年

本报讯 12月20日，柘溪县水利局通报，全县农村饮水安全提升工程实施满一年，受益群众4.1万人。

一年来，各乡镇新建净水站6座，改造供水管网138公里，水质检测合格率由82%提高到99%。

按照计划，到2028年，柘溪县将在全县新建净水站9座，县域农村自来水普及率提高到99%以上，年供水能力达到1200万吨。
"""

PIPES = """柘溪县农村供水管网延伸工程投用

本报讯 12月20日，柘溪县水利局通报，全县农村供水管网延伸工程投用满一年，已铺设管网138公里，覆盖46个行政村，受益群众4.1万人。

管网投用后，水质检测合格率由82%提高到99%，每个行政村配备专职管护员1名。

按照计划，到2028年，柘溪县将再铺设供水管网90公里，使县域供水管网覆盖的行政村达到80个，实现农村供水城乡同网。
"""


def test_this_year_with_a_past_tense_asks_what_was_done() -> None:
    """"How many water plants *were* built this year": this year is a plan only while it is ahead
    -- the past tense asks what was done, and the plan's 新建净水站9座 is no answer to it."""
    assert analyse("How many water purification stations were newly built in the county this year?").plan is False
    assert analyse("How many water purification stations did the county build this year?").plan is False
    assert analyse("How many water purification stations will the county build this year?").plan is True
    assert analyse("How many stations should the county have once this year's new ones are built?").plan is True


def test_a_plan_gives_way_to_what_was_built_this_year(tmp_path) -> None:
    engine = engine_with(tmp_path, {"water.txt": WELLS})
    answer = engine.ask("How many water purification stations were newly built in the county this year?", count=False)
    assert answer.results and "新建净水站6座" in answer.results[0].text, answer.results[:1]


def test_the_simple_present_asks_what_is() -> None:
    """"How many villages *do* the pipes reach": the simple present asks what holds now, as 现在
    does -- not the plan's 80个 (使…覆盖的行政村达到80个), though its clause holds more of the words."""
    from bot.answer.english.done_asked import done_asked

    assert done_asked("How many administrative villages do the county's water pipes reach?")
    assert not done_asked("How many villages does the county plan to reach?")  # a plan named


def test_a_plan_gives_way_to_what_the_pipes_reach_now(tmp_path) -> None:
    engine = engine_with(tmp_path, {"pipes.txt": PIPES})
    answer = engine.ask("How many administrative villages do the county's water supply pipes reach?", count=False)
    assert answer.results and "覆盖46个行政村" in answer.results[0].text, answer.results[:1]


LIBRARY = """澄川市图书馆新馆开馆

本报讯 9月28日，澄川市图书馆新馆正式开放。新馆总建筑面积3.2万平方米，藏书120万册。

开馆首日，新馆共接待读者1.2万人次，少儿阅读区和报告厅座无虚席。

据介绍，新馆预计每年接待90万人次。
"""


def test_a_plan_asked_puts_the_plan_first(tmp_path) -> None:
    """"How many readers a year is the library *expected* to draw": the plan's 新馆预计每年接待90万人次
    answers, not the opening day's 共接待读者1.2万人次 (by more of the question's words)."""
    engine = engine_with(tmp_path, {"library.txt": LIBRARY})
    answer = engine.ask("How many readers a year is the new library expected to draw?", count=False)
    assert answer.results and "90万人次" in answer.results[0].text, answer.results[:1]
