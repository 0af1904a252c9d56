"""An adjective of what can be done ("restorable", "convertible") is tried as its verb when it
finds no corpus term itself, as "rectification" is tried as "rectify": CC-CEDICT glosses the
verb (复原 "to restore", 修复 "to restore; to repair"), and Chinese writes 可 before it (可復原)."""

from __future__ import annotations

from index.english.derived import derivations
from tests.conftest import corpus_translator

PASSAGES = [
    ("kiln", ["发掘", "出土", "完整", "可", "复原", "瓷器", "1.7万余件"]),
    ("kiln", ["窑址", "瓷片", "堆积", "修复"]),
]


def test_able_is_tried_as_its_verb() -> None:
    assert "restore" in derivations("restorable", {"restore", "rest"})
    assert "convert" in derivations("convertible", {"convert"})


def test_a_restorable_piece_is_searched_as_restored() -> None:
    query = corpus_translator(PASSAGES).translate("How many restorable pieces of porcelain were found?")
    unit = next(u for u in query.units if u.english == "restorable")
    assert {"复原", "修复"} & {term for term, _ in unit.terms}
