"""A wholly English count question :func:`~bot.answer.english.gates.english_refused` would give
nothing, whose best passage answers it all the same, shown as possibly related.

The refusing gates read the best candidate's figure -- the one the figure model fits best -- and
refuse when it counts another thing, in another unit, or of another period ("how many apprentices
did he train": 三年 of 「三年學徒」 is a span). But a passage is often right where its chosen figure
is not: 「一生先後授徒共87人」 stands two clauses after it. The evidence looked for is the
grammar of a count in Chinese: a number whose measure word is one the counted thing takes
(CC-CEDICT's "CL:" notes, the thing itself, the measure words the corpus counts it with:
:func:`~bot.answer.english.amounts.measure_words`) with the thing written in the same clause
(今存清代原缸218口: 缸 takes 口), or a number written in the very unit of measure the question
names ("how many *zhang* long": 長約8丈) -- and the sentence holding it holds most of the
question's other searched words too, so that it is of what is asked and not of a neighbour.
Then the passage is shown (possibly related), the figure the one that count.

Only for a wholly English count question already refused after reading (a few a set): the
measure words of its counted thing are looked up once, its best window read once.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.answer.english.amounts import corpus_measures, measure_words
from bot.answer.english.basics import NOT_SEARCHED, SEPARATOR, wholly_english
from bot.answer.english.doubt import ENGLISH_COUNT_FOUND
from bot.answer.english.gates import figure_refused, period_refused
from bot.answer.english.partitive import part_unwritten
from bot.answer.english.rates import PRESENT_RE, asked_period, period_before_deed
from bot.answer.reading import Reading
from bot.answer.sentences import sentence_of
from bot.answer.window import window_text
from bot.question import COUNTED_DIMENSIONS
from index.figures import Figure, passage_figures
from index.figures.units import unit_dimension
from index.normalize import normalize
from index.search import Index

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: What ends a clause within a sentence (a count and the thing it counts share a clause; the
#: sentence is :func:`~bot.answer.sentences.sentence_of`'s).
_CLAUSE_END_RE = re.compile(r"[，,、：:。；;！？!?﹔（）()]")
#: The share of the question's other searched words (one of whose senses the sentence writes)
#: the sentence of the count must hold: most of them.
SENTENCE_SHARE = 0.5
#: A year the question names ("in 1864"), which the count's sentence must write too.
_YEAR_RE = re.compile(r"(?<!\d)1\d{3}|20\d{2}(?!\d)")
#: Measure words that count no thing: time (三年學徒 is a span), age.
_NOT_COUNTED = ("time", "age")
#: Figures of these kinds count nothing.
_NOT_COUNTS = frozenset({"date", "percent"})


@dataclass(frozen=True)
class Answered:
    """The figure of the best passage that answers the question, and why."""

    figure: Figure
    by: str  # "measure" (the counted thing with a measure word it takes) or "unit" (the unit asked)


def refusal_answered(reading: Reading, query: Query, best: Candidate) -> Answered | None:
    """The figure of ``best``'s window that answers a wholly English count question (see the
    module's notes), or None."""
    if query.info.kind != "count" or not wholly_english(query.question) or not query.translations:
        return None
    searched = [
        (t.english, tuple(normalize(v) for v in t.term.split(SEPARATOR) if v))
        for t in query.translations if t.term != NOT_SEARCHED
    ]
    if not searched:
        return None
    text = normalize(window_text(reading, best.evidence))
    counted = query.info.counted
    heads = _heads(counted, searched)
    measures = _Measures(reading.index, counted)
    units = _asked_units(query.question, searched)
    searched_variants = [tuple(v for v in variants if v) for _, variants in searched]
    years = _YEAR_RE.findall(query.question)
    found: list[tuple[float, int, Answered]] = []
    for order, figure in enumerate(passage_figures(text)):
        if figure.kind in _NOT_COUNTS:
            continue
        written = _measure_written(text, figure)
        if not written:
            continue
        by = None
        if written in units:
            by = "unit"
        elif unit_dimension(written) not in _NOT_COUNTED:
            # the thing counted written in the clause, apart from the count itself (18人: 人 is no head)
            end = figure.end + (0 if figure.unit else len(written))
            clause = sentence_of(text, figure.start, end, _CLAUSE_END_RE).replace(text[figure.start : end], "")
            by = "measure" if any(h in clause for h in heads) and measures.takes(written) else None
        if by is None:
            continue
        sentence = sentence_of(text, figure.start, figure.end)
        if not all(year in sentence for year in years):
            continue  # "in 1864": a count of another year, or of none
        others = [variants for variants in searched_variants if not heads.intersection(variants)]
        held = sum(1 for variants in others if any(v in sentence for v in variants))
        share = held / len(others) if others else 1.0
        if share < SENTENCE_SHARE:
            continue
        counted_best = with_figure(best, figure)
        if figure_refused(reading, query, counted_best):
            continue  # a gate refuses this count too (another year's, another owner's ...)
        if part_unwritten(reading, query, counted_best, marked_parts=False):
            continue  # "how many of the bicycles were damaged": 其中电动自行车300辆 is another part
        if period_refused(reading, query, counted_best) and not _per_period(reading, query, text, figure):
            continue  # "each year": no 每年 nor 年均 written, nor 年出 before the count
        found.append((share, -order, Answered(figure, by)))
    return max(found, key=lambda f: f[:2])[2] if found else None


