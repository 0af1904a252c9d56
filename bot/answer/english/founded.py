"""When an English question asks a thing's making ("When was the salt warehouse *founded*?",
"When was the toll house *set up*?") and the best passage dates a later deed of its history.

A history tells of one thing at several dates: its founding (乾隆二十三年（1758年），…在鷺渚設倉),
an enlargement (同治六年（1867年）稅館擴建), a war, a change of use (1952年收歸國有，用作…倉庫).
Translated words find all its paragraphs alike, and a later one holding more of them -- the
modern word 倉庫 for "warehouse", where the founding writes 倉 -- ranks first; the question's
verb does not tell them apart when its translation misses the text's verb (設, 建館: one
character, or several characters after the date) or takes another sense ("founded": 基础).
The making comes before every later deed: :func:`founded_first` puts first, among the close
candidates of the best's document, the earliest-dated one whose date's sentence writes a verb of
founding and no rebuilding, when it is earlier than the best's date and the best's sentence
writes no founding (or a rebuilding: 擴建, 重建).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.first.close import moved_first
from bot.answer.english.basics import wholly_english
from bot.answer.english.rates import candidate_text
from bot.answer.english.remade import REMADE_ASKED, REMADE_WRITTEN
from bot.answer.reading import Reading
from bot.answer.sentences import sentence_of
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: An English question asking a thing's making: "founded", "set up", "established", "built",
#: "created", "constructed", "erected" (as the question's verb or participle; not "found",
#: which also asks a finding).
_FOUNDING_ASKED = re.compile(
    r"\b(?:founded|set\s+up|establish(?:ed)?|buil[dt]|creat(?:e|ed)|construct(?:ed)?|erect(?:ed)?)\b", re.IGNORECASE
)
#: An English question asking when a making was finished or first opened ("completed", "finished",
#: "opened"): the making's when the best passage's date is of a later mending or remaking
#: (修繕工程…於2020年6月竣工 for "when was the lighthouse completed": 燈塔建成於…1874年), not
#: otherwise (a news lead's 竣工 or 正式向公众开放 is the answer, an earlier 开工建设 is not).
_FINISHING_ASKED = re.compile(r"\b(?:completed|finished|opened)\b", re.IGNORECASE)
#: How a text writes a mending or remaking (on normalised text): 修缮, 修复, 修葺, 维修, and the
#: rebuildings :data:`~bot.answer.english.remade.REMADE_WRITTEN` reads.
_MENDED_WRITTEN = re.compile(r"修[缮复葺]|维修")
#: How a text writes a founding (on normalised text): the morphemes the founding verbs share
#: (建 of 创建/建立/兴建/建校, 设 of 设立/创设, 创 of 创立/创办, 立 of 成立/设立 --
#: :data:`bot.answer.figure.clauses.FOUNDED`), alone as well (设仓, 建馆, 建房).
_FOUNDING_WRITTEN = re.compile(r"[建设创立]")
#: How far below the first a candidate dated at the founding may rank and still come first
#: (rank-score units), how many are read, and how well its date must fit.
FOUNDED_MARGIN = 8.0
FOUNDED_REACH = 4
FOUNDED_FIT = 0.3


def founding_asked(question: str) -> bool:
    """Whether the English ``question`` asks a thing's making and names no redoing or later time."""
    return _FOUNDING_ASKED.search(question) is not None and REMADE_ASKED.search(question) is None


def founded_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a wholly English date question asking a making (:func:`founding_asked`)
    with the earliest-dated close one of the best's document whose date's sentence writes a
    founding put first, when it is earlier than the best's and the best's sentence writes none
    or a rebuilding; others as they are."""
    if query.info.kind != "date" or len(candidates) < 2 or not wholly_english(query.question):
        return candidates
    best = candidates[0]
    year = _year(best)
    if year is None or REMADE_ASKED.search(query.question):
        return candidates
    said = _sentence(reading, best)
    if founding_asked(query.question):
        if _FOUNDING_WRITTEN.search(said) and not REMADE_WRITTEN.search(said):
            return candidates  # the best's own date is of a founding
    elif not (_FINISHING_ASKED.search(query.question) and (_MENDED_WRITTEN.search(said) or REMADE_WRITTEN.search(said))):
        return candidates
    document = reading.place(best.evidence.id)[0]
    chosen, earliest = 0, year
    for n, candidate in enumerate(candidates[1:FOUNDED_REACH], 1):
        if best.score - candidate.score > FOUNDED_MARGIN:
            break
        own = _year(candidate)
        if (
            own is None or own >= earliest or candidate.features.fit < FOUNDED_FIT
            or reading.place(candidate.evidence.id)[0] != document
        ):
            continue
        sentence = _sentence(reading, candidate)
        if _FOUNDING_WRITTEN.search(sentence) and not REMADE_WRITTEN.search(sentence):
            chosen, earliest = n, own
    if chosen == 0:
        return candidates
    return moved_first(candidates, chosen)


def _year(candidate: Candidate) -> float | None:
    figure = candidate.figure
    if figure is None or figure.kind != "date" or "y" not in figure.parts or figure.split:
        return None  # (a range -- a life span 1768年—1831年, works of 2019年至2021年 -- dates no founding)
    return figure.value


def _sentence(reading: Reading, candidate: Candidate) -> str:
    """The normalised sentence of ``candidate``'s figure."""
    figure = candidate.figure
    assert figure is not None
    return normalize(sentence_of(candidate_text(reading, candidate), figure.start, figure.end))


def year_of(candidate: Candidate) -> float | None:
    """The year of ``candidate``'s date figure (one date, not a range), or None."""
    return _year(candidate)


def dates_a_founding(reading: Reading, candidate: Candidate) -> bool:
    """Whether the sentence of ``candidate``'s date writes a founding and no rebuilding."""
    said = _sentence(reading, candidate)
    return _FOUNDING_WRITTEN.search(said) is not None and REMADE_WRITTEN.search(said) is None
