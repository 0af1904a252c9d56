""""*At a minimum*, how many ..." puts the bound "at least" does: Chinese writes it after the
figure (每人负责2个以上), searched as 以上 (bot/answer/english_bounds.bound_words)."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.bounds import bound_words
from tests.conftest import engine_with

ORCHARD = (
    "青禾村果园\n\n"
    "青禾村共有果园36处，去年新增果树品种4个。\n\n"
    "村里规定，每户果农每年至少参加培训3次，村干部每人联系2个以上果园。\n"
)


def test_at_a_minimum_is_a_bound(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"qinghe.txt": ORCHARD})
    for question in (
        "At a minimum, how many orchards does each village cadre keep in touch with?",
        "How many orchards, at minimum, does each village cadre keep in touch with?",
    ):
        words = bound_words(engine.index, question)
        assert words and "以上" in words[0].variants
    assert bound_words(engine.index, "What is the minimum wage in Qinghe?") == []
