"""English round eng55f (fresh54 studied, figures): small invented texts, not the set's."""
from __future__ import annotations

from bot.answer import FIGURE_SURE
from bot.answer.english.persons_counted import PERSONS, persons_counted
from bot.answer.figure import choose
from bot.answer.figure.clauses import ADDED_FOR_TOTAL, level_asked
from bot.answer.figure.then_now import SUPERSEDED, present
from bot.question import analyse, with_english
from index.english import EnglishUnit
from index.english.glosses import counted_words, gloss_index
from index.figures import passage_figures

from tests.conftest import engine_with

HYDRANTS = """栖梧县消防设施建设一年回顾

栖梧县应急管理局日前通报全县消防设施建设情况。

今年全县新增室外消火栓318个，全县在用消火栓达到1570个，城区消防站由4座增加到7座。

火灾防控成效明显。全年接报火警216起，农村火灾起数同比下降23%，消防车辆平均到场时间由2023年的14.2分钟缩短到9.4分钟，群众对消防安全的满意度由2023年的71.5%提高到88.3%。
"""

LIBRARY = """栖梧县图书馆

栖梧县图书馆今年新增藏书4.2万册，馆藏总量达到36万册，全年接待读者21.5万人次。
"""


def _english(question: str, kind: str = "percent"):
    return with_english(analyse(question), kind, None, english_only=True)


#: "now" as a dictionary translates it where the corpus writes 今 and 至今, not 现在 nor 目前.
NOW_AS_WRITTEN = {"今": 0.17, "至今": 0.2}


def test_an_english_now_asks_what_is_now_whatever_its_translation(tmp_path) -> None:
    """"What is ... now?": of 满意度由2023年的71.5%提高到88.3%, 88.3% is what is now -- though "now"
    was translated 今 / 至今 (words of the corpus), not 现在 / 目前, which alone said so before."""
    engine = engine_with(tmp_path, {"hydrants.txt": HYDRANTS, "library.txt": LIBRARY})
    text = HYDRANTS.splitlines()[-1]
    info = _english("What is the public's satisfaction rate with fire safety in Qiwu now?")
    words = {"满意度": 0.5, "消防": 1.0, "安全": 0.8, "群众": 0.3, **NOW_AS_WRITTEN}
    choice = choose(text, words, engine.index, info)
    assert choice is not None and choice.figure.text == "88.3%", choice
    assert choice.fit >= FIGURE_SURE, choice


def test_now_is_read_from_the_english_question_s_own_words() -> None:
    text = HYDRANTS.splitlines()[-1]
    figures = {f.text: f for f in passage_figures(text)}
    terms = list(NOW_AS_WRITTEN)
    for question in (
        "What is the satisfaction rate now?",
        "What is the satisfaction rate currently?",
        "What is the satisfaction rate at present?",
    ):
        assert present(text, _english(question), figures["88.3%"], terms) == 1.0 / SUPERSEDED, question
    assert present(text, _english("What was the satisfaction rate in 2023?"), figures["88.3%"], terms) == 1.0
    assert present(text, _english("What was the satisfaction rate originally?"), figures["88.3%"], terms) == 1.0
    # a Chinese question says "now" in its own words, which its terms are
    assert present(text, analyse("满意度是多少？"), figures["88.3%"], terms) == 1.0


def test_what_was_added_is_no_answer_to_an_english_now() -> None:
    """"How many hydrants are there now?": 新增室外消火栓318个 is what this year added, not the
    level (在用消火栓达到1570个) -- "now" translated 今 / 至今."""
    text = HYDRANTS.splitlines()[-3]
    figures = {f.text: f for f in passage_figures(text)}
    terms = ["消火栓", *NOW_AS_WRITTEN]
    now = _english("How many fire hydrants does Qiwu county have now?", "count")
    assert level_asked(text, now, figures["318个"], terms) == ADDED_FOR_TOTAL
    assert level_asked(text, now, figures["1570个"], terms) == 1.0
    plain = _english("How many fire hydrants did Qiwu county have?", "count")
    assert level_asked(text, plain, figures["318个"], terms) != ADDED_FOR_TOTAL


