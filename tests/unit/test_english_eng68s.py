"""English round eng68s (answerable English questions the fitted shown model declines): small
invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

FORT = """柘川古堡

柘川古堡位于江边高地，明初为驻军所建。古堡历经战火，直到1476年才由柘川乡绅重修完工。现存城墙长约320米。
"""

SURVEY = """柘川县群众测评

柘川县开展年度群众测评，受访群众对渡口改造总体评价“满意”的占96.4%，较上年提高2.1个百分点。
"""

KEEP = """柘山石堡

柘山石堡为清代驻军所筑，城墙周长约600米。1702年，柘山乡绅集资重修石堡。
"""

FERRY = """柘川渡口

柘川渡口设于清道光年间，初设渡船3艘，每艘限载18人。
"""


def _engine(tmp_path):
    return engine_with(tmp_path, {"fort.txt": FORT, "survey.txt": SURVEY, "ferry.txt": FERRY})


def test_a_date_or_share_whose_clause_holds_one_understood_word_is_possibly_related(tmp_path) -> None:
    """"When did the garrison's fortress finally get its repairs finished?": "fortress" and
    "finished" are read as no word the corpus writes, so the shown model declined it like an
    off-topic question; but 重修 ("repairs") stands in the very clause that gives the year
    (直到1476年才由柘川乡绅重修完工), and a date is written where the text dates one event, so one of
    the question's words beside it is evidence -- shown as possibly related, never confidently.
    Likewise a share: 受访 ("respondents") beside 96.4%."""
    engine = _engine(tmp_path)
    answer = engine.ask("When did the garrison's fortress finally get its repairs finished?", count=False)
    assert answer.results and "1476年" in answer.results[0].text, answer
    assert answer.figure is not None and answer.figure.text == "1476年", answer
    assert not answer.confident, answer
    answer = engine.ask("What percentage of respondents approved of the revamp?", count=False)
    assert answer.results and "96.4%" in answer.results[0].text, answer
    assert not answer.confident, answer


def test_one_understood_word_beside_a_count_does_not_vouch(tmp_path) -> None:
    """A count's figure stands in nearly every clause: one word beside it is chance, and an
    off-topic count question still gets nothing (长约320米 for "how long ... boil an egg")."""
    engine = _engine(tmp_path)
    assert not engine.ask("How long should I boil an egg for a runny yolk?", count=False).results
    # ... nor a date question whose words stand beside no date
    assert not engine.ask("When did the first crewed mission land on the Moon?", count=False).results


def test_a_date_that_is_a_clause_of_its_own_is_read_with_the_clause_it_dates(tmp_path) -> None:
    """1702年，柘山乡绅集资重修石堡: the date's own clause is the bare date, holding none of the
    question's words; a sentence-opening date dates the clause after it, which holds 重修
    ("repairs") -- shown as possibly related, as a date whose clause holds the word."""
    engine = engine_with(tmp_path, {"keep.txt": KEEP, "survey.txt": SURVEY, "ferry.txt": FERRY})
    answer = engine.ask("When did the gentry pool funds for the repairs?", count=False)
    assert answer.results and "1702年" in answer.results[0].text, answer
    assert answer.figure is not None and answer.figure.text == "1702年", answer
    assert not answer.confident, answer
