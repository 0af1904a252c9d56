"""Corpus terms spelled by the headwords of several English words (index/english/compounds)."""

from __future__ import annotations

from tests.conftest import corpus_translator


def test_two_characters_each_glossed_exactly_spell_a_word_no_dictionary_has() -> None:
    # 夏 "summer" + 粮 "grain" = 夏粮, which CC-CEDICT lacks: "summer" was not understood
    translator = corpus_translator([
        ("grain", ["河南", "夏粮", "总产量", "亿斤"]),
        ("grain", ["小麦", "播种", "面积"]),
        ("other", ["台风", "雨量"]),
    ])
    units = {u.english: u for u in translator.translate("How much summer grain did Henan harvest?").units}
    assert units["summer"].terms[0][0] == "夏粮"
    assert units["summer"].understood >= 0.5


def test_two_single_characters_against_the_english_order_spell_nothing() -> None:
    # "grain ... summer" is no 夏粮: two loose characters must stand in the question's order
    translator = corpus_translator([("grain", ["河南", "夏粮", "总产量"]), ("other", ["台风", "雨量"])])
    units = {u.english: u for u in translator.translate("Which grain is harvested in summer?").units}
    assert "夏粮" not in [t for t, _ in units["summer"].terms]
