"""English questions asking the level a change reached with a stranded "to"
(:mod:`bot.answer.english.levels`)."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.levels import level_asked
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


def test_a_change_said_by_the_dictionary_or_a_word_ending_in_one_and_a_closing_year() -> None:
    """"what had the population *grown* to *by 1945*": the translation chosen (发展) is no verb of
    change, but CC-CEDICT glosses "grow" with 增长; the year after "to" still leaves it stranded.
    "what was its capacity *cut* to": 缩减 ends in 减, a fall."""
    population = _unit("population", (("人口", 0.8),), False)
    grown = EnglishQuery(kind=None, units=(population, _unit("grown", (("发展", 0.8),), True)))
    assert level_asked("What had Kunming's population grown to by 1945?", grown) == "count"
    assert level_asked("What had Kunming's population grown into by 1945?", grown) is None
    cut = EnglishQuery(kind=None, units=(_unit("cut", (("缩减", 0.4), ("划", 0.3)), False),))
    assert level_asked("Once it became all-seater, what was its capacity cut to?", cut) == "count"
    # 升 ends words of promotion too (晋升), and "promote" is glossed 提升: "what was he promoted
    # to" asks a post -- no amount is named
    promoted = EnglishQuery(kind=None, units=(_unit("promoted", (("晋升", 0.6),), True),))
    assert level_asked("What was he promoted to?", promoted) is None
    assert level_asked("What was he promoted to in 1755?", promoted) is None


def test_a_level_reached_by_a_year_is_answered(tmp_path: Path) -> None:
    text = "昆明\n\n抗戰爆發以後，許多學校和工廠遷入昆明。1937年昆明人口為14萬多人，到1945年人口增至30萬多人。\n"
    engine = engine_with(tmp_path, {"kunming.txt": text})
    answer = engine.ask("What had Kunming's population grown to by 1945?", count=False)
    assert answer.text is not None and answer.text.startswith("30萬")
