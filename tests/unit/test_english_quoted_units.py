"""A figure the question quotes with its unit's symbol ("the *15 MW* turbines") is written as a
figure in the texts (15兆瓦), as "nine" is 9: the symbol is no unknown thing, which would make
the question look understood only in part and show nothing."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english import english_words
from tests.conftest import engine_with

WIND = (
    "洋口海上风电场全容量并网发电\n\n"
    "项目共安装80台单机容量为15兆瓦的风电机组，配套建设2座海上升压站。\n\n"
    "在设备方面，项目选用的15兆瓦风电机组叶轮直径达252米，扫风面积约4.9万平方米。\n"
)


def test_a_unit_symbol_after_a_number_is_no_unknown_word(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"wind.txt": WIND})
    question = "What is the rotor diameter of the 15 MW turbines?"
    words = english_words(engine.index, question)
    assert words is not None and not any("mw" in w.variants for w in words.words)
    assert engine.ask(question, count=False).text == "252米"


def test_a_symbol_typed_in_lower_case_or_without_a_number_stays_unknown(tmp_path: Path) -> None:
    """"mw" may be a milliwatt, and "MW" alone no figure quoted."""
    engine = engine_with(tmp_path, {"wind.txt": WIND})
    for question in ("What is the rotor diameter of the 15 mw turbines?", "What is the rotor diameter of MW turbines?"):
        words = english_words(engine.index, question)
        assert words is not None and any("mw" in w.variants for w in words.words)
