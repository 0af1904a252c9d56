"""English questions naming people as Hong Kong spells them (Wong Wah-kei for 黃華麒)."""

from __future__ import annotations

from pathlib import Path

from index.english.cantonese import name_runs, syllable_characters
from tests.conftest import engine_with


def test_a_name_in_hong_kongs_romanisation_is_read_as_its_syllables() -> None:
    """Two or three words, the first capitalised, the next ones capitalised or hyphenated, each a
    syllable: "Wong Wah-kei" (黃 wong, 華 wah, 麒 kei); a word that is none ends the name."""
    assert name_runs("When did Wong Wah-kei join RTHK?") == [("wong", "wah", "kei")]
    assert name_runs("Who followed Leung Chung Tai?") == [("leung", "chung", "tai")]
    assert name_runs("Wong Wah-kei joined RTHK when?") == [("wong", "wah", "kei")]
    assert name_runs("When did Wong Wah-kei's deputy leave?") == [("wong", "wah", "kei")]
    assert name_runs("When did the wong wah kei join?") == []  # not written as a name
    assert {"黄", "王"} <= syllable_characters()["wong"]  # as the index normalises 黃


def test_a_person_named_in_hong_kongs_spelling_is_found_as_the_text_writes_the_name(tmp_path: Path) -> None:
    """"Wong Wah-kei" is in no dictionary and not pinyin (黄华麒 is huáng huá qí): the question
    named nothing the documents hold and got nothing. The characters its syllables spell, written
    in that order in a passage, are the name; another person's passage does not answer."""
    engine = engine_with(tmp_path, {
        "wong.txt": "黄华麒\n\n黄华麒，前任香港广播处长。他于1966年加入香港电台，2008年获委任为广播处长。\n",
        "other.txt": "王基\n\n王基于1970年加入香港电台，任职编导。\n",
    })
    answer = engine.ask("When did Wong Wah-kei join Radio Television Hong Kong?")
    assert answer.found and "黄华麒" in answer.results[0].text
    assert answer.text is not None and "1966" in answer.text
    assert any(t.english == "wong wah kei" and t.term == "黄华麒" for t in answer.translations)
