"""An English question asking how things stand *now* ("how many households *now* keep bees")
whose best passage never says a figure is of the present (目前, 现在, 至今 ...).

:func:`~bot.answer.english.rates.rate_not_given` refuses such a passage: "how many people live in
Kunming today" is not answered by 1937年昆明人口为14万多人. But a report writes how things stand
without a word for "now": 养蜂户达到2370户, 预警网络覆盖……8.7万户群众 -- a sentence that dates
its figure by no year, era or reign is the report's present, as far as the text says. Such a
passage is shown (:func:`present_hedged` lifts the refusal) as possibly related
(:func:`present_unsaid` keeps it from being confident),
never a figure whose sentence another time dates (元禄年间的长崎人口, 到1900年……有超过25,000位成员).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.english.clause_held import CLAUSE_WORDS, clause_words
from bot.answer.english.rates import PRESENT_RE, PRESENT_WRITTEN, asked_period
from bot.answer.reading import Reading
from bot.answer.sentences import sentence_of
from bot.answer.window import shown_text, window_text
from index.normalize import aligner_for, normalize

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: A time a sentence dates its figure by, other than the report's present: a year (1937年, 1,800
#: is no year), a reign or era (元禄年间, 江户时代, 15世纪), "then" (当时). Relative times (去年底,
#: 一年来) are counted from the report's own present and date nothing else. (A comma before the year
#: is a thousands separator only after a digit: 清代,1936年 -- a normalised clause comma -- is a year.)
DATED_RE = re.compile(r"(?<![\d.])(?<!\d,)\d{3,4}年(?!来)|年间|年代|世纪|时期|时代|当时|那时")


def present_asked(question: str) -> bool:
    """Whether a wholly English ``question`` asks how things stand at present ("now", "today")."""
    return PRESENT_RE.search(question) is not None and wholly_english(question)


def present_unsaid(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether a wholly English count question (or one of no kind) asks how things stand at
    present and its ``best`` candidate's shown text never says a figure is of the present."""
    if query.info.kind not in ("count", None) or not present_asked(query.question):
        return False
    evidence = best.evidence
    text = normalize(shown_text(reading, evidence.id, evidence.first, evidence.last).text)
    return PRESENT_WRITTEN.search(text) is None


def figure_undated(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether ``best``'s figure stands in a sentence no other time dates (:data:`DATED_RE`), in a
    clause holding :data:`~bot.answer.english.clause_held.CLAUSE_WORDS` of the question's
    understood words: the report's present, of what is asked, for a question asking "now" -- not
    where the question writes capitalised a name nothing was searched for (its subject is one the
    documents lack) unless the clause writes it or the passage's document spells it as a place,
    as :func:`~bot.answer.english.clause_held.clause_words` accepts it ("Qisha county": 栖沙县,
    cut 栖 / 沙县, never searched). (Without the clause's words, four answerable questions' wrong
    passages of the dev sets were shown -- 全市有23家食堂 for "elderly canteens now" -- for one
    right.)"""
    figure = best.figure
    if figure is None:
        return False
    text = window_text(reading, best.evidence)
    if not 0 <= figure.start < figure.end <= len(text):
        return False
    if DATED_RE.search(sentence_of(aligner_for(text).normalized, figure.start, figure.end)) is not None:
        return False
    return clause_words(reading, query, best) >= CLAUSE_WORDS


def present_hedged(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether the refusal of a present asked and unsaid is lifted for ``best``: the question asks
    no amount per period ("each year": its own refusal), and the figure's sentence dates nothing
    (:func:`figure_undated`). Shown then as possibly related, never confident."""
    if query.info.kind == "count" and asked_period(query.question) is not None:
        return False
    return present_unsaid(reading, query, best) and figure_undated(reading, query, best)
