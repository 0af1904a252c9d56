"""A count in digits that an English question gives in words, passed over for the count asked.

"Each provincial leader took on at least *one* research topic; how many research trips did they
make in all?" -- the text writes the question's own figure in digits (每位省領導至少領題1個以上
牽引性課題,共開展調研280次), and 1個, standing beside 課題, fits better than 280次. A number the
question spells in words (:func:`~bot.answer.english.number_words.spelled_numbers`) is what it
already knows -- like a figure it quotes in digits (:attr:`QuestionInfo.quoted`), which is never
its answer. The figure asked is chosen again from the best passage with that one quoted.

Only the shown figure is chosen again, after the passages are ranked: a passage writing the
question's own count is rightly ranked by it (the count says it is the passage spoken of).
"""

from __future__ import annotations

from dataclasses import replace

from bot.answer.figure import choose_figure
from bot.answer.figure_words import figure_words
from bot.answer.ranked import Candidate
from bot.answer.reading import Reading
from bot.answer.window import window_text
from bot.answer.query import Query
from index.figures import Figure


def spelled_in_digits(query: Query, figure: Figure | None) -> bool:
    """Whether ``figure`` is a count in digits whose value the English count question spells in
    words ("at least one topic": 1個)."""
    info = query.info
    return (
        figure is not None
        and info.english
        and bool(info.spelled)
        and figure.kind in ("count", "number")
        and not figure.split
        and figure.text[:1].isdigit()
        and figure.value in info.spelled
    )


def count_asked_instead(reading: Reading, query: Query, best: Candidate) -> Candidate:
    """``best`` with its figure chosen again, the question's own count quoted, when its figure is
    one the question spells in words (:func:`spelled_in_digits`); ``best`` itself otherwise."""
    own = best.figure
    if own is None or not spelled_in_digits(query, own):
        return best
    info = replace(query.info, quoted=(*query.info.quoted, own))
    window = window_text(reading, best.evidence)
    figure, fit = choose_figure(window, figure_words(query), reading.index, info, reading.heading(best.evidence.id))
    return replace(best, figure=figure, features=replace(best.features, fit=fit, lacks=1.0 if figure is None else 0.0))
