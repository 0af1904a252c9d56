"""A figure of another year: "How much silver did the *1743* rebuilding cost?" answered by
白銀1.27萬兩 of a passage telling of 1535 and 1538 only -- the text gives the amount of another
time and none of the year asked, so nothing is shown (as for a count the passage does not give)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.figure.dated import dated_otherwise
from bot.answer.figure.fitness import CONTRAST
from bot.answer.figure.same_figure import bare_year
from bot.answer.figure.years import of_other_year
from bot.answer.window import shown_text
from index.english.cedict import load_dictionary, reign_name
from index.figures import passage_figures
from index.normalize import aligner_for

if TYPE_CHECKING:
    from index.figures import Figure
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
    (:func:`~bot.answer.figure.dated.dated_otherwise`) in a shown text that writes no date of
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
    if own is None and text[figure.start : figure.end] == figure.text:
        own = figure  # a count the passage's figures leave out (一張當票: a numeral's count)
    if own is None:
        return False
    # a date of the year asked only in a later sentence is no date of the figure's
    # (…（1776年）以白銀1.2萬兩購下…。…同治三年（1864年）…重修 for "in 1864")
    end = _SENTENCE_END_RE.search(text, own.end)
    later = len(text) if end is None else end.end()
    if any(f.kind == "date" and "y" in f.parts and not of_other_year(f, years) and f.start < later for f in figures):
        return False
    if dated_otherwise(text, query.info, own) == CONTRAST:
        return True
    return _of_other_reign(text, figures, own, years) or _dated_after(text, figures, own, years)


#: Where a clause ends.
_CLAUSE_END_RE = re.compile(r"[，,；;。！？!?：:]")


def _dated_after(text: str, figures: list[Figure], own: Figure, years: set[int]) -> bool:
    """Whether ``own``'s clause, with no date before it in its sentence, goes on to 于 and a date
    of another year than asked (最早的一張當票開於乾隆四十三年（1778年） for "in 1937"): what it counts
    is of that year."""
    normalized = aligner_for(text).normalized
    start = max((m.end() for m in _SENTENCE_END_RE.finditer(normalized, 0, own.start)), default=0)
    end = _CLAUSE_END_RE.search(normalized, own.end)
    stop = len(normalized) if end is None else end.start()
    dates = [f for f in figures if f.kind == "date" and "y" in f.parts and start <= f.start < stop]
    if not dates or any(f.start < own.start for f in dates):
        return False
    # dated by 于 (開於…（1778年）, 立于, 建于): the thing counted is of that time -- not 在…中, a
    # span it happened in ("the mid-1950s" is asked as 1950, and 1954年–1956年 is of it)
    return normalized[dates[0].start - 1 : dates[0].start] == "于" and all(of_other_year(f, years) for f in dates)


#: A reign's years written as a period (光緒年間, 道光年间): the figure is of those years.
_REIGN_PERIOD_RE = re.compile(r"([\u4e00-\u9fff]{2})年间")
#: The years CC-CEDICT gives a reign: "reigned 1735-1799" (after a life's years), else the first
#: pair in brackets ("reign name of ... Guangxu (1875-1908)").
_REIGNED_RE = re.compile(rb"reigned (?:from )?(\d{4})\s*-\s*(\d{4})")
_BRACKETED_RE = re.compile(rb"\((\d{4})\s*-\s*(\d{4})\)")


@lru_cache(maxsize=256)
def reign_years(head: str) -> tuple[int, int] | None:
    """The first and last year of the reign CC-CEDICT glosses ``head`` as (光绪: 1875-1908), or None."""
    raw = load_dictionary().glosses.get(head)
    if raw is None or not reign_name(head):
        return None
    match = _REIGNED_RE.search(raw) or _BRACKETED_RE.search(raw)
    return None if match is None else (int(match.group(1)), int(match.group(2)))


def _of_other_reign(text: str, figures: list[Figure], own: Figure, years: set[int]) -> bool:
    """Whether ``own``'s sentence names, before it and with no date between, a reign's period
    (光緒年間…資本達白銀8萬兩) none of whose years is asked: the figure is of that reign's time."""
    normalized = aligner_for(text).normalized
    start = max((m.end() for m in _SENTENCE_END_RE.finditer(normalized, 0, own.start)), default=0)
    periods = list(_REIGN_PERIOD_RE.finditer(normalized, start, own.start))
    if not periods:
        return False
    period = periods[-1]
    if any(f.kind == "date" and period.end() <= f.start < own.start for f in figures):
        return False
    reign = reign_years(period.group(1))
    return reign is not None and not any(reign[0] <= year <= reign[1] for year in years)
