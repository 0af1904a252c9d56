"""English round eng65d (answerable English questions declined though their right passage is the
best candidate): small invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

HARBOUR = """柘川渔港

柘川渔港始建于清光绪年间。去年汛期，渔港志愿者深入渔村网格排查化解邻里矛盾460余起，帮助渔民修补渔网1200张。
"""

FERRY = """柘川渡口

柘川渡口设于清道光年间，初设渡船3艘，每艘限载18人。
"""


def test_a_figure_whose_clause_holds_two_understood_words_is_shown_as_possibly_related(tmp_path) -> None:
    """"Roughly how many squabbles did volunteers sent into the village grids resolve ...?":
    "squabbles" has no translation the corpus writes, so the shown model, which weighs how much of
    the question the passage holds, declined it like an off-topic question; but 网格 ("grids") and
    化解 ("resolve") stand in the very clause that gives the count (渔村网格排查化解邻里矛盾460余起)."""
    engine = engine_with(tmp_path, {"harbour.txt": HARBOUR, "ferry.txt": FERRY})
    answer = engine.ask(
        "Roughly how many squabbles did volunteers sent into the village grids resolve during the flood season?", count=False
    )
    assert answer.results and "460余起" in answer.results[0].text, answer
    assert not answer.confident  # possibly related: the shown model doubted it
    # ... not an off-topic question, whose one understood word finds a figure of another clause
    assert not engine.ask("How long should I boil an egg for a runny yolk?", count=False).results



def test_the_figure_of_a_clause_holding_the_question_s_words_is_shown_though_it_fits_loosely(tmp_path, monkeypatch) -> None:
    """A passage shown for its figure's clause is shown for that figure: the question's words
    stand beside it, so it is shown (from ``FIGURE_DOUBTED``) even where its fit is below what an
    English question's possibly related passage asks (``ENGLISH_FIGURE_SURE``, raised here so
    that 460余起's fit falls below it; on the dev sets 2.7萬余起 fits 0.18-0.24 beside 网格 and 化解)."""
    import bot.answer

    monkeypatch.setattr(bot.answer, "ENGLISH_FIGURE_SURE", 0.6)
    engine = engine_with(tmp_path, {"harbour.txt": HARBOUR, "ferry.txt": FERRY})
    answer = engine.ask(
        "Roughly how many squabbles did volunteers sent into the village grids resolve during the flood season?", count=False
    )
    assert answer.figure is not None and answer.figure.text == "460余起", answer
    assert not answer.confident


def test_a_capitalised_name_nothing_was_searched_for_keeps_a_clause_from_vouching(tmp_path) -> None:
    """"... the village grids of *Wexbury* ...": a name the documents lack makes the question one
    about another place, whatever words of it a clause holds ("How old was Terry Neill when he
    became the club's youngest ever manager": 社会 and 干部 in 浙江分两批在全省党员干部中…社会主义思想)."""
    engine = engine_with(tmp_path, {"harbour.txt": HARBOUR, "ferry.txt": FERRY})
    answer = engine.ask(
        "Roughly how many squabbles did volunteers sent into the village grids of Wexbury resolve during the flood season?",
        count=False,
    )
    assert not answer.results, answer
