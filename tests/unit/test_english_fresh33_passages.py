"""English passages (english_fresh33 study): mechanisms found studying the set, each tested on its own text."""

from __future__ import annotations

from index.english.cedict import load_dictionary
from index.english.forms import lemmatize


def test_doubled_consonant_undone_before_a_known_doubled_spelling() -> None:
    # "hopping" is hop + -ing; a dictionary also knowing a name spelt "Hopp" must not win
    assert lemmatize("hopping", {"hopp", "hop", "hope"}) == "hop"
    assert lemmatize("chopped", {"chopp", "chop"}) == "chop"


def test_final_doubles_kept() -> None:
    # English does end words in -ll, -ss, -ff, -zz: "calling" is call, "passing" pass
    known = load_dictionary().known
    assert lemmatize("calling", known) == "call"
    assert lemmatize("passing", known) == "pass"
    assert lemmatize("staffed", known) == "staff"
    assert lemmatize("adding", known) == "add"


def test_digging_is_dig_with_the_dictionary() -> None:
    known = load_dictionary().known
    assert lemmatize("putting", known) == "put"
    assert lemmatize("digging", known) == "dig"
