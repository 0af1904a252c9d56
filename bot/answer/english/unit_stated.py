"""The unit an English question says its answer is stated in, as an aside ("how much rice could the
mill husk per day, *in dan*?"; "how long, *in characters*, is the general requirement"), and whether
the best passage writes its figure in it (每日可舂米約210石: 石 is what "dan" was searched as).

A figure the reader takes as a bare number (210: 石 is no unit it knows, being also a stone) fits a
"how much" poorly, and :func:`~bot.answer.english.doubt.count_not_given` refuses it -- but the
passage writes right after it the very unit the question asks in: the amount asked, as asked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answer.english.basics import SEPARATOR
from bot.answer.english.figures import stated_unit
from bot.answer.reading import Reading
from bot.answer.window import window_text
from index.normalize import aligner_for

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

def written_in_stated_unit(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether ``best``'s figure, a bare number, is written right before a translation of the unit
    the question states its answer in (210石 for ", in dan?", 石 searched for "dan")."""
    figure = best.figure
    word = stated_unit(query.question) if figure is not None and not figure.unit else None
    if word is None:
        return False
    terms = [
        term for t in query.translations if t.english.lower() == word for term in t.term.split(SEPARATOR)
        if term and not term.isascii()
    ]
    text = window_text(reading, best.evidence)
    if not terms or not 0 <= figure.end <= len(text):
        return False
    after = aligner_for(text).normalized[figure.end : figure.end + max(map(len, terms)) + 1].lstrip()
    return any(after.startswith(term) for term in terms)
