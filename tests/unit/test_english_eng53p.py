"""English round eng53p (fresh52 studied, passages): small invented texts, not the set's."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

_TEA = {
    "yunling.txt": (
        "云岭县2025年春茶采摘结束 茶叶产值创新高\n\n"
        "云岭县农业农村局日前通报，全县今年春茶产量2860吨，比上年增加310吨；春茶产值9.4亿元，同比增长12.7%。\n\n"
        "价格方面，今年明前茶平均收购价为每斤420元，茶农人均收入达到3.1万元，2019年只有1.8万元。\n\n"
        "销售渠道方面，今年通过网络平台售出春茶960吨，茶叶网店共有380个，起步较早的茶企已经走出大山。\n"
    ),
}


def test_a_verb_of_change_asked_is_searched_as_the_chinese_verbs_of_that_change(tmp_path: Path) -> None:
    """"By how much did ... revenue *rise*": the size of a rise, which a report writes after a
    verb of change (同比增长12.7%) -- not 起 ("to rise; to get up"), which any passage may write."""
    engine = engine_with(tmp_path, _TEA)
    translator = {t.english: t.term for t in engine.ask("By how much did Yunling's spring tea output value rise year on year?", count=False).translations}
    assert "增长" in translator["rise"].split("/"), translator
    answer = engine.ask("By how much did Yunling's spring tea output value rise year on year?", count=False)
    assert answer.results and "同比增长12.7%" in answer.results[0].passage.text


def test_a_verb_of_change_not_asked_as_an_amount_keeps_its_senses(tmp_path: Path) -> None:
    """"When did the price rise" asks no amount of change: "rise" keeps its own senses."""
    from bot.answer.english.change_verbs import change_verbs
    from index.english import EnglishUnit

    engine = engine_with(tmp_path, _TEA)
    rise = EnglishUnit("rise", (("起", 0.5),), 0.5, action=True)
    assert change_verbs(engine.index, "When did the price rise?", [rise]) == (rise,)
    changed = change_verbs(engine.index, "By how much did the price rise?", [rise])
    assert {term for term, _ in changed[0].terms} >= {"增长", "增加"}
    grow = EnglishUnit("grow", (("增长", 0.9),), 0.9, action=True)
    assert change_verbs(engine.index, "How much did output grow?", [grow]) == (grow,)


_ORCHARD = {
    "lanxi.txt": (
        "兰溪县柑橘产季收官\n\n"
        "兰溪县农业农村局日前介绍，全县柑橘产季已经结束。\n\n"
        "品质提升是关键。近三年全县改造老果园2.1万亩，今年全县柑橘优质果率达到81.2%，比2022年提高9.5个百分点。\n\n"
        "按照规划，到2028年，兰溪县柑橘种植面积将稳定在12万亩左右，优质果率提高到90%以上。\n"
    ),
}


def test_this_year_s_passage_comes_before_a_plan_for_another_year(tmp_path: Path) -> None:
    """"*this year's* fruit": "this" is a grammar word the reading drops, so "year" alone
    (年, 上年) matches the plan for 2028 as well; among passages about as good, the one writing
    CC-CEDICT's "this year" (今年) comes first."""
    engine = engine_with(tmp_path, _ORCHARD)
    answer = engine.ask("What proportion of this year's Lanxi citrus counted as high quality fruit?", count=False)
    assert answer.results and "81.2%" in answer.results[0].passage.text, answer.results[0].passage.text


def test_this_year_is_glossed_by_the_dictionary() -> None:
    from bot.answer.english.this_time import glossed_this

    assert "今年" in glossed_this("year")
    assert "今年" not in glossed_this("month")


def test_a_place_no_document_writes_is_no_place_they_tell_of(tmp_path: Path) -> None:
    """"What does Yunling tea sell for *in big-city supermarkets*?": the report gives the purchase
    price at the farm (每斤420元), never a price in supermarkets (超市, which CC-CEDICT gives
    for "supermarket" and no document writes): nothing is shown. Asked where the report
    tells of it ("in Yunling county"), it is still answered."""
    engine = engine_with(tmp_path, _TEA)
    answer = engine.ask("What does Yunling tea sell for in big-city supermarkets?", count=False)
    assert not answer.results, answer.results[0].passage.text
    answer = engine.ask("What was the average purchase price of spring tea in Yunling county?", count=False)
    assert answer.results and "420元" in answer.results[0].passage.text


def test_a_manner_or_an_event_after_in_is_no_place() -> None:
    """Only a plural noun in lower case ends the place: not "in protest", "in the crash", nor
    a name ("at Fengqi go cold")."""
    from bot.answer.english.lacking import _PLACE_RE

    assert _PLACE_RE.search("What does the tea sell for in big-city supermarkets?").group(1) == "supermarkets"
    for question in ("How many teams pulled out in protest?", "Who was killed in the crash?", "When did the kiln at Fengqi go cold?"):
        assert _PLACE_RE.search(question) is None, question

