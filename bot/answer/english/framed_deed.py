"""Whether a wholly English count of people asks a deed done to them *during* a named event that
the figure's clause does not write: the event's words then vouch for no figure.

"How many Party members were disciplined during the theme education campaign?" -- the passage
says 433.6萬名黨員在這場理論大學習、思想大武裝中進一步增強了…自覺: the members were *in* the
campaign, and the campaign's words (主题, 教育, 活动) and the counted people (党员) are all there,
so the figure looks fully asked. But the question names the campaign only as the time frame of
a deed ("during", "under": a preposition of a frame, not the verb's own complement as in "took
part *in* the campaign"), and the deed -- a verb in the passive, done *to* the people counted
("were disciplined", "were expelled", "were promoted") -- is what the count counts. Where none of
that verb's translations stands in the figure's clause, the clause counts the people for
something else: the count asked is not given, and nothing is shown -- as for a count question
whose passage gives no count of what is asked (:func:`~bot.answer.english.doubt.count_not_given`).
(Until eng73n the figure was only withheld and the passage shown as possibly related: every dev
negative of the kind stayed shown, no answerable question was ever judged so.)

A verb the translator leaves without any term ("were *expelled from the Party*") is written by no
clause either: the figure is no answer to it. A verb phrase whose own particle is "under"
("brought *under* management": 纳入) is held by its clause and passes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.english.units_read import read_units
from bot.answer.figure.fitness import figure_clause
from index.english import EnglishUnit
from index.figures import Figure
from index.normalize import aligner_for, normalize
from index.search import Index

if TYPE_CHECKING:
    from bot.answer.query import Query

#: A frame named by a preposition of English grammar: the event is when, not what, is done --
#: an event, not a stretch of time ("during *the year*", "during the 1950s": a figure of that time
#: is counted for whatever the question's verb says, as 新增接入农户1.86万户 for "hooked up").
_FRAME_RE = re.compile(r"\b(?:during|under)\s+([a-z0-9'\s-]+)", re.IGNORECASE)
#: ... the determiners it may open with, and the nouns of time that make it a stretch of time.
_DETERMINERS = frozenset("the this that these those its their his her last past same whole entire".split())
_TIME_NOUNS = frozenset(
    "year years month months week weeks day days decade decades century centuries period periods season seasons"
    " time times quarter quarters spring summer autumn fall winter night nights morning mornings".split()
)


def _event_framed(question: str) -> bool:
    """Whether ``question`` names an event by "during" or "under", not a stretch of time."""
    for match in _FRAME_RE.finditer(question):
        words = match.group(1).lower().split()
        head = next((w for w in words if w not in _DETERMINERS), "")
        if head and not head[0].isdigit() and head.removesuffix("'s") not in _TIME_NOUNS:
            return True
    return False


#: A passive: a form of "be" (or "get") and the verb after it, an adverb in -ly between
#: ("were *newly* recruited"); the verb is group 1.
_PASSIVE_RE = re.compile(r"\b(?:is|are|was|were|been|being|be|got|get|gets)\s+(?:[a-z]+ly\s+)?([a-z]+)", re.IGNORECASE)


def framed_deed_unwritten(index: Index, query: Query, text: str, figure: Figure | None) -> bool:
    """Whether a wholly English count question asking, in the passive and within a frame named
    by "during" or "under", a deed done to the people counted gets ``figure`` (a count of
    people in ``text``, its window) from a clause that writes none of that verb's translations."""
    if figure is None or query.info.kind != "count" or figure.dimension != "people":
        return False
    question = query.question
    if not wholly_english(question) or not _event_framed(question):
        return False
    verbs = {match.group(1).lower() for match in _PASSIVE_RE.finditer(question)}
    if not verbs or not 0 <= figure.start < figure.end <= len(text):
        return False
    read = read_units(index, query.text).query.units
    units = [unit for unit in read if unit.action and unit.english.split()[0].lower() in verbs]
    if not units:
        return False
    if not any(unit.terms for unit in units):
        # "were expelled from the Party": a deed the dictionary gives no term for is written by
        # no clause the search found -- the count is of those the event held, not of the deed
        return True
    clause = figure_clause(aligner_for(text).normalized, figure)
    if any(normalize(term) in clause for unit in units for term, _ in unit.terms):
        return False
    return not complement_written(query.text, read, clause)


#: A prepositional complement of the passive verb, up to the frame or the question's end: the
#: preposition (English grammar's closed class) and the words after it.
_COMPLEMENT_RE = re.compile(
    r"\b(?:is|are|was|were|been|being|be|got|get|gets)\s+(?:[a-z]+ly\s+)?[a-z]+\s+"
    r"(?:with|to|into|onto|from|for|over|in|at|on|by|as|against|among|between)\s+(.+?)(?=\b(?:during|under)\b|[?.;]|$)",
    re.IGNORECASE,
)


def complement_written(question: str, units: Sequence[EnglishUnit], clause: str) -> bool:
    """Whether the figure's ``clause`` writes a translation of a thing the passive verb's
    complement names ("were paired *with villages and communities*": 2900多名县级领导…包村联社,
    村): the clause tells that deed in its own words (包村 "take charge of a village"), which
    the dictionary's senses of the verb miss. Only a common noun of the complement -- not a
    name ("recruited *in Zhejiang*" says where, and 全省 is no deed), nor the counted focus
    ("expelled *from the Party*", where Party names the members counted). ``units``: the
    question's English units, as read."""
    found = _COMPLEMENT_RE.search(question)
    if found is None:
        return False
    words = set(found.group(1).lower().split())
    return any(
        normalize(term) in clause
        for unit in units
        if not (unit.action or unit.name or unit.focus) and set(unit.english.lower().split()) <= words
        for term, _ in unit.terms
    )
