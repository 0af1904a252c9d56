"""English questions of the fresh43 study (passage side), on small invented text."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with


def test_scale_aside_with_a_participle_and_a_hyphenated_unit() -> None:
    """", counted in 10,000 person-times?" asks the answer in 万人次, as ", in 10,000 yuan?" asks
    it in 万元: no number 10,000 for the documents to lack, no "counted" to search."""
    from bot.answer.english.scale_asides import asked_scale, without_scale

    asked = "How many visits did the museum get last year, counted in 10,000 person-times?"
    assert asked_scale(asked) == 10_000
    assert "10,000" not in without_scale(asked)
    assert "counted" not in without_scale(asked)
    assert "person-times" in without_scale(asked)
    assert asked_scale("What did the harvest weigh, measured in 10,000 tonnes?") == 10_000
    assert asked_scale("Power sold last year (in 100 million kilowatt-hours)?") == 100_000_000
    # a count of homes, not a scale
    assert asked_scale("How many meters were installed, counted in 10,000 homes last year?") is None


def test_question_stating_its_scale_by_a_participle_is_answered(tmp_path: Path) -> None:
    """The scale said with "counted in" is no number the text must write (nothing was found)."""
    engine = engine_with(tmp_path, {"museum.txt": (
        "青川博物馆\n\n青川博物馆去年共接待观众86.4万人次，比上年增长12.5%。\n\n"
        "博物馆新建展厅3个，展出文物1200余件。\n"
    )})
    answer = engine.ask(
        "How many visitors did the Qingchuan Museum receive last year, counted in 10,000 person-times?",
        count=False,
    )
    assert answer.results, "declined as if it named a number the text lacks"
    assert "86.4万人次" in answer.results[0].passage.text



def test_scale_and_unit_alone_in_brackets() -> None:
    """"(hundred million yuan)" asks the answer in 亿元 as ", in 100 million yuan" does: no
    "hundred" or "million" to search (万亿 "trillion" drew the question to another passage)."""
    from bot.answer.english.scale_asides import asked_scale, without_scale

    asked = "How much did the city budget give to the canteens (hundred million yuan)?"
    assert asked_scale(asked) == 100_000_000
    assert "million" not in without_scale(asked)
    assert "yuan" in without_scale(asked)
    assert asked_scale("What was the harvest (10,000 tonnes)?") == 10_000
    assert asked_scale("How many visits were made (in ten thousand person-times)?") == 10_000
    assert asked_scale("How many people lived there (in 2020)?") is None
    assert "10,000" in without_scale("Which villages dug ponds (10,000 in all)?")  # a number, no scale
