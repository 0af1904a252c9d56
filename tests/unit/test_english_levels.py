"""English questions asking the level a change reached with a stranded "to"
(:mod:`bot.answer.english_levels`)."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english_levels import level_asked
from index.english import EnglishQuery, EnglishUnit
from tests.conftest import engine_with

SCHEME = {
    "scheme.txt": "投資移民計劃\n\n根據該計劃，申請人須投資不少於650萬港幣。2010年10月，政府將最低投資金額提高到1000萬港幣，"
    "以防止樓價過快上升。\n"
}


def _unit(english: str, terms: tuple[tuple[str, float], ...], action: bool) -> EnglishUnit:
    return EnglishUnit(english=english, terms=terms, confidence=1.0, action=action, understood=1.0)


def test_what_a_change_reached_asks_a_figure() -> None:
    """"what did ... *raise* ... *to*?": a verb one of whose translations is a verb of a rise or
    a fall (提高), and "to" left at the end -- the figure reached, as 提高到多少 asks."""
    raised = EnglishQuery(kind=None, units=(_unit("raise", (("提高", 0.5), ("起", 0.3)), True),))
    assert level_asked("In October 2010, what did the government raise the minimum investment to?", raised) == "count"
    assert level_asked("What did the government raise the minimum investment for?", raised) is None
    belongs = EnglishQuery(kind=None, units=(_unit("belong", (("属于", 0.5),), True),))
    assert level_asked("What family does the bilberry belong to?", belongs) is None


def test_the_level_reached_is_answered(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, SCHEME)
    answer = engine.ask("In October 2010, what did the government raise the minimum investment to?")
    assert answer.text is not None and answer.text.startswith("1000萬")
