"""A Chinese date question naming a dynasty (凤漪桥清代重建是在哪一年) is answered by a close
candidate's year of that dynasty (清乾隆二十年（1755年）), not by the best-ranked passage's year
of another time (the 2006年 of a passage that writes 清代重建 without a year): the text dates the
event by its reign, which the question's 清代 does not find."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answer.figure import choose_figure
from bot.answer.figure.years import dynasty_asked, of_years
from bot.answer.figure_words import figure_words
from bot.answer.query import Query
from bot.answer.reading import Reading
from bot.answer.window import window_text
from index.figures import Figure
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer import Candidate

#: How many candidates after the best are read, and the share of the best's rank score the one
#: with a year of the dynasty must reach to come first.
DYNASTY_REACH = 4
DYNASTY_SHARE = 0.6


def dynasty_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a Chinese date question naming a dynasty (明代, 清朝) with the first close
    one of the best's document whose figure is a year of that dynasty put first (its figure read,
    when ranking did not read it), when the best's figure is not one."""
    if query.info.kind != "date" or query.translations or len(candidates) < 2:
        return candidates
    span = dynasty_asked(normalize(query.question))
    if span is None:
        return candidates

    def of_dynasty(figure: Figure | None) -> bool:
        return figure is not None and of_years(figure, span)

    if of_dynasty(candidates[0].figure):
        return candidates
    words = figure_words(query)
    floor = DYNASTY_SHARE * candidates[0].score
    document = reading.place(candidates[0].evidence.id)[0]
    for n, candidate in enumerate(candidates[1:DYNASTY_REACH], 1):
        if candidate.score < floor:
            break
        if reading.place(candidate.evidence.id)[0] != document:
            continue  # another document's year of the dynasty is another thing's
        if candidate.figure is None:
            text = window_text(reading, candidate.evidence)
            figure, fit = choose_figure(text, words, reading.index, query.info, reading.heading(candidate.evidence.id))
            candidate = replace(candidate, figure=figure, features=replace(candidate.features, fit=fit))
        if of_dynasty(candidate.figure):
            return (candidate, *candidates[:n], *candidates[n + 1 :])  # first, with the figure it was given
    return candidates
