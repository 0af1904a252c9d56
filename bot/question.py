"""What a question asks for: a count, a proportion, a time, a person, a place -- or nothing special.

Works on the normalised (Simplified, lower-case) question, so both scripts behave the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from index.figures import find_figures
from index.normalize import normalize

AnswerKind = Literal["count", "percent", "date", "who", "where"]

_DATE_RE = re.compile(
    r"什么时候|什么时间|何时|哪一?年|哪个月|哪一?天|几月|几年|几号|几日|多久以前|\bwhen\b|"
    r"\bwhat (?:year|month|date|day|time)\b|\bwhich (?:year|month|date|day)\b"
)
_PERCENT_RE = re.compile(
    r"比例|占比|百分之|百分比|比率|比重|率是?多少|率为?多少|率有?多少|多少%|百分点|"
    r"\bpercent(?:age)?\b|\bproportion\b|\bshare\b|\brate\b|\bratio\b"
)
_COUNT_RE = re.compile(r"多少|(?<!哪)几|\bhow (?:many|much)\b|\bnumber of\b|\bcount\b")
_WHO_RE = re.compile(r"谁|哪位|哪些人|\bwho\b|\bwhom\b")
_WHERE_RE = re.compile(r"哪里|哪儿|在哪|何处|何地|什么地方|哪个地方|\bwhere\b")
# The measure word right after 多少/几 ("多少家", "几个县") says which figure is meant.
_UNIT_AFTER_RE = re.compile(r"(?<!哪)(?:多少|几)(个|名|家|位|人次|人|次|期|件|起|份|条|项|县|所|座|场|批|届|级|周年|年|天|户|村|篇|倍|类|种|支|只|张|组|处|块|套|间|字|轮|例|亿|万)")

# Measure words that stand for one another when matching a question's unit to a figure's.
_UNIT_FAMILY = {"个": {"个", "个县", "县", "项", "类", "种"}, "县": {"县", "个"}}

# English: "how many" before a proportion word still asks for a count ("how many aspects ... by
# 99.8 percent"); which measure words fit an English count comes from the dictionary and the
# corpus (bot.answer.english.measure_words), not from here.
_HOW_MANY_RE = re.compile(r"\bhow many\b")


@dataclass(frozen=True)
class QuestionInfo:
    """What the question asks for, and the hints it gives about the figure."""

    kind: AnswerKind | None
    unit: str | None
    numbers: tuple[str, ...]
    counted: str | None = None
    units: frozenset[str] = frozenset()

    @property
    def wants_figure(self) -> bool:
        return self.kind in ("count", "percent", "date")


def analyse(question: str, counted: str | None = None) -> QuestionInfo:
    """Classify a question (either script, or English) by the answer it wants.

    ``counted`` is the thing a count question counts, when the caller knows it ("共富工坊").
    """
    norm = normalize(question)
    kind: AnswerKind | None
    how_many = _HOW_MANY_RE.search(norm)
    percent = _PERCENT_RE.search(norm)
    if _DATE_RE.search(norm):
        kind = "date"
    elif percent and not (how_many and how_many.start() < percent.start()):
        kind = "percent"  # "how many aspects ... by 99.8 percent" still counts aspects
    elif _COUNT_RE.search(norm):
        kind = "count"
    elif _WHO_RE.search(norm):
        kind = "who"
    elif _WHERE_RE.search(norm):
        kind = "where"
    else:
        kind = None
    unit_match = _UNIT_AFTER_RE.search(norm)
    numbers = tuple(f.number for f in find_figures(question) if f.kind in ("count", "number", "percent"))
    return QuestionInfo(
        kind=kind,
        unit=unit_match.group(1) if unit_match else None,
        numbers=numbers,
        counted=counted if kind == "count" else None,
    )


def unit_matches(question_unit: str | None, figure_unit: str, units: frozenset[str] = frozenset()) -> bool:
    """Whether a figure's measure word fits the one the question used (or one of ``units``)."""
    if not figure_unit:
        return False
    unit = normalize(figure_unit)
    if unit in units:
        return True
    if not question_unit:
        return False
    if unit == question_unit:
        return True
    return unit in _UNIT_FAMILY.get(question_unit, set())
