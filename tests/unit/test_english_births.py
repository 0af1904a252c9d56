"""English questions asking when someone was born, answered by the life span after the name."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english_births import asks_birth, life_span_start
from tests.conftest import engine_with

BIOGRAPHY = (
    "周明远\n\n周明远（1930年5月6日—2010年8月9日），浙江宁波人，物理学家，长期从事海浪研究。\n\n"
    "周明远出生于宁波一个商人家庭，少年时代常在海边观察海浪。\n\n"
    "1980年，周明远出版专著《海浪》，该书约30万字。\n"
)


def test_the_first_date_of_a_life_span_after_the_name() -> None:
    figure = life_span_start("周明远（1930年5月6日—2010年8月9日），浙江宁波人", ["周明远"])
    assert figure is not None and figure.text == "1930年5月6日"
    assert life_span_start("周明远（浙江宁波人），1930年5月6日—2010年8月9日", ["周明远"]) is None
    assert asks_birth("When was Zhou Mingyuan born?") and not asks_birth("When did Zhou Mingyuan die?")


def test_a_birth_asked_in_english_is_the_life_spans_first_date(tmp_path: Path) -> None:
    """"born" is read as "bear" (负担), and the passage writing 出生 gives no date: the date a
    biography gives in brackets after the name (周明远（1930年5月6日—...）) is the birth's --
    not the book's 1980年, in the passage naming him most."""
    engine = engine_with(tmp_path, {"lin.txt": BIOGRAPHY})
    for question in ("When was Zhou Mingyuan born?", "In what year was Zhou Mingyuan born?"):
        answer = engine.ask(question, count=False)
        assert answer.figure is not None and answer.figure.text == "1930年5月6日"
        assert answer.results[0].text.startswith("周明远（1930年")
