"""English round eng41p (fresh40 studied, passages): small invented texts, not the set's."""
from __future__ import annotations

from pathlib import Path

from bot.answer import consider
from tests.conftest import engine_with


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
    from bot.answer.english_unit_names import other_unit_names
    from index.english import EnglishUnit

    engine = engine_with(tmp_path, {"academy.txt": ACADEMY})
    units = other_unit_names(engine.index, [EnglishUnit("square metres", (("平方米", 1.0),), 1.0)])
    assert units[0].terms == (("平方米", 1.0), ("平方公尺", 1.0))
    # 平方千米 names no unit the documents write: nothing added
    units = other_unit_names(engine.index, [EnglishUnit("square kilometres", (("平方公里", 1.0),), 1.0)])
    assert units[0].terms == (("平方公里", 1.0),)
