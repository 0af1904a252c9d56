"""A unit of measure says how large a thing is, never how many there are: a figure in one
(15兆瓦, 252米) written before a noun does not count it, and answers no "how many" that names no
such unit; a distinguishing word (县级) before the counted head is never what a figure counts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bot.answer import consider
from bot.answer.english import english_words
from bot.answer.english.amounts import corpus_measures, given_as_figure, term_given_as_figure
from bot.answer.english.doubt import (
    count_not_given, measure_not_written, measured_not_counted, share_for_people, things_counted_as_people,
)
from index.english import EnglishUnit
from index.figures import find_figures
from tests.conftest import engine_with

WIND = (
    "洋口海上风电场\n\n"
    "在设备方面，项目选用的15兆瓦风电机组叶轮直径达252米，扫风面积约4.9万平方米。\n\n"
    "风电场同步建成了智慧运维平台，可对机组运行状态进行实时监测。\n"
)


def test_a_unit_of_measure_before_a_noun_counts_none_of_it(tmp_path: Path) -> None:
    """15兆瓦风电机组 is a turbine of 15 megawatts: 风电 is not counted in 兆瓦 (it was, so "how
    many wind turbines" was asked in megawatts and answered 15兆瓦)."""
    engine = engine_with(tmp_path, {"wind.txt": WIND})
    assert "兆瓦" not in corpus_measures(engine.index, "风电")
    words = english_words(engine.index, "How many wind turbines were installed at the Yangkou wind farm?")
    assert words is not None and "兆瓦" not in words.units
    assert engine.ask("How many wind turbines were installed at the Yangkou wind farm?", count=False).text != "15兆瓦"


def test_how_many_is_not_answered_in_a_unit_it_does_not_name() -> None:
    power, area, mass = (find_figures(text)[0] for text in ("15兆瓦", "30亩", "336万吨"))
    assert measured_not_counted("How many wind turbines were installed?", power)
    assert count_not_given("How many wind turbines were installed?", "count", 0.5, power)
    # the unit named: counted in it ("megawatts": 兆瓦 "megawatt"; "mu": 亩's reading; "tons")
    assert not measured_not_counted("How many megawatts is each turbine?", power)
    assert not measured_not_counted("How many mu of farmland were reclaimed?", area)
    assert not measured_not_counted("How many tons of coal are saved?", mass)
    # a measured amount asked ("how many tonnes": mass) is left to the figure's fit
    assert not count_not_given("By how many tonnes will emissions fall?", "count", 0.5, mass, "mass")
    # "how much" asks an amount: a unit of measure answers it
    assert not measured_not_counted("How much power does each turbine have?", power)


LEADERS = (
    "深入基层\n\n"
    "推动全省2900多名縣級領導深入基層，7800多個機關部門結對幫扶。\n\n"
    "2024年開年，省領導分別帶隊走訪68個縣(市、區)，解決問題5571個。\n"
)


def test_a_distinguishing_word_before_the_head_is_not_counted(tmp_path: Path) -> None:
    """"county-level areas": 县级 (jieba's b, a word that only modifies) stands right after
    2900多名 in 2900多名縣級領導, which counts leaders; it is not what the question counts."""
    engine = engine_with(tmp_path, {"leaders.txt": LEADERS})
    words = english_words(engine.index, "How many county-level areas did provincial leaders tour with their teams?")
    assert words is not None and words.counted != "县级"
    assert "名" not in words.units



SHIPYARD = Path(__file__).parents[1] / "data" / "english_fresh24_docs" / "gan-ruji.txt"


def test_a_count_asked_by_its_measure_word_only_is_not_answered_in_another(tmp_path: Path) -> None:
    """"how many *cannons*": no document writes a word for cannons, only the measure word CC-CEDICT
    gives for them (尊) is asked; 《閩船圖說》8卷 counts the volumes of a book -- nothing is shown."""
    engine = engine_with(tmp_path, {"gan-ruji.txt": SHIPYARD.read_text("utf-8")})
    question = "How many cannons did the warships built by Gan Ruji carry?"
    considered = consider(engine.index, question)
    assert considered.query.info.counted is None and considered.query.info.units
    best = considered.candidates[0].figure
    assert best is not None and best.unit == "卷" and measure_not_written(considered.query, best)
    answer = engine.ask(question, count=False)
    assert answer.text is None and not answer.results
    # a figure in the measure word of anything may still count what is asked
    assert not measure_not_written(considered.query, replace(best, unit="個"))


FIRMS = "杭州物流業\n\n截至2023年底，杭州共有物流公司320家，全年貨運量增長6%。\n"


def test_things_counted_by_their_own_measure_word_are_not_answered_by_people(tmp_path: Path) -> None:
    """"how many strong-village *companies*": the texts count companies with 家 (320家物流公司),
    and the article's passage about villages gives 65.7萬名 -- people, no companies."""
    engine = engine_with(tmp_path, {"firms.txt": FIRMS})
    question = "How many strong-village companies have been set up in Zhejiang?"
    considered = consider(engine.index, question)
    assert "家" in considered.query.info.units
    people = find_figures("65.7萬名")[0]
    assert things_counted_as_people(considered.query, people)
    assert considered.answer.text is None
    # a count of companies answers; people asked by a people's measure word are left alone
    assert not things_counted_as_people(considered.query, find_figures("320家")[0])
    asked = consider(engine.index, "How many Party members were brought under effective management?").query
    assert not things_counted_as_people(asked, people)


HONG_KONG = (
    "香港人口\n\n"
    "香港開埠初期人口稀少，1950年人口220萬。\n\n"
    "1970年代初期，新市鎮陸續發展，新界人口佔全港人口的比例升至24.5%。\n"
)


def test_a_number_of_people_is_not_answered_by_a_share(tmp_path: Path) -> None:
    """"Hong Kong's population in 1970": the passage naming 1970 gives 24.5% -- a share of the
    people, not how many they were; a question asking the share is answered by it."""
    engine = engine_with(tmp_path, {"hong-kong.txt": HONG_KONG})
    share = find_figures("24.5%")[0]
    population = consider(engine.index, "What was Hong Kong's population in 1970?")
    assert share_for_people(population.query, share)
    assert population.answer.text is None
    question = "What percentage of Hong Kong's population lived in the New Territories in the 1970s?"
    asked = consider(engine.index, question)
    assert not share_for_people(asked.query, share)


RADAR = (
    "MPQ-78雷達\n\n"
    "MPQ-78雷達系統包括搜索雷達，有效距離30km，可同時追蹤20個目標。\n\n"
    "系統國產化率達到95%，妥善率達98%，整體達到國際先進水準。\n"
)


def test_a_verb_of_reaching_says_nothing_of_what_a_thing_measures(tmp_path: Path) -> None:
    """"the effective *range*": its best translation was 达 "to reach", which texts write before
    shares (達到95%) -- the question was read as asking a share, and 30km fitted nothing."""
    engine = engine_with(tmp_path, {"radar.txt": RADAR})
    reach = EnglishUnit("range", (("达", 0.3), ("达到", 0.3)), 0.5, focus=True, understood=0.5)
    assert term_given_as_figure(engine.index, "达到") == "percent"  # what the texts write after it
    assert given_as_figure(engine.index, [reach]) is None
    # a noun the texts write before a measured figure still says what it measures
    distance = EnglishUnit("distance", (("距离", 0.9),), 1.0, focus=True, understood=1.0)
    assert given_as_figure(engine.index, [distance]) == "length"


def test_a_count_of_the_asked_thing_after_a_modifier_counts_it(tmp_path: Path) -> None:
    """組建66個場館臨時黨支部: 个 counts the party branches (党支部), written after "venue" and
    "temporary" -- the first characters after the figure (场馆临时) were all that was read, and
    the question, whose "provisional" and "stadiums" reach neither, got nothing."""
    folder = Path(__file__).parents[1] / "data" / "english_fresh15_docs"
    engine = engine_with(tmp_path, {path.name: path.read_text("utf-8") for path in folder.glob("*.txt")})
    question = "For the Asian Games, how many provisional party branches were set up at stadiums and venues?"
    considered = consider(engine.index, question)
    assert considered.query.info.counted == "党支部"
    assert considered.answer.text == "66個"


GEOTHERMAL = (
    "地熱發電\n\n"
    "地熱發電的原理是利用地下熱水或蒸汽推動渦輪發電，與太陽能和風能不同，地熱不受天氣影響，"
    "能提供24小時穩定基載電量。\n\n"
    "全球地熱發電裝機容量約為1.6萬兆瓦，主要分佈在環太平洋地區。\n"
)


def test_a_span_within_each_period_is_no_rate_per_period(tmp_path: Path) -> None:
    """"how many *hours a day*": the span of each day (能提供24小時穩定基載電量) -- the text
    writes no 每天, and the question was refused as a rate per day the passage never gives."""
    engine = engine_with(tmp_path, {"geothermal.txt": GEOTHERMAL})
    answer = engine.ask("Geothermal can supply steady base-load power for how many hours a day?", count=False)
    assert answer.text == "24小時"
    # an amount per day is still a rate: the passage writes none
    assert engine.ask("How many tourists visit the geothermal plants each day?", count=False).text is None


def test_how_long_is_not_answered_by_a_count() -> None:
    """"How long does a professional football match last?" got 144個 (projects): "how long"
    asks a length or a span of time, and a count of things, people or events is neither --
    unless the question names the count's measure word (", in characters?": 字)."""
    projects, characters, days, metres = (find_figures(t)[0] for t in ("144個", "86万字", "7天", "58.6米"))
    assert count_not_given("How long does a professional football match last?", "count", 0.5, projects)
    assert not count_not_given("How long is the book on Shancheng county, in characters?", "count", 0.5, characters)
    assert not count_not_given("How long did each study retreat last?", "count", 0.5, days)
    assert not count_not_given("How long is what survives of Dragon Kiln No. 3?", "count", 0.5, metres)
