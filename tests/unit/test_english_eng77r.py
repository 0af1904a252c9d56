"""English round eng77r (answerable English questions given nothing though every word is
understood): small invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

BIOGAS = """梧川县农村沼气站运行满两年

本报讯 3月4日，梧川县农业农村局发布通报，全县农村沼气站建设运行满两年，已建成沼气站74座，覆盖6个乡镇、153个行政村，全年累计处理秸秆1.2万吨，产出沼肥约3100吨。

根据计划，明年全县将新建沼气站20座，实现191个行政村全覆盖。
"""

MILL = """梧川县老油坊

老油坊始建于清代，1936年有榨油工匠28人，年榨菜籽油约9万斤。
"""


def test_a_count_of_the_very_thing_asked_answers_now_in_an_undated_sentence(tmp_path) -> None:
    """"How many administrative villages do the county's biogas stations now serve": 覆盖……153个
    行政村 counts the villages themselves, in a sentence no year dates -- shown (possibly related),
    not refused for writing no word of the present (目前, 现在)."""
    engine = engine_with(tmp_path, {"biogas.txt": BIOGAS, "mill.txt": MILL})
    answer = engine.ask("How many administrative villages do the county's biogas stations now serve?", count=False)
    assert answer.results, answer
    assert answer.text == "153个", answer.text


def test_a_count_of_people_another_year_dates_is_still_no_answer_for_now(tmp_path) -> None:
    """"How many craftsmen work at the oil mill now": 1936年有榨油工匠28人 is dated by its year -- nothing."""
    engine = engine_with(tmp_path, {"biogas.txt": BIOGAS, "mill.txt": MILL})
    answer = engine.ask("How many craftsmen work at the Wuchuan oil mill now?", count=False)
    assert answer.text != "28人", answer


GRANARY = """梧川义仓

梧川义仓始建于清代道光年间，为县中士绅集资所建。仓中最多时存谷约3600石，荒年开仓平粜，每日可出米约150石。
"""

MOTTO = """梧川县学校训

梧川县学立有“勤学、修身、济世、报国”8字校训，刻于明伦堂前石碑之上，碑高2.1米。
"""


def test_a_bare_number_written_in_the_unit_the_question_asks_in_answers(tmp_path) -> None:
    """"How much rice could the granary give out per day, in dan?": 每日可出米约150石 -- 150 read as a
    bare number (石 is also a stone), right before 石, which "dan" was searched as: not refused."""
    engine = engine_with(tmp_path, {"granary.txt": GRANARY, "motto.txt": MOTTO})
    answer = engine.ask("How much rice could the Wuchuan granary give out per day, in dan?", count=False)
    assert answer.results, answer
    assert answer.text is not None and answer.text.startswith("150"), answer.text


def test_a_unit_stated_as_an_aside_between_commas_is_the_unit_counted_in(tmp_path) -> None:
    """"How long, in characters, is the school's motto": 8字校训 -- a count of characters (字), as
    ", in characters?" closing the question asks, not a length (碑高2.1米)."""
    engine = engine_with(tmp_path, {"granary.txt": GRANARY, "motto.txt": MOTTO})
    answer = engine.ask("How long, in characters, is the motto of the Wuchuan county school?", count=False)
    assert answer.text == "8字", answer.text
