"""A gloss word spelled out after "i.e." (index/english/cedict_senses.spelled_out)."""

from __future__ import annotations

from index.english.cedict_senses import headword_senses
from index.english.glosses import glossed_as
from tests.conftest import corpus_translator


def test_the_spelled_out_phrase_is_a_sense() -> None:
    # 联合收割机 "combine (i.e. combine harvester)"
    assert ("combine", "harvester") in {sense.words for sense in headword_senses("联合收割机")}
    assert "联合收割机" in {head for head, _ in glossed_as(("combine", "harvester"))}


def test_only_a_longer_form_of_the_word_itself() -> None:
    from index.english.cedict_senses import spelled_out

    assert spelled_out("combine (i.e. combine harvester)") == "combine harvester"
    assert spelled_out("dry ice (i.e. frozen CO2)") is None  # an explanation
    assert spelled_out("Chinese (i.e. of Chinese nationality)") is None


def test_a_question_searches_the_machine_not_the_union() -> None:
    translator = corpus_translator([
        ("harvest", ["全县", "投入", "联合收割机", "台"]),
        ("union", ["联合", "组织", "成立"]),
    ])
    units = {u.english: u for u in translator.translate("How many combine harvesters were used?").units}
    assert "combine harvesters" in units
    assert units["combine harvesters"].terms[0][0] in {"联合收割机", "收割机"}
