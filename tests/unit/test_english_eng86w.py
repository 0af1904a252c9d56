"""English round eng86w (a near-synonym is a word that names the thing, not a word of a gloss
describing it): a small invented text, not the sets'."""
from __future__ import annotations

from index.english.cedict_senses import headword_senses
from tests.conftest import engine_with

HALL = """柘溪祠堂

道光年间，柘溪镇各单位与乡绅共捐银3200两，用于修缮祠堂。

祠堂修缮后辟为展示馆，每年接待游客约2万人次。
"""


def test_a_describing_gloss_names_no_synonym() -> None:
    """两 "tael, unit of weight equal to 50 grams": "tael" names it; the other piece describes it
    in five words, none of them a word for a tael."""
    from index.english.senses import named_alone

    pieces = {s.words: named_alone(s) for s in headword_senses("两")}
    assert pieces[("tael",)] and pieces[("two",)]
    assert not pieces[("unit", "weight", "equal", "gram", "catty")]
    # "game, match" (a piece of 局's "game, match, set, round"): two names of one thing
    assert any(s.words == ("game", "match") and named_alone(s) for s in headword_senses("局"))


def test_taels_are_not_searched_as_units(tmp_path) -> None:
    """"taels" reached 单位 "unit" through the words of 两's describing gloss, and searched it
    first -- a word every office's report writes."""
    from index.english.senses import near_synonyms

    engine = engine_with(tmp_path, {"hall.txt": HALL})
    translator = engine.index.english()
    assert "unit" not in dict(near_synonyms(translator._links, "tael"))
    units = translator.translate("How many taels of silver were donated to repair the ancestral hall?").units
    terms = next(u.terms for u in units if u.english == "taels")
    assert terms and terms[0][0] == "两" and not any(term == "单位" for term, _ in terms), terms
