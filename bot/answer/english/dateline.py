"""A news report's dateline dates the report, not what an English question asks about.

A report opens with when it was filed or when the news was given out (本报讯 12月16日，记者从筼塘县
林业局获悉…; 本报讯（记者 方予宁）12月2日，…发布消息), and that lead paragraph holds the most of
the report's topic: the thing's name, the place, what it did over the year. An English question
asking when the thing *began* ("when did the pilot get under way?") is translated to its topic's
words and finds the lead first, whose only date is the dateline's; the paragraph telling the
beginning (试点于去年12月9日在县林权交易中心启动) holds fewer of the words. A dateline's date is
when the text says something, never when the deed happened, unless the deed asked is the very
saying (发布, 通报 right after it). :func:`dateline_first` puts first, among the candidates of the
best's document close to it, one whose date is not a dateline's, when the best's is and no verb
of the question stands in the dateline's clause.

A step beside :func:`~bot.answer.english.dated.dated_first`, which prefers a date the question's
verb follows: here no verb need be read -- "get under way", "come into force" are phrases the
translator does not take as verbs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.english.dated import question_verbs, said_alike
from bot.answer.english.rates import candidate_text
from bot.answer.first.close import document_first
from bot.answer.reading import Reading
from index.normalize import normalize
from index.search import Index

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: How many candidates are read (the best and the next three), what share of the best's score one
#: must reach, and how well its date must fit (as :data:`~bot.answer.english.dated.DATED_LEAD_FIT`).
DATELINE_REACH = 4
DATELINE_SHARE = 0.8
DATELINE_FIT = 0.15

#: A news lead's own dateline before a date, with nothing between but a reporter's name in
#: brackets (本报讯 12月16日; 本报讯（记者 方予宁）12月2日): that date is the report's. Not a date
#: after a dateline that gives its own (本报南通11月18日电（记者 周启航）2026年11月16日, the event's),
#: which :data:`~bot.answer.english.dated._DATELINE_RE` reads as a lead's too.
_DATELINE_RE = re.compile(r"本[报報][讯訊]\s*(?:[（(][^）)]*[）)])?\s*$")

#: Where a dateline's clause ends: the sentence's first clause mark after the date.
_CLAUSE_END_RE = re.compile(r"[，,。；;！？!?]")


def dateline_first(
    index: Index, reading: Reading, query: Query, candidates: tuple[Candidate, ...]
) -> tuple[Candidate, ...]:
    """The candidates of a wholly English date question with the first of the best's document,
    within :data:`DATELINE_SHARE` of its score, whose figure is a date not a dateline's put first,
    when the best's figure is a news report's dateline and the clause it opens writes no verb of
    the question (本报讯 12月2日，…局发布消息 answers "when did the bureau release ..."); others
    as they are."""
    if query.info.kind != "date" or len(candidates) < 2 or not wholly_english(query.question):
        return candidates
    best = candidates[0]
    if not dateline_dated(reading, best):
        return candidates
    verbs = said_alike(query.info.verbs or question_verbs(index, query.question))
    nouns = tuple(v for word in query.words for v in word.variants if len(v) > 1 and v not in verbs)
    if best.figure is None or _says_verb(candidate_text(reading, best), best.figure.end, verbs, nouns):
        return candidates
    return document_first(reading, candidates, DATELINE_REACH, DATELINE_SHARE, lambda c: (
        c is not best and c.figure is not None and c.figure.kind == "date"
        and c.features.fit >= DATELINE_FIT and not dateline_dated(reading, c)
    ))


def _says_verb(text: str, end: int, verbs: tuple[str, ...], nouns: tuple[str, ...] = ()) -> bool:
    """Whether the clause after the dateline's date, which ends at ``end`` (up to the next clause
    mark but one: the lead's subject and its verb, 柘川市住房和城乡建设局发布消息), writes one of
    ``verbs`` as a verb: not right before one of the question's other words (``nouns``), which it
    then modifies (监测网络 of "the bird monitoring network": the network's name, no deed)."""
    rest = text[end:]
    marks = [m.start() for m in _CLAUSE_END_RE.finditer(rest)]
    clause = normalize(rest[: marks[1] if len(marks) > 1 else len(rest)])
    return any(
        not (nouns and clause.startswith(nouns, m.end()))
        for verb in verbs for m in re.finditer(re.escape(verb), clause)
    )


def dateline_dated(reading: Reading, candidate: Candidate) -> bool:
    """Whether ``candidate``'s figure is the date of a news lead's own dateline (:data:`_DATELINE_RE`)."""
    figure = candidate.figure
    if figure is None or figure.kind != "date":
        return False
    return _DATELINE_RE.search(candidate_text(reading, candidate)[max(0, figure.start - 30) : figure.start]) is not None
