"""English round eng41p (fresh40 studied, passages): small invented texts, not the set's."""
from __future__ import annotations

from pathlib import Path

from bot.answer import consider
from tests.conftest import engine_with


def test_a_plural_power_alone_in_brackets_is_the_scale_asked() -> None:
    """"how many ponds were dug (10,000s)?" asks the answer in 万, as "(in 10,000s)" does: no
    number 10,000 to find (a number no document writes makes the question absent)."""
    from bot.answer.english.scale_asides import asked_scale, without_scale

    assert asked_scale("How many ponds did the villages dig (10,000s)?") == 10_000
    assert "10,000" not in without_scale("How many ponds did the villages dig (10,000s)?")
    assert asked_scale("How many ponds did the villages dig (1000s)?") == 1000
    # a number in brackets that is no plural power stays a number
    assert asked_scale("How many ponds (10,000 of them planned) were dug?") is None
    assert "10,000" in without_scale("Which villages dug ponds (10,000 in all)?")


PONDS = """青溪水利通报

本报讯 2024年，青溪县共新挖山塘1.6万口，整修渠道320公里，受益农户4.2万户。

全县水利投资7.8亿元，其中省级补助2.1亿元。
"""


def test_a_question_asking_its_scale_in_brackets_is_answered(tmp_path: Path) -> None:
    """"How many households benefited in Qingxi (10,000s)?": no 10,000 the documents lack, so not
    declined as about a number no text writes; the 4.2万户 is found."""
    engine = engine_with(tmp_path, {"ponds.txt": PONDS})
    answer = consider(engine.index, "How many households benefited in Qingxi (10,000s)?").answer
    assert answer.results and "4.2万户" in answer.results[0].text, answer


ACADEMY = """縣志摘錄

嵐石書院位於嵐石鎮，始建於清乾隆十年（1745年），光緒年間重修。1990年書院被列為縣級文物保護單位，2012年升為省級文物保護單位。

建築格局

嘉慶年間，嵐石書院山長陳允之增建齋舍，生徒最多時達120人。

民國時期，嵐石書院改為嵐石小學，1958年改作糧站倉庫。

建築格局

院落坐北朝南，東西寬40公尺，南北深95公尺，佔地約3800平方公尺。

院內有講堂、藏書樓和齋舍，原有房屋60間，今存42間。
"""


PARKS = """青溪停车场改造通报

本报讯 2024年，青溪县改造停车场12处，新增车位3200个，铺装路面2.6万平方米。
"""


def test_a_unit_asked_is_searched_as_each_of_its_names(tmp_path: Path) -> None:
    """"in square metres": a Traditional text writes 平方公尺, which the dictionary does not give
    first (平方米, which another document writes); the unit asked is searched as each of its names
    a document writes, as one word."""
    engine = engine_with(tmp_path, {"academy.txt": ACADEMY, "parks.txt": PARKS})
    query = consider(engine.index, "What is the total area of the Lanshi academy in square metres?").query
    assert any({"平方米", "平方公尺"} <= set(w.variants) for w in query.words), query.words
    assert any(t.english == "square metres" and "平方公尺" in t.term for t in query.translations), query.translations


def test_other_unit_names_are_the_written_ones(tmp_path: Path) -> None:
    from bot.answer.english.unit_names import other_unit_names
    from index.english import EnglishUnit

    engine = engine_with(tmp_path, {"academy.txt": ACADEMY})
    units = other_unit_names(engine.index, [EnglishUnit("square metres", (("平方米", 1.0),), 1.0)])
    assert units[0].terms == (("平方米", 1.0), ("平方公尺", 1.0))
    # 平方千米 names no unit the documents write: nothing added
    units = other_unit_names(engine.index, [EnglishUnit("square kilometres", (("平方公里", 1.0),), 1.0)])
    assert units[0].terms == (("平方公里", 1.0),)
