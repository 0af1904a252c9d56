"""One main verb after do-support (index/english/main_verb)."""

from __future__ import annotations

from index.english.main_verb import one_main_verb
from tests.conftest import corpus_translator


def test_a_base_form_beyond_a_determiner_after_the_verb_is_a_thing() -> None:
    # "park" (停车 "to park") after "open ... as a": the question's verb is "open"
    translator = corpus_translator([
        ("garden", ["花园", "公园", "开放", "游客", "停车"]),
        ("garden", ["修建", "湖", "桥"]),
    ])
    units = {u.english: u for u in translator.translate("When did the old garden open to visitors as a park?").units}
    assert units["open"].action
    assert not units["park"].action
    assert units["park"].terms[0][0] == "公园"


def test_joined_verbs_and_infinitives_stay_verbs() -> None:
    words = "when did they build the bridge and open it".split()
    positions = [3, 5, 7]
    lemmas = ["build", "bridge", "open"]
    assert one_main_verb(words, positions, lemmas, lemmas, [True, False, True]) == [True, False, True]
    words = "when did the town decide to close the market".split()
    positions = [3, 4, 6, 8]
    lemmas = ["town", "decide", "close", "market"]
    assert one_main_verb(words, positions, lemmas, lemmas, [False, True, True, False]) == [False, True, True, False]
    words = "when did the town open the new park".split()
    positions = [3, 4, 6, 7]
    lemmas = ["town", "open", "new", "park"]
    assert one_main_verb(words, positions, lemmas, lemmas, [False, True, False, True]) == [False, True, False, False]
