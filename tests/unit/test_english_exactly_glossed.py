"""index.english.glosses.exactly_glossed: headwords whose gloss is exactly a phrase (one place for
what the sum and the this-year/last-year readings ask of the dictionary)."""
from __future__ import annotations

from index.english.glosses import exactly_glossed, gloss_pieces


def test_a_phrase_of_function_words_finds_the_headwords_glossed_exactly_so() -> None:
    found = exactly_glossed(frozenset({"last year", "in total", "so far"}))
    assert "去年" in found["last year"]
    assert "年来" not in found["last year"]  # "over the last years" only holds the words
    assert "迄今" in found["so far"]
    assert "the whole year" not in found  # not asked


def test_gloss_pieces_split_senses_strip_and_lower() -> None:
    assert gloss_pieces(b"\x01Last year/ in total ;so far\n\x01to date/") == ["last year", "in total", "so far", "to date"]
