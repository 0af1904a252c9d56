"""English round eng59 (fresh58 and fresh59 studied, both sides): small invented texts, not the sets'."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

#: An invented Qing bridge and its flood; the text writes 东段 ("eastern section"), which CC-CEDICT
#: does not gloss as "eastern", while its proper-noun entries make a name of "Eastern" (Eastern Han).
_BRIDGE = {
    "bridge.txt": (
        "澄渚桥\n\n"
        "澄渚桥是清代澄渚县的一座石拱桥，位于今澄渚镇，横跨溧河，始建于嘉庆年间。\n\n"
        "道光二十年（1840年）溧河大水，桥身东段坍塌约35米，县中商户捐银2100两修复。\n\n"
        "2015年，当地投入860万元修缮石桥，补砌桥石约3200块。\n"
    ),
}


def test_a_word_typed_in_lower_case_before_an_understood_noun_describes_it() -> None:
    """A question opening with a capital writes names with capitals: "eastern" typed in lower
    case right before a noun the documents write ("section") describes it -- whatever CC-CEDICT's
    proper-noun entries say; a lower-case word alone ("rice") or before a word hardly understood
    ("rugby union") may still name a thing the documents lack."""
    from bot.answer.english.typed_names import describes_next, typed_lowercase
    from index.english.query import EnglishUnit

    assert typed_lowercase("How long a stretch of the bridge's eastern section fell?", "eastern")
    assert not typed_lowercase("How many ships crossed the Black Sea?", "black sea")
    assert not typed_lowercase("how long a stretch of the eastern section fell?", "eastern")  # no capitals
    assert not typed_lowercase("How many visitors did Cen'ao receive?", "cenao")  # not as typed
    eastern = EnglishUnit("eastern", (), 0.0, name=True)
    section = EnglishUnit("section", (("段", 1.0),), 1.0, understood=1.0)
    assert describes_next("How long a stretch of the bridge's eastern section fell?", [eastern, section], 0, 0.6)
    assert not describes_next("How long a stretch of the bridge's Eastern section fell?", [eastern, section], 0, 0.6)
    rice = EnglishUnit("rice", (), 0.0, name=True)
    grain = EnglishUnit("grain", (("粮", 1.0),), 1.0, understood=1.0)
    assert not describes_next("How many tonnes of rice and other grain were sold?", [rice, grain], 0, 0.6)
    rugby = EnglishUnit("rugby", (), 0.0, name=True)
    union = EnglishUnit("union", (("联合", 0.4),), 0.43, understood=0.43)
    assert not describes_next("How many players are on a rugby union team?", [rugby, union], 0, 0.6)


def test_a_lowercase_word_the_dictionary_names_does_not_decline_the_question(tmp_path: Path) -> None:
    """"the bridge's *eastern* section": "eastern" was read as a name (CC-CEDICT's Eastern Han,
    Eastern Zhou ...) that no document writes, and the question got nothing; typed in lower case
    it describes the section (东段), and the flood's paragraph answers."""
    engine = engine_with(tmp_path, _BRIDGE)
    answer = engine.ask(
        "How long a stretch of the bridge's eastern section collapsed in the flood of 1840, in metres?", count=False
    )
    assert answer.results, "declined"
    assert "坍塌约35米" in answer.results[0].passage.text, answer.results[0].passage.text
    assert answer.text == "35米", answer.text


#: An invented county's rice programme, counting its townships and its rice-growing villages in
#: one list (8个乡镇、57个产粮村).
_RICE = {
    "rice.txt": (
        "澄川县优质稻米工程一年回顾\n\n"
        "本报讯 11月20日，澄川县农业农村局通报优质稻米工程实施一年来的进展。这项工程于今年3月启动，"
        "覆盖全县8个乡镇、57个产粮村，带动农户1.3万户。\n\n"
        "全县今年新建烘干中心6座，稻谷总产量达到21.4万吨。\n"
    ),
}


def test_a_count_of_a_compound_ending_in_the_thing_asked_counts_it(tmp_path: Path) -> None:
    """"How many grain-producing villages": 村 is asked ("villages": 农村/村/乡镇), and the list
    counts 8个乡镇 and 57个产粮村. A count in 个 followed at once by the one-character thing counts
    it (938个户); 产粮村 is a 村 too -- Chinese compounds are head-final -- so 57个 counts the
    villages, not 8个 the townships a weaker translation names."""
    engine = engine_with(tmp_path, _RICE)
    answer = engine.ask("How many grain-producing villages does Chengchuan's rice programme reach?", count=False)
    assert answer.results, "declined"
    assert "57个产粮村" in answer.results[0].passage.text, answer.results[0].passage.text
    assert answer.text == "57个", answer.text
