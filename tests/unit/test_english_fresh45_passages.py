"""English questions of the fresh45 study (passage side), on small invented text."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

_PAWNSHOP = {"yongtai.txt": (
    "永泰典\n\n"
    "永泰典是清代青川镇的一座当铺，由商人李守成于乾隆三十年（1765年）创设，至民国二十四年（1935年）歇业。\n\n"
    "李守成原在青川镇经营米业，以白银3200两购下镇东临河的一座宅院，改建为当铺。\n\n"
    "2016年至2018年，文物部门对永泰典进行修缮，耗资920万元。2019年6月1日，旧址辟为青川典当博物馆，对外开放。\n\n"
    "博物馆内还原了清代的收当与赎当流程，每年接待观众约8万人次。\n\n"
    "青川镇的商会创设于光绪年间，会员多为布商和米商。\n"
)}


def test_a_closed_compound_is_translated_as_its_open_form_too(tmp_path: Path) -> None:
    """"pawnshop" is glossed so by 典当 ("to pawn; pawnshop") and "pawn shop" by 当铺: English
    writes the compound either way, so the closed word reaches both -- the text's 当铺 too."""
    engine = engine_with(tmp_path, _PAWNSHOP)
    units = engine.index.english().translate("In which year was the Yongtai pawnshop founded?").units
    pawnshop = next(unit for unit in units if unit.english == "pawnshop")
    assert "当铺" in dict(pawnshop.terms)


def test_the_year_a_pawnshop_was_founded_is_the_founding_paragraphs(tmp_path: Path) -> None:
    """The founding paragraph writes 当铺 ("pawn shop"), the museum's 典当 ("pawnshop"): with
    only 典当 searched, the museum's opening came first."""
    engine = engine_with(tmp_path, _PAWNSHOP)
    answer = engine.ask("In which year was the Yongtai pawnshop founded?", count=False)
    assert answer.results
    assert "1765年" in answer.results[0].passage.text


def test_a_lower_case_word_beside_capitalised_names_is_no_name(tmp_path: Path) -> None:
    """"the *riverside* house": CC-CEDICT has "riverside" only as a city's name (里弗赛德, as
    corpus-linked common words it has none here); written in lower case in a question that
    capitalises its names, it is no name the documents lack -- the question is answered."""
    engine = engine_with(tmp_path, _PAWNSHOP)
    question = "How many taels of silver did Li Shoucheng pay for the riverside house he turned into the pawnshop?"
    units = engine.index.english().translate(question).units
    assert not next(unit for unit in units if unit.english == "riverside").name
    answer = engine.ask(question, count=False)
    assert answer.results, "declined"
    assert "3200两" in answer.results[0].passage.text
