"""English round eng80s (an answerable question given nothing after reading): small invented texts, not the sets'."""
from __future__ import annotations

from dataclasses import replace

from bot.answer import consider
from bot.answer.english.surely_found import nothing_surely_found
from bot.answer.model import WeightedWord
from bot.answer.reading import Reading
from tests.conftest import engine_with

FERRY = """柘川县渡口

柘川县东门外原有渡口一处。清代乾隆年间，乡绅林守仁倡议筑坝，坝成后渡船停用。
"""


def _surely(tmp_path, proposed_share: float) -> bool:  # type: ignore[no-untyped-def]
    """Whether the ferry passage holds nothing of "Who proposed the dam?" surely, its words read
    as the translator gives them: "proposed" as 提出 first and 倡议 (the word the passage writes)
    at ``proposed_share`` of it, "dam" as 坝 (one character)."""
    engine = engine_with(tmp_path, {"ferry.txt": FERRY})
    index = engine.index
    considered = consider(index, "Who proposed the dam?")
    reading = Reading(index)
    best = next(c for c in considered.candidates if "倡议" in reading.normalized(c.evidence.id))
    words = (
        WeightedWord(("提出", "倡议"), "eng", weight=1.0, shares=(1.0, proposed_share)),
        WeightedWord(("坝",), "eng", weight=1.0, shares=(1.0,)),
    )
    return nothing_surely_found(reading, replace(considered.query, words=words), best)


def test_a_second_sense_of_two_characters_is_found_surely(tmp_path) -> None:
    """倡议 at 0.7 of 提出 for "proposed" is one of the word's senses, and a term of two characters
    the passage writes: the passage speaks of what is asked (eng80s; at 0.9 it got nothing, as the
    master driller's passage did, 钻头 at 0.70)."""
    assert not _surely(tmp_path, 0.7)


def test_a_loose_neighbour_of_two_characters_is_not(tmp_path) -> None:
    """倡议 at 0.3 of 提出 is a loose neighbour of the word: with 坝 (one character) beside it the
    passage still holds nothing of the question surely."""
    assert _surely(tmp_path, 0.3)
