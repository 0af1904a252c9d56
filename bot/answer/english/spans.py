"""When something began or ended, asked in English, and a passage giving its whole span.

A report dates a campaign, a works or a serial once as a span -- its first and last month
written together (2023年4月至2024年1月开展主题教育; 1980年1月28日到1983年5月11日连载) -- and
dates the single events inside it elsewhere (2023年9月, a visit during it). An English question
asking when the thing "got under way", "kicked off", "wrapped up", "came to an end" or "ran up
to" is read through phrases the translator does not take as verbs of beginning or ending, so
the paragraph holding more of the question's other words (the visit's) ranks first, with a
single date that is neither end of anything asked. :func:`span_first` puts first, among the
candidates of the best's document close to it, one whose date is a span -- the only figure
that holds a beginning and an end -- when the question asks either and the best's date is a
single one that no verb of the question follows (then it is the beginning or end asked:
2021年3月動工).

The English words of beginning and ending are a closed class of aspectual verbs and phrases,
not words drawn from the questions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.english.dated import dated_by, question_verbs, said_alike
from bot.answer.english.rates import candidate_text
from bot.answer.first.close import document_first
from bot.answer.reading import Reading
from index.search import Index

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: An English question asking when a thing began or ended (the aspectual verbs and phrases of
#: English: begin, start, commence, kick off, get under way; end, finish, conclude, wrap up,
#: come to an end; run or last -- up to, until -- which asks its end; not a bare "last", mostly
#: the adjective: "when was the *last* repair").
_BOUNDARY_ASKED = re.compile(
    r"\b(?:begin|began|begun|begins|start|starts|started|commence[sd]?|kick(?:s|ed)?\s+off"
    r"|(?:get|gets|got|gotten|getting)\s+under\s?way|underway"
    r"|end|ends|ended|finish(?:es|ed)?|conclude[sd]?|wrap(?:s|ped)?\s+up|c[oa]me?s?\s+to\s+an\s+end"
    r"|run|runs|ran|lasts|lasted)\b",
    re.IGNORECASE,
)
#: A question asking a birth, a death or a founding: a single date, read by its own steps.
_LIFE_ASKED = re.compile(r"\b(?:born|birth|die|died|death|found|founded|established)\b", re.IGNORECASE)
#: How many candidates are read, and what share of the best's score one must reach.
SPAN_REACH = 4
SPAN_SHARE = 0.7


def boundary_asked(question: str) -> bool:
    """Whether the wholly English ``question`` asks when something began or ended."""
    return _BOUNDARY_ASKED.search(question) is not None and _LIFE_ASKED.search(question) is None


def span_first(
    index: Index, reading: Reading, query: Query, candidates: tuple[Candidate, ...]
) -> tuple[Candidate, ...]:
    """The candidates of a wholly English question asking when something began or ended with the
    first of the best's document whose date is a span (2023年4月至2024年1月) put first, when the
    best's date is a single one no verb of the question follows; others as they are."""
    if query.info.kind != "date" or len(candidates) < 2 or not wholly_english(query.question):
        return candidates
    best = candidates[0].figure
    if best is None or best.kind != "date" or best.split or not boundary_asked(query.question):
        return candidates
    ordered = document_first(reading, candidates, SPAN_REACH, SPAN_SHARE, lambda c: _spanned(reading, c))
    if ordered is candidates:
        return candidates
    # (read only when a span would come first: the question's verbs are a translation, read
    # once for :func:`~bot.answer.english.dated.dated_first` and kept)
    verbs = said_alike(query.info.verbs or question_verbs(index, query.question))
    if verbs and dated_by(candidate_text(reading, candidates[0]), best, verbs):
        return candidates  # 工程於2021年3月動工: the beginning asked
    return ordered


def _spanned(reading: Reading, candidate: Candidate) -> bool:
    """Whether ``candidate``'s figure is a span of dates (2023年4月至2024年1月) standing in the
    text's own course, not an aside in brackets after a name (羅懷謙（1771年—1842年）: a life, a
    reign -- no deed's beginning or end)."""
    figure = candidate.figure
    if figure is None or figure.kind != "date" or not figure.split:
        return False
    text = candidate_text(reading, candidate)
    return text[max(0, figure.start - 1) : figure.start] not in _ASIDE_OPENED


#: What opens an aside in brackets.
_ASIDE_OPENED = ("（", "(")