BRAKES = """云溪县公交车辆维护

云溪县交通运输局日前通报全县公交车辆维护情况。

车辆维护方面，县交通运输局委托3家维修企业检修，每月检查一次刹车片和轮胎状态，全年更换刹车片640副、轮胎152条，车辆完好率保持在98.5%。
"""


def test_sets_are_counted_with_the_measure_word_of_sets_of_things(tmp_path) -> None:
    """"How many brake pad sets": 副 is CC-CEDICT's "classifier for pairs, sets of things" -- of
    anything, so it counts sets (640副), though "X of Y" glosses otherwise name a kind of X only
    (期 "issues of a periodical"). The figure reader takes no 副 after a number: as the asked
    measure word, the thing written after the bare number 640 says what it counts."""
    engine = engine_with(tmp_path, {"buses.txt": BRAKES})
    for question in (
        "How many brake pad sets were replaced during the year's maintenance?",
        "How many sets of brake pads did Yunxi replace this year?",
    ):
        answer = engine.ask(question)
        assert answer.text == "640", (question, answer.text)


def test_an_of_things_classifier_gloss_counts_its_own_words() -> None:
    assert counted_words(b"pairs, sets of things ") == [b"pairs", b"sets"]
    assert counted_words(b"sets or clusters of objects") == [b"sets", b"or", b"clusters"]
    assert counted_words(b"issues of a periodical, courses of study") == []  # a kind named: not any
    assert "副" in gloss_index().measures["sets"] and "副" in gloss_index().measures["set"]


CHARGING = """云溪县公共充电设施建设

云溪县发展改革局日前通报，今年全县新增公共充电桩1260台，共投入资金3850万元，其中县财政安排1900万元。

充电设施覆盖全县9个乡镇，全年充电量达到2860万千瓦时。
"""


def test_units_counted_are_no_unit_of_money(tmp_path) -> None:
    """"How many charging pile *units*": CC-CEDICT's classifiers count "units" (块 "classifier for
    money and currency units", 标 "for military units"), so they are countable things -- 元, a
    "currency unit" too, is a unit measuring money, which counts nothing: not 3850万元."""
    engine = engine_with(tmp_path, {"charging.txt": CHARGING})
    for question in (
        "How many charging pile units did Yunxi county add this year?",
        "How many charger units were added in Yunxi this year?",
    ):
        answer = engine.ask(question)
        assert answer.text == "1260台", (question, answer.text)
    # money asked as money is still money
    assert engine.ask("How much money did Yunxi county put into public charging facilities?").text == "3850万元"


DYE_WORKS = """裕泰染坊

裕泰染坊是清代一座民營染坊，位於鎮東河岸。

光緒年間染坊最盛，染缸增至60口，匠房擴至16間，工匠多達84人，全年染布約3200匹。

匠頭韋阿福在染坊工作30餘年，帶出徒弟12人。
"""


def test_nouns_of_persons_made_with_men_are_counted_in_persons(tmp_path) -> None:
    """"How many *craftsmen*": English makes a person of a trade with -man (plural -men), so what
    is counted is people, counted in 人 (工匠多達84人) -- though the dictionary's word, 匠, is one
    character taken as its own measure word (匠房擴至16間 stood closer to it)."""
    engine = engine_with(tmp_path, {"dye.txt": DYE_WORKS})
    answer = engine.ask("How many craftsmen did the Yutai dye works have in the Guangxu years?")
    assert answer.text == "84人", answer.text


def test_only_plural_nouns_of_persons_in_men_ask_persons() -> None:
    def focus(english: str) -> list[EnglishUnit]:
        return [EnglishUnit(english=english, terms=(("匠", 1.0),), confidence=1.0, focus=True)]

    assert persons_counted(focus("craftsmen")) == PERSONS
    assert persons_counted(focus("fishermen")) == PERSONS
    assert persons_counted(focus("specimens")) == frozenset()  # no person
    assert persons_counted(focus("specimen")) == frozenset()  # "speciman" is no word
    assert persons_counted(focus("women")) == frozenset()  # people already, by their own measure words
    assert persons_counted(focus("workshops")) == frozenset()
