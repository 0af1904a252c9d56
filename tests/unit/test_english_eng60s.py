"""English round eng60s (the show/decline decision of English questions): small invented texts,
not the sets'."""
from __future__ import annotations

import dataclasses

from bot.answer.english.how_much import asks_amount
from bot.answer.figure.candidates import candidate_figures
from bot.question import analyse, with_english

from tests.conftest import engine_with

FLOOD_WORKS = """西陵县山洪预警工程建成

本报讯 西陵县山洪灾害预警工程日前全面建成。

这项工程于前年9月12日正式启动，总投资2.4亿元，其中中央补助资金9600万元，省级配套资金3700万元，其余由县财政承担。项目分三期实施，一期工程于去年5月底完工。

工程在全县新建自动雨量站和水位站142个，安装村级预警广播960套，覆盖12个乡镇。
"""

RETENTION = """东渠区滞洪池

东渠区新辟一座滞洪池，面积约11公顷，蓄洪容量约74万立方米，平时作为生态公园开放。沿线另新建抽水站4座，合计抽水能力每秒38立方米。
"""


def test_how_much_asks_an_amount_only_in_a_wholly_english_question() -> None:
    assert asks_amount("How much water can the pond store?")
    assert asks_amount("how much did the province put into the project")
    assert not asks_amount("How many pumping stations were built?")
    assert not asks_amount("滞洪池 how much water")  # mixed: not the English reading's alone


def test_a_how_much_question_chooses_no_count_of_things_nor_a_date() -> None:
    """"How much water can the pond store": of 蓄洪容量约74万立方米 … 抽水站4座, the count of pumping
    stations is no candidate (it is refused when chosen: the question got nothing)."""
    text = RETENTION.splitlines()[-1]
    info = with_english(analyse("How much water can the pond store?"), "count", None, english_only=True)
    amount = dataclasses.replace(info, amount=True)
    chosen = {f.text for f in candidate_figures(text, amount)}
    assert "4座" not in chosen and "74万立方米" in chosen, chosen
    assert "4座" in {f.text for f in candidate_figures(text, info)}  # a "how many" may count them


def test_how_much_the_province_put_in_is_the_sum_not_the_phases(tmp_path) -> None:
    """A passage giving 省级配套资金3700万元 and 项目分三期实施: "how much did the provincial
    government put into ..." is answered with the sum, not refused for the count of phases."""
    engine = engine_with(tmp_path, {"flood.txt": FLOOD_WORKS, "pond.txt": RETENTION})
    answer = engine.ask("How much did the provincial government put into the Xiling flood warning project?", count=False)
    assert answer.results, answer
    assert answer.text == "3700万元", answer.text


TEACHERS = """松岚县乡村学校建设

松岚县教育局日前通报全县乡村学校建设情况。

教师队伍同步得到充实。全县乡村学校在岗教师由126名增加到173名，配发教学平板电脑1730台，全年送教下乡280次。

县里还新建学生食堂9座，学生近视率控制在30%以内。
"""


def test_a_level_a_change_reached_is_what_is_now() -> None:
    """由126名增加到173名 in a report: 173名 is where it stands now -- not a change a year dates."""
    from bot.answer.english.rates import PRESENT_WRITTEN

    assert PRESENT_WRITTEN.search("全县乡村学校在岗教师由126名增加到173名")
    assert PRESENT_WRITTEN.search("常备药物由平均60种增加到150种")
    assert not PRESENT_WRITTEN.search("由1998年的36架增加到48架")  # dated: what was then


def test_a_question_asking_what_is_now_is_answered_by_a_change_s_level(tmp_path) -> None:
    """"How many teachers are now on duty in the county's village schools": the passage writes 在岗教师由126名增加到173名
    and no word of the present (目前, 现在); the question was refused as asking what the text
    does not say is of the present -- it got nothing."""
    engine = engine_with(tmp_path, {"schools.txt": TEACHERS, "pond.txt": RETENTION})
    answer = engine.ask("How many teachers are now on duty in the county's village schools?", count=False)
    assert answer.results and "由126名增加到173名" in answer.results[0].text, answer


WORKSHOP = """松岚县织布坊

织布坊清末为鼎盛时期，共有织机86张，年织布约3.6万匹，产品远销沿江各埠。1952年织布坊实行公私合营，1990年停产。
"""


def test_the_period_s_character_before_the_question_s_deed_writes_an_amount_per_period() -> None:
    """年织布约3.6万匹: a year's weaving (每年织布), as 年产 is -- not 1952年织布坊 (a date)."""
    from bot.answer.english.rates import deed_per_period

    text = WORKSHOP.splitlines()[-1]
    assert deed_per_period(text, "year", ["织", "织布", "布"])
    assert not deed_per_period("1952年织布坊实行公私合营", "year", ["织", "织布"])
    assert not deed_per_period("去年织布3.6万匹", "year", ["织布"])
    assert not deed_per_period(text, "year", ["年间"])  # a time itself says no rate
    assert not deed_per_period(text, "day", ["织布"])


def test_a_count_a_year_written_with_the_year_before_its_deed_is_answered(tmp_path) -> None:
    """"How many bolts of cloth a year did the workshop weave": the passage writes 年织布约3.6万匹,
    no 每年 nor 年产; the question was refused as asking a rate the text does not give."""
    engine = engine_with(tmp_path, {"weaving.txt": WORKSHOP, "pond.txt": RETENTION})
    answer = engine.ask("How many bolts of cloth a year did the weaving workshop weave at its peak?", count=False)
    assert answer.results and "年织布约3.6万匹" in answer.results[0].text, answer
