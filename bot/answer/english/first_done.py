"""When a thing's history *began*, asked in English with "first" before the verb ("When was the
ancestral hall *first begun*?", "In what year was the tea garden *first planted*?", "When was the
pawnshop *first opened*?"): the earliest deed of the history answers it, not a later one.

A history tells of one thing at several dates, and translated words find all its paragraphs
alike: a later listing (2008年列為縣級文物保護單位) or a sale record (最高拍賣紀錄出現在2022年11月)
holding more of the question's words ranks above the beginning (祠堂始建於清乾隆三十四年（1769年）,
清嘉慶三年（1798年），安溪茶商…開墾茶園). The question's own verb may be translated off the
text's (begun: 开始, where it writes 始建) or be a plain one the later deeds share (opened: 开放 of a
museum's opening); "first" is what says which deed is asked -- the earliest.
:func:`first_done_first` puts first, among the close candidates of the best's document, the one
whose date (one year, no range) is the earliest and earlier than the best's, when the best's date
sentence writes no beginning itself (始, 初, 首: CC-CEDICT's "to begin; first", "at first", "first").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.first.close import moved_first
from bot.answer.english.basics import wholly_english
from bot.answer.english.dated import first_deed
from bot.answer.english.founded import year_of
from bot.answer.english.rates import candidate_text
from bot.answer.reading import Reading
from bot.answer.sentences import sentence_of
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: How a text writes a beginning (on normalised text): 始 (始建, 始于), 初 (初建, 初设), 首 (首次).
_BEGUN_WRITTEN = re.compile(r"[始初首]")
#: How many candidates are read, the share of the best's rank score one must reach, and how well
#: its date must fit (measured over every English dev set).
FIRST_DONE_REACH = 6
FIRST_DONE_SHARE = 0.75
FIRST_DONE_FIT = 0.3


def _things(query: Query, deed: frozenset[str]) -> tuple[str, ...]:
    """The terms (of two characters or more) ``query``'s words other than ``deed``'s were
    translated as (谦济, 祠堂, 茶园: what the asked deed befell)."""
    return tuple(dict.fromkeys(
        term
        for translation in query.translations
        if translation.term != "?" and translation.english.lower() not in deed
        for term in translation.term.split("/")
        if len(term) >= 2
    ))


def first_done_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a wholly English date question asking when a thing was first done
    (:func:`~bot.answer.english.dated.first_deed`) with the close candidate of the best's document dated earliest put
    first -- earlier than the best's date, or as early and writing a beginning where the best does
    not (戲臺始建於乾隆四十六年 over 乾隆四十六年…興建戲臺) -- when its date's sentence names one of
    the question's things (not a biography's 乾隆二十七年出任知縣) and the best's date sentence
    writes no beginning; others as they are."""
    if query.info.kind != "date" or len(candidates) < 2 or not wholly_english(query.question):
        return candidates
    deed = first_deed(reading.index, query.text)  # (read once with the question, and kept)
    things = _things(query, deed) if deed is not None else ()
    if not things:
        return candidates
    best = candidates[0]
    year = year_of(best)
    if year is not None and _BEGUN_WRITTEN.search(_sentence(reading, best)):
        return candidates  # the best's own date is of a beginning
    earliest = float("inf") if year is None else year
    document = reading.place(best.evidence.id)[0]
    floor = FIRST_DONE_SHARE * best.score
    chosen, begun = 0, False
    for n, candidate in enumerate(candidates[1:FIRST_DONE_REACH], 1):
        if candidate.score < floor:
            break
        own = year_of(candidate)
        if (
            own is None or own > earliest or candidate.features.fit < FIRST_DONE_FIT
            or reading.place(candidate.evidence.id)[0] != document
        ):
            continue
        said = _sentence(reading, candidate)
        writes_begun = _BEGUN_WRITTEN.search(said) is not None
        if own == earliest and (begun or not writes_begun):
            continue  # as early, and no beginning written where the one held writes none: it stands
        if any(thing in said for thing in things):
            chosen, earliest, begun = n, own, writes_begun
    if chosen == 0:
        return candidates
    return moved_first(candidates, chosen)


def _sentence(reading: Reading, candidate: Candidate) -> str:
    figure = candidate.figure
    assert figure is not None
    return normalize(sentence_of(candidate_text(reading, candidate), figure.start, figure.end))
