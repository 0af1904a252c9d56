"""Which figure of the passage is the direct answer to a wholly English question (english_fresh38
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with


PAGODA = "临川古塔\n\n临川古塔建于宋代。塔下台基以青砖包砌，高3.2米，东西26米，南北19米。\n"
RAILING = "临川古塔\n\n临川古塔建于宋代。塔下青砖台基的石栏高1.2米，台基东西长26米，南北宽19米。\n"


def test_the_length_an_english_question_asks_is_read() -> None:
    """"how long" and "length" ask a length (长), "how tall" and "height" a height (高), "how
    far" a distance; a question naming none gives none."""
    from bot.answer.english_lengths import length_asked

    assert length_asked("How long is the brick platform from east to west, in metres?") == "长"
    assert length_asked("What is the total height of the tower?") == "高"
    assert length_asked("How tall is the bell?") == "高"
    assert length_asked("How far is the island from the coast?") == "距"
    assert length_asked("How many bells hang in the tower?") is None


def test_a_length_asked_is_not_a_height_written(tmp_path: Path) -> None:
    """"How long is the brick platform?": 26米 (东西26米, 台基东西长26米), not the height the text
    writes nearer the question's words (高3.2米, 石栏高1.2米)."""
    for name, text in (("pagoda.txt", PAGODA), ("railing.txt", RAILING)):
        folder = tmp_path / name.removesuffix(".txt")
        folder.mkdir()
        engine = engine_with(folder, {name: text})
        answer = engine.ask("How long is the brick platform of the Linchuan pagoda?", count=False)
        assert answer.text is not None and answer.text.startswith("26"), (name, answer.text)
