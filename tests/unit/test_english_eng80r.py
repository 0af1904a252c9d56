"""English round eng80r (a one-character term the corpus writes as a unit is not a translation of
its other senses: 元 for "first"): small invented texts, not the sets'."""
from __future__ import annotations

from index.english.links import Candidate
from index.english.unit_written import WrittenUnits, unit_glosses
from tests.conftest import engine_with

BRIDGE = """柘溪石桥

柘溪石桥始建于1921年，由乡绅周懋德倡议修建，渡夫12名改业守桥。
1998年石桥首次大修，镇里出资8万元，村民捐款4万元，修桥工匠36名。
2020年石桥再次修缮，花费120万元，其中镇财政出资80万元，每名村民捐款100元。
石桥现有桥墩6座，每日过桥行人约5000人，过桥收费1元，年收入约18万元。
"""


def test_unit_glosses_split_the_unit_use_from_the_others() -> None:
    """元's unit gloss "currency unit (esp. Chinese yuan)" and its reading name it as a unit;
    "first" and "era" are glosses of its other uses; 间 "classifier for rooms" names "room" (the
    gloss's words lemmatised); 户 "a household" has no unit gloss at all."""
    yuan = unit_glosses("元")
    assert yuan is not None and {"unit", "currency", "yuan"} <= yuan.unit
    assert {"first", "era"} <= yuan.other and "first" not in yuan.unit and "money" not in yuan.other
    assert "room" in (unit_glosses("间") or yuan).unit
    assert "mu" in (unit_glosses("亩") or yuan).unit  # a two-letter reading names the unit too
    assert unit_glosses("户") is None


def test_a_term_written_after_figures_leaves_a_word_its_unit_does_not_name() -> None:
    """元 written right after a figure nearly everywhere the corpus writes it is a unit there: "first" (a gloss of
    元 besides the unit) loses it, "yuan" keeps it; a pool it alone would empty is kept."""
    texts = ["投资12万元", "花费300元", "收费1元和2元，押金5元", "元代古桥", "元祐三年始建", "元祐年间修缮"]
    rows = {"元": [0, 1, 2, 3], "元祐": [4, 5]}
    units = WrittenUnits(lambda term: rows.get(term, []), lambda row: texts[row])
    assert units.written_as_unit("元")
    # written otherwise in more than a fifth of its places (元祐, 元代): not only a unit there
    rows["元"] = [0, 1, 2, 3, 4, 5]
    assert not WrittenUnits(lambda term: rows.get(term, []), lambda row: texts[row]).written_as_unit("元")
    pool = [Candidate("元", 0.8), Candidate("第一", 0.5)]
    assert [c.term for c in units.without_units(("first",), pool)] == ["第一"]
    assert units.without_units(("yuan",), pool) == pool
    assert units.without_units(("money",), pool) == pool  # no gloss of 元 names it: widened
    assert units.without_units(("first",), pool[:1]) == pool[:1]


def test_first_is_not_searched_as_the_currency_unit(tmp_path) -> None:
    """"when the bridge was first set up": 元 ("first" among its glosses) is in this text the
    currency after every sum, and it came first for "first" (widened, then chosen as written beside
    the other words); "first" now searches its other senses (首次), "yuan" still 元."""
    engine = engine_with(tmp_path, {"bridge.txt": BRIDGE})
    translator = engine.index.english()
    units = translator.translate("How many piers were built when the bridge was first set up?").units
    first = next(u for u in units if u.english == "first")
    assert "元" not in [t for t, _ in first.terms] and first.terms[0][0] == "首次"
    units = translator.translate("How much did the villagers donate when the bridge was first repaired, in yuan?").units
    assert next(u for u in units if u.english == "yuan").terms[0][0] == "元"
