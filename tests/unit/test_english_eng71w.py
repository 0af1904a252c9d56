"""English round eng71w (answerable English which/where questions given the wrong passage
first): small invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

MILL = """柘川油坊

柘川油坊，又称柘口油坊，是位于旧柘川府柘口镇的一处私营油坊，以木榨压制菜籽油闻名，是当地保存最完整的清代油坊建筑群。

现存建筑坐北朝南，南临棠溪，由门厅、榨房和仓房组成，旧时油料由水路运抵。

1956年，油坊并入柘口供销合作社，1983年停止榨油，旧址今为油坊博物馆。
"""

BRIDGE = """柘川石桥

柘川石桥位于柘川市西郊，是一座三孔石拱桥，始建于清代，现为市级文物保护单位。
"""


def test_an_english_which_kind_question_prefers_the_passage_naming_a_thing_of_the_kind(tmp_path) -> None:
    """"Which stream does the Zhechuan oil mill complex stand beside?": the lead names the mill and its
    town and 建筑群 and ranks first on words, but only 南临棠溪 writes a stream's name --
    a name ending in 溪, a character CC-CEDICT glosses "creek" beside 浜 "stream/creek"."""
    engine = engine_with(tmp_path, {"mill.txt": MILL, "bridge.txt": BRIDGE})
    answer = engine.ask("Which stream does the Zhechuan oil mill complex stand beside?", count=False)
    assert answer.results and "棠溪" in answer.results[0].text, answer.results[0].text if answer.results else answer


def test_the_kind_asked_is_read_by_english_grammar() -> None:
    from bot.answer.english.kind_named import asked_kind

    assert asked_kind("Which stream does the mill stand beside?") == "stream"
    assert asked_kind("On the bank of which river does the fort stand?") == "river"
    assert asked_kind("From which stations did the trains leave?") == "station"
    assert asked_kind("Which villages are named?") == "village"
    assert asked_kind("Who founded the mill?") is None


def test_the_kind_s_characters_come_from_cedict_glosses() -> None:
    from bot.answer.english.kind_named import kind_characters

    assert "溪" in kind_characters("stream")  # through 浜 "stream/creek"
    assert {"江", "河"} <= kind_characters("river")
    assert "岛" in kind_characters("island")
    assert "村" in kind_characters("village")


def test_a_name_of_the_kind_is_its_character_alone_after_a_word_not_a_unit_s_name() -> None:
    from bot.answer.english.kind_named import names_kind

    chars = frozenset("溪川")
    assert names_kind(["南", "临", "棠", "溪", "由"], chars, frozenset())
    # 沾川市 is a city, not a stream
    assert not names_kind(["以", "沾", "川", "市", "灯彩"], chars, frozenset())
    # the question's own thing is no answer
    assert not names_kind(["棠", "溪"], chars, frozenset({"棠"}))
    # the segmenter drops punctuation: 组成，溪西侧 opens a clause with the stream, names none
    assert not names_kind(["组成", "溪", "西侧"], chars, frozenset(), "由门厅组成，溪西侧")


TOWER = """柘川望海塔

柘川望海塔位于旧柘川府柘口镇东海岸，是明清两代用以观测潮汐、夜间指引渔船归港的砖石塔楼，也是当地现存最高的古代建筑。

望海塔始建于明嘉靖二十七年，由柘口知县严慕清倡议修筑，发动沿海渔户捐工，历时3年竣工。

1958年，塔下旧屋改作柘口水文观测站，沿用旧法每日记录潮位。
"""


def test_a_who_did_question_is_not_held_by_a_verb_read_as_a_surname_in_the_lead(tmp_path) -> None:
    """"Who proposed building the Zhechuan Wanghai tower?": the lead writes 渔船 归 港 ("fishing
    boats return to port") -- 归 is a surname too, but a verb here -- which had counted as a
    person named after a noun, so the passage naming the doer by 由 (由柘口知县严慕清倡议修筑)
    never came first."""
    engine = engine_with(tmp_path, {"tower.txt": TOWER, "bridge.txt": BRIDGE})
    answer = engine.ask("Who proposed building the Zhechuan Wanghai tower?", count=False)
    assert answer.results and "严慕清" in answer.results[0].text, answer.results[0].text if answer.results else answer
