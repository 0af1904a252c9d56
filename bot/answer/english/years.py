"""A figure of another year: "How much silver did the *1743* rebuilding cost?" answered by
白銀1.27萬兩 of a passage telling of 1535 and 1538 only -- the text gives the amount of another
time and none of the year asked, so nothing is shown (as for a count the passage does not give)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.figure.fitness import CONTRAST, bare_year, dated_otherwise
from bot.answer.figure.years import of_other_year
from bot.answer.window import shown_text
from index.figures import passage_figures

if TYPE_CHECKING:
    from bot.answer.model import Candidate
    from bot.answer.query import Query
    from bot.answer.reading import Reading


#: Where a sentence ends.
_SENTENCE_END_RE = re.compile(r"[。！？!?]")


def _years(query: Query) -> set[int]:
    """The years a question writes bare ("in 1743", "the 1743 rebuilding")."""
    return {int(q.text) for q in query.info.quoted if bare_year(q)}


def year_not_given(reading: Reading, best: Candidate, query: Query) -> bool:
    """Whether a wholly English count naming a year is answered by a figure dated another year
    (:func:`~bot.answer.figure.fitness.dated_otherwise`) in a shown text that writes no date of
    any year the question names before the end of the figure's sentence (one written only in a
    later sentence tells of something else the text says then)."""
    figure = best.figure
    if query.info.kind != "count" or figure is None or not wholly_english(query.question):
        return False
    years = _years(query)
    if not years:
        return False
    evidence = best.evidence
    text = shown_text(reading, evidence.id, evidence.first, evidence.last).text
    figures = passage_figures(text)
    own = next((f for f in figures if f.text == figure.text), None)
    if own is None:
        return False
    # a date of the year asked only in a later sentence is no date of the figure's
    # (…（1776年）以白銀1.2萬兩購下…。…同治三年（1864年）…重修 for "in 1864")
    end = _SENTENCE_END_RE.search(text, own.end)
    later = len(text) if end is None else end.end()
    if any(f.kind == "date" and "y" in f.parts and not of_other_year(f, years) and f.start < later for f in figures):
        return False
    return dated_otherwise(text, query.info, own) == CONTRAST