def with_figure(best: Candidate, figure: Figure) -> Candidate:
    """``best`` with ``figure`` as its figure, fitting as a figure found counting what is asked
    (the evidence above stands for the figure model's fit)."""
    fit = max(best.features.fit, ENGLISH_COUNT_FOUND)
    return dataclasses.replace(best, figure=figure, features=dataclasses.replace(best.features, fit=fit))


class _Measures:
    """The measure words the counted thing takes, the dictionary's asked first and the corpus's
    (reading up to :data:`~bot.answer.english.amounts.MEASURE_SAMPLE` passages) only when needed."""

    def __init__(self, index: Index, counted: str | None) -> None:
        self.index, self.counted = index, counted
        self.given = measure_words(index, counted, corpus=frozenset()) if counted else frozenset()
        self.corpus: frozenset[str] | None = None

    def takes(self, written: str) -> bool:
        if self.counted is None:
            return False
        if written in self.given:
            return True
        if self.corpus is None:
            self.corpus = corpus_measures(self.index, self.counted)
        return written in self.corpus


def _per_period(reading: Reading, query: Query, text: str, figure: Figure) -> bool:
    """Whether the count's clause writes the period the question asks per (not the present) as
    its character before a verb (年出醋约9万斤 for "how much vinegar ... each year")."""
    period = asked_period(query.question)
    if period is None or PRESENT_RE.search(query.question):
        return False
    start = max((m.end() for m in _CLAUSE_END_RE.finditer(text, 0, figure.start)), default=0)
    return period_before_deed(text, start, figure.start, period, reading.index.tokenizer.tag)


def _heads(counted: str | None, searched: Sequence[tuple[str, tuple[str, ...]]]) -> frozenset[str]:
    """The senses of the word whose translation the counted thing is (缸 for "vats")."""
    if not counted:
        return frozenset()
    for _, variants in searched:
        if counted in variants:
            return frozenset(v for v in variants if v) | {counted}
    return frozenset({counted})


def _asked_units(question: str, searched: Sequence[tuple[str, tuple[str, ...]]]) -> frozenset[str]:
    """The senses of the question's words that are units of measure (丈 for "zhang", 斤 for
    "jin"), of no counted dimension (things, people, events) nor of time or age, where the
    question names the word as the unit asked: after "in" ("in ten thousand jin") or "how many"
    ("how many zhang long")."""
    units = {
        english: [v for v in variants if v and unit_dimension(v) not in (None, *COUNTED_DIMENSIONS, *_NOT_COUNTED)]
        for english, variants in searched
    }  # (the cheap test first: most words have no sense that is a unit)
    return frozenset(v for english, found in units.items() if found and _named_as_unit(question, english) for v in found)


def _named_as_unit(question: str, english: str) -> bool:
    words = r"\s+".join(re.escape(w) for w in english.split())
    return re.search(rf"\b(?:in\s+(?:[\w'-]+\s+){{0,2}}|how\s+many\s+){words}\b", question, re.IGNORECASE) is not None


def _measure_written(text: str, figure: Figure) -> str:
    """The figure's measure word or unit as written: its own, or the character after a bare number."""
    if figure.unit:
        return normalize(figure.unit)
    return text[figure.end : figure.end + 1]
