"""English round eng60v (questions vetoed as naming something absent): small invented texts."""
from __future__ import annotations

from pathlib import Path

from bot.answer import answer_question
from bot.answer.query import read_question

from tests.conftest import engine_with

CLINICS = """泰川县村卫生室建设满一年

本报讯 泰川县卫生健康局日前通报，全县一年来新建改建村卫生室57所，配备诊疗设备640台。

泰川县今年累计投入资金0.82亿元，村医由215名增加到240名。
"""

ISLAND = """海岛渔村见闻

岛上居民以捕鱼为生，岛上共有渔船312艘，岛上的小学有学生86名。
"""


def _translated(engine, question: str) -> dict[str, str]:
    return {t.english: t.term for t in read_question(engine.index, question).translations}


def test_a_pinyin_name_written_whole_beats_a_term_that_only_sounds_like_it(tmp_path: Path) -> None:
    """"Taichuan" spells 泰川 exactly (cut 泰 + 川 by the segmenter, written whole in the report),
    and sounds like 岛上 (dǎo shàng, "ch" read as an English "c") -- a term of another document:
    the name is the one the documents write in its pinyin."""
    engine = engine_with(tmp_path, {"clinics.txt": CLINICS, "island.txt": ISLAND})
    for question in (
        "What is the total investment in Taichuan county, in 100 million yuan?",
        "How many village doctors are there in Taichuan county now?",
    ):
        assert _translated(engine, question)["taichuan"] == "泰川", question


ACADEMY = """澄江书院

澄江书院位于县城西门外，始建于清乾隆十二年（1747年）。首任山长陆敬亭（1702年—1779年），在院主讲18年，门下弟子逾300人。

道光年间书院扩建，新增斋舍24间，藏书达1.2万卷。
"""


def test_a_name_that_starts_the_question_is_read_whole_with_its_given_name(tmp_path: Path) -> None:
    """"*Lu* Jingting, the academy's first head, ...": where the question starts, "Lu" is capitalised
    as any first word is (and the dictionary knows it, from its surnames) -- with the capitalised
    "Jingting" after it, it is the name's first syllable (陆敬亭, cut 陆 + 敬亭), as mid-sentence."""
    engine = engine_with(tmp_path, {"academy.txt": ACADEMY})
    question = "Lu Jingting, the academy's first head, taught more than how many disciples?"
    assert _translated(engine, question).get("lu jingting") == "陆敬亭"
    answer = answer_question(engine.index, question)
    assert answer.figure is not None and answer.figure.text == "300人", answer


NURSERY = """澜屿市托育服务发展通报

截至2024年底，澜屿市共有托育机构86家，提供托位5200个，每千人口拥有3岁以下婴幼儿托位数3.4个。

澜屿市计划到2027年底每千人口托位数达到4.5个。
"""

SKI = """岚峰滑雪场雪季总结

岚峰滑雪场2018年12月1日开板，2019年3月10日闭板，本雪季共接待滑雪者13.6万人次，比上一雪季增长18%。
"""


def test_a_number_with_a_thousands_separator_is_written_in_a_numeral(tmp_path: Path) -> None:
    """"per 1,000 residents" (cut 1 and 000) is the thousand of 每千人口: no number the documents lack."""
    engine = engine_with(tmp_path, {"nursery.txt": NURSERY, "ski.txt": SKI})
    question = "How many nursery places per 1,000 residents did Lanyu have at the end of 2024?"
    assert not read_question(engine.index, question).absent
    answer = answer_question(engine.index, question)
    assert answer.results and "每千人口" in answer.results[0].text, answer


def test_the_second_year_of_a_span_written_short_is_the_year_after_the_first(tmp_path: Path) -> None:
    """"the 2018-19 season": 19 is 2019, which the report writes (2019年3月10日闭板) -- not a
    number no document writes; a span whose second year no document writes still names one."""
    engine = engine_with(tmp_path, {"nursery.txt": NURSERY, "ski.txt": SKI})
    question = "How many skier visits did the Lanfeng ski resort have in the 2018-19 season?"
    assert not read_question(engine.index, question).absent
    answer = answer_question(engine.index, question)
    assert answer.figure is not None and answer.figure.text == "13.6万人次", answer
    assert read_question(engine.index, "How many skier visits did the Lanfeng ski resort have in the 2016-17 season?").absent


SHEDS = """鹭川考棚

鹭川考棚位于府城东隅，是清代鹭川府举行童试的考场。嘉庆三年（1798年）初建时设号舍360间，道光年间增至900间。每逢考试，鹭川考棚的考场内考生多达两千人。

考棚坐北朝南，大门外立有石碑两通。
"""

ESTATES = """老旧小区改造

今年全市改造老旧小区46个，小区加装电梯120部，惠及居民1.8万户。
"""


def test_the_head_of_a_compound_whose_modifier_is_at_home_is_no_topic_elsewhere(tmp_path: Path) -> None:
    """"exam *cells*": "cells" is translated 小区 (housing estates, another document's word), but
    "exam" (考试, 考场) is surely understood beside the sheds' name, right before it -- the head
    names what of the exam hall is asked, not another topic; the question is not vetoed."""
    engine = engine_with(tmp_path, {"sheds.txt": SHEDS, "estates.txt": ESTATES})
    question = "How many exam cells were there at the Luchuan sheds under Daoguang?"
    assert _translated(engine, question)["cells"] == "小区"
    assert not read_question(engine.index, question).absent
    answer = answer_question(engine.index, question)
    assert answer.results and "号舍" in answer.results[0].text, answer
