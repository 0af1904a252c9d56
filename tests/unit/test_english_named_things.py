"""A thing the dictionary names in several words ("mapo tofu": 麻婆豆腐) that no document writes,
nor anything one of its words means, makes the question one about something the documents lack
-- "a good recipe" alone found 做法 and 好 in the article, and its passage was shown."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english import ABSENT, english_words
from tests.conftest import engine_with

WIND = (
    "洋口海上风电场全容量并网发电\n\n"
    "与同等规模的燃煤电厂相比，每年可节约标准煤约124万吨，减少二氧化碳排放约336万吨。\n"
)


def test_a_dish_the_documents_never_name_makes_the_question_absent(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"wind.txt": WIND})
    words = english_words(engine.index, "What's a good recipe for mapo tofu?")
    assert words is not None and any(ABSENT in w.variants for w in words.words)
    answer = engine.ask("What's a good recipe for mapo tofu?", count=False)
    assert answer.text is None and not answer.results


def test_a_phrase_one_of_whose_words_the_documents_write_is_not(tmp_path: Path) -> None:
    """碳排放 ("carbon dioxide emissions") is in no text, but 排放 ("emissions") is."""
    engine = engine_with(tmp_path, {"wind.txt": WIND})
    words = english_words(engine.index, "By how many tonnes will the wind farm cut carbon dioxide emissions a year?")
    assert words is not None and not any(ABSENT in w.variants for w in words.words)
