"""English questions: an abbreviation CC-CEDICT writes with dots ("Ph.D.") is the word questions write."""

from __future__ import annotations

from index.english.cedict_senses import headword_senses
from tests.conftest import corpus_translator


def test_a_dotted_abbreviation_is_one_word() -> None:
    # 博士 "doctor; court academician (in feudal China); Ph.D.": "PhD" is one of its senses
    assert ("phd",) in {sense.words for sense in headword_senses("博士")}


def test_lower_case_dotted_abbreviations_are_left() -> None:
    # "e.g.", "a.m.": no word of a sense ("eg", "am")
    for head in ("上午", "下午"):
        assert not any({"am", "pm", "eg"} & set(sense.words) for sense in headword_senses(head))


def test_a_phd_is_found_as_the_documents_write_it() -> None:
    translator = corpus_translator(
        [("bio", ["前后", "指导", "博士", "研究生", "名"]), ("bio", ["攻读", "博士学位", "莫斯科"])]
    )
    unit = next(u for u in translator.translate("How many PhD students did he supervise?").units if u.english == "phd")
    assert "博士" in dict(unit.terms)
