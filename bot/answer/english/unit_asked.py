"""A wholly English question asking an amount in a unit it names ("how much rice ..., *in dan*?",
"how much carbon *money*"), whose best passage writes its figure in that very unit (舂米約210石,
碳匯收益4460元): the passage gives the amount asked, however poorly the figure model fits it.

:func:`~bot.answer.english.doubt.count_not_given` refuses a count question whose best figure fits
less than :data:`~bot.answer.english.doubt.ENGLISH_COUNT_NOTHING`, or a "how much" answered by a
bare number: the documents speak of the things named but do not count them. The figure model
reads the question through its counted thing (钱 for "money", counted 块 or 笔), and the figure
parser leaves units it cannot tell from a word bare (石 is also "stone", 丈 a husband's title),
so a figure in the unit the question itself names fits poorly: 4460元 at 0.05, 210 (石) at 0.10.
The question's own word, translated as the unit the text writes right after the number, says
more than the fit: the amount is in what is asked. Not for a measure word of things, people or
events (215块 for "how much money": 块 counts devices there; 1.1萬冊 for "how many books"), and
only where the question asks an amount -- "how much", or the unit named after "in".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import NOT_SEARCHED, SEPARATOR, wholly_english
from bot.answer.english.how_much import HOW_MUCH_RE
from bot.answer.reading import Reading
from bot.answer.window import window_text
from bot.question import COUNTED_DIMENSIONS
from index.figures.units import unit_dimension
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: Figures of these kinds are never an amount in a unit (a date, a share).
_NOT_AMOUNTS = frozenset({"date", "percent"})
#: How many words may stand between "in" and the unit it names ("in ten-thousand yuan").
_IN_GAP = 2


def unit_asked(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether a wholly English question asking an amount ("how much", or a unit named after
    "in") has a ``best`` figure written in the unit one of its words is translated as: the
    figure's unit, or for a bare number the characters right after it in the text (210石),
    a unit of no counted dimension (things, people, events) nor of time."""
    figure = best.figure
    if figure is None or figure.kind in _NOT_AMOUNTS or not wholly_english(query.question):
        return False
    written = _unit_written(window_text(reading, best.evidence), figure.start, figure.end, figure.unit)
    if not written or unit_dimension(written[:1] if not figure.unit else written) in (*COUNTED_DIMENSIONS, "time"):
        return False
    much = HOW_MUCH_RE.search(query.question) is not None
    for translation in query.translations:
        if translation.term == NOT_SEARCHED:
            continue
        variants = [normalize(v) for v in translation.term.split(SEPARATOR) if v]
        named = any(written == v if figure.unit else written.startswith(v) for v in variants)
        if named and (much or _named_after_in(query.question, translation.english)):
            return True
    return False


def _unit_written(text: str, start: int, end: int, unit: str) -> str:
    """The figure's unit as normalised, or, for a bare number, the two characters after it."""
    if unit:
        return normalize(unit)
    if not 0 <= start < end <= len(text):
        return ""
    return normalize(text[end : end + 2])


def _named_after_in(question: str, english: str) -> bool:
    """Whether ``question`` names ``english`` after "in" (", in dan?", "in ten-thousand yuan")."""
    words = r"\s+".join(re.escape(w) for w in english.split())
    gap = r"(?:[\w'-]+\s+){0,%d}" % _IN_GAP
    return re.search(rf"\bin\s+{gap}{words}\b", question, re.IGNORECASE) is not None
