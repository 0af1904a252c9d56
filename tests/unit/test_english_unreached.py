"""The measure of round eng84t: why a failing question's word reaches nothing its passage writes."""

from __future__ import annotations

from tests.english_unreached import _headwords, _why


def test_a_phrasal_verb_read_whole_that_found_nothing() -> None:
    assert _why("wrap up", False, False, ["when", "did", "it", "wrap", "up"], set()) == "phrasal, no corpus sense"


def test_a_verb_whose_particle_was_dropped() -> None:
    """"signed" alone, while the passage's 报名 is glossed "to sign up"."""
    question = ["how", "many", "signed", "up"]
    assert _why("signed", True, False, question, _headwords("居民报名参加")) == "phrasal read word by word"


def test_a_british_spelling_the_dictionary_glosses_the_american_way() -> None:
    assert _why("neighbouring", False, False, ["a", "neighbouring", "county"], _headwords("邻近县")) == "spelling"


def test_a_sense_the_dictionary_has_and_a_paraphrase() -> None:
    assert _why("register", True, False, ["register"], _headwords("登记老人")) == "sense dropped"
    assert _why("lighten", True, False, ["lighten"], _headwords("减负")) == "paraphrase"
    assert _why("Zhuchuan", False, True, ["zhuchuan"], set()) == "name"
