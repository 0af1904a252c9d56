"""English passages (english_fresh33 study): mechanisms found studying the set, each tested on its own text."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

from index.english.cedict import load_dictionary
from index.english.lemmas import lemmatize


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


#: A mine's history: the war years are written 抗日战争, Japan itself never.
MINE = (
    "青山煤矿\n\n青山煤矿始建于1902年，位于县城北郊。\n\n"
    "抗日战争期间，青山煤矿年产煤最多达到5.6万吨，供应后方工厂。\n\n1958年，煤矿扩建，新增矿工300人。\n"
)


def test_a_name_written_inside_another_words_term_is_not_lacking(tmp_path: Path) -> None:
    # "during the war against *Japan*": the documents write 抗日战争 (CC-CEDICT: "War of Resistance
    # against Japan"), never 日本 -- Japan is named inside it, and the question is answered
    results = engine_with(tmp_path, {"mine.txt": MINE}).ask(
        "During the war against Japan, how much coal did the mine produce a year at most?"
    ).results
    assert results and "抗日战争" in results[0].text


def test_a_name_only_in_an_aside_of_a_gloss_stays_lacking() -> None:
    # "prime minister (esp. of Japan)": the aside names no part of the word
    from bot.answer.english.names import named_inside
    from index.english import EnglishUnit

    japan = EnglishUnit("japan", (), 0.0, name=True)
    war = EnglishUnit("war", (("抗日战争", 1.0),), 1.0)
    assert named_inside(japan, [japan, war])
    minister = EnglishUnit("prime minister", (("首相", 1.0),), 1.0)
    assert not named_inside(japan, [japan, minister])
