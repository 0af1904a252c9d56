"""English questions about one numbered instance of a thing ("the third batch"), the measure
words CC-CEDICT gives a noun, a unit named after "in", and glosses described after "of"
(bot/answer/english, index/english/glosses, index/english/cedict)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer import consider
from bot.answer.english.figures import asked_in_unit
from bot.engine import Engine
from index.english.cedict_senses import headword_senses
from index.english.glosses import gloss_index
from tests.conftest import engine_with


def test_a_classifier_gloss_counts_the_singular_of_the_plural_it_writes() -> None:
    # 批: "classifier for batches, lots, military flights" -- "the third *batch*" is counted so
    measures = gloss_index().measures
    assert "批" in measures["batch"]
    assert "批" in measures["batches"]
    assert "架" in measures["plane"]


def test_an_ordinal_the_documents_number_others_of_but_never_this_one_is_absent(engine: Engine) -> None:
    # the article rates its 第一批 and 第二批 主题教育 (99.67%, 99.96%): a third batch it never
    # names, as the Chinese 第三批 is read
    third = consider(engine.index, "What share of people rated the third batch of the theme education as good?")
    assert third.query.absent
    assert not third.answer.results
    # the batches it does number are answered
    second = engine.ask("What percentage of respondents rated the second batch of the campaign as good?")
    assert second.results and second.text is not None and "99.96" in second.text
    # "first" is also 首 (首批, 首次): not read as a numbered instance
    first = consider(engine.index, "What share of party members and the public rated the first batch as good?")
    assert not first.query.absent


def test_a_what_question_naming_the_unit_after_in_asks_an_amount(tmp_path_factory: pytest.TempPathFactory) -> None:
    # "registered capital" is no amount the dictionary knows (资产, 资本), but "in billions of
    # *yuan*" names the answer's unit (元: money): 註冊資本為518億元 answers it
    docs = Path(__file__).parents[1] / "data" / "english_fresh_docs"
    mobile = (docs / "drcd-china-mobile.txt").read_text("utf-8")
    engine = engine_with(tmp_path_factory.mktemp("mobile"), {"china-mobile.txt": mobile})
    considered = consider(engine.index, "What is China Mobile's registered capital, in billions of yuan?")
    assert considered.query.info.kind == "count" and considered.query.info.dimension == "money"
    assert considered.answer.text is not None and considered.answer.text.startswith("518")
    # a place after "in" names no unit
    assert asked_in_unit("What is the tallest building in Taipei?", ()) is None


def test_a_gloss_names_what_stands_before_an_of_describing_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    # 首府 "capital city of an autonomous region": a capital city, whatever region it heads --
    # its four words had made "capital" a quarter of it, too little to be searched
    (sense,) = [s for s in headword_senses("首府") if s.words[:2] == ("capital", "city")]
    assert sense.lead == 2
    docs = Path(__file__).parents[1] / "data" / "english_fresh3_docs"
    guam = (docs / "drcd-guam.txt").read_text("utf-8")
    engine = engine_with(tmp_path_factory.mktemp("guam"), {"guam.txt": guam})
    translated = engine.index.english().translate("Which town is the capital of Guam?")
    capital = next(u for u in translated.units if u.english == "capital")
    assert "首府" in [term for term, _ in capital.terms]
    answer = engine.ask("Which town is the capital of Guam?")
    assert answer.results and "首府" in answer.results[0].text


def test_a_focus_word_the_documents_write_in_latin_letters_is_not_absent(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # CC-CEDICT has no "AEON"; the article writes it as is (成为AEON第2大百货店): it is found
    # as written, not a thing the documents lack
    docs = Path(__file__).parents[1] / "data" / "english_dev6_docs"
    engine = engine_with(tmp_path_factory.mktemp("dev6"), {p.name: p.read_text("utf-8") for p in docs.glob("*.txt")})
    question = "Who is the AEON executive quoted on the prospects of the new store?"
    considered = consider(engine.index, question)
    assert not considered.query.absent
    assert considered.answer.results and "林文钿" in considered.answer.results[0].text
    # a word no document writes still makes the thing asked absent
    assert consider(engine.index, "Who is the Zorblax executive quoted on the new store?").query.absent
