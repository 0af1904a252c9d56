"""A parenthesised aside inside a counted noun phrase ("how many mobile (floating) *Party
members*") does not end the phrase: its head, the noun after the aside, is what is counted
(bot/answer/english_amounts.past_aside)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with


def test_the_noun_after_an_aside_is_counted(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"county.txt": (
        "青河縣黨建工作綜述\n\n青河縣全面實施黨員隊伍管理三年行動,制定發展黨員工作相關文件,"
        "將1.2萬名流動黨員納入有效管理,推廣網格化服務。\n"
    )})
    answer = engine.ask("How many mobile (floating) Party members did Qinghe County bring under management?")
    # (before: "mobile" was counted -- 行动, of 三年行动 -- and nothing was given)
    assert answer.text is not None and answer.text.startswith("1.2萬")
