"""An English bound on a level or an amount ("county level *or above*", "*at least* one topic")
is searched as the word CC-CEDICT glosses by that bound (以上 "that level or higher"), which
Chinese writes after the level or the figure (縣處級以上, 1個以上)."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english import english_words
from tests.conftest import engine_with

OFFICIALS = (
    "主題教育\n\n"
    "全省4.5萬名縣處級以上領導干部參加主題教育,開展調研。\n\n"
    "推動全省2900多名縣級領導、7800多個機關部門聯系服務群眾,辦好民生實事。\n"
)


def test_or_above_is_searched_as_the_word_glossed_that_level_or_higher(tmp_path: Path) -> None:
    """"county level or above": 县级 alone found 2900多名縣級領導; the text writes 縣處級以上."""
    engine = engine_with(tmp_path, {"officials.txt": OFFICIALS})
    question = "How many leading officials at county level or above took part in the theme education?"
    words = english_words(engine.index, question)
    assert words is not None and any("以上" in w.variants for w in words.words)
    assert engine.ask(question, count=False).text == "4.5萬名"


def test_no_bound_no_word(tmp_path: Path) -> None:
    """A question naming no bound searches no 以上, and a bound the documents never write neither."""
    engine = engine_with(tmp_path, {"officials.txt": OFFICIALS})
    words = english_words(engine.index, "How many leading officials at county level took part?")
    assert words is not None and not any("以上" in w.variants for w in words.words)
    below = english_words(engine.index, "How many officials at county level or below took part?")
    assert below is not None and not any("以下" in w.variants for w in below.words)
