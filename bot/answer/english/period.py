"""The time a wholly English question names ("in *2024*", "in *the 1850s*") and the passages
dated otherwise.

Translated words find the passages about the things named, whatever time they tell of: "what
share of the garden's tea was shipped abroad *in the 1850s*" finds the share of its tea sold
online in 2024 (2024年 ... 約佔銷售額的42%) about as well as the share shipped through Fuzhou
when the trade was at its height (清咸豐年間 ... 約65%經福州口岸). A passage whose every year is
outside the time asked tells of another time: :func:`period_first` puts first, among candidates
about as good, one that is not dated otherwise. Likewise a question asking how things stood at
the start ("how many mu did the garden *start out* with"): :func:`start_first` puts first one
whose figure the text says is of the beginning (*初時*僅有茶地120畝), not of a later time
(至1858年 ... 擴展至約900畝) that the same words find; and one asking the most there ever were
("how many workers *at its peak*"): :func:`peak_first`, one whose figure the text says is the
most (*最多時*達320人), not a count of another time (當時在冊146人)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.first.close import close_first
from bot.answer.english.basics import wholly_english
from bot.answer.english.rates import candidate_text, clause_before
from bot.answer.figure.then_now import BEGINNING
from bot.answer.reading import Reading

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: A year or a decade an English question names ("in 2024", "in the 1850s").
_ASKED_RE = re.compile(r"(?<![\d.,])(1[5-9]\d\d|20\d\d)(['’]?s\b)?(?![\d.,]|\s*(?:%|per|km|m\b|kg|yuan))")
#: A year a text writes (2024年; 清咸豐八年（1858年）).
_WRITTEN_RE = re.compile(r"(?<![\d.])(1[5-9]\d\d|20\d\d)(?=\s*年)")

#: A question asking how things stood at the start: "at first", "initially", "originally", "to
#: begin with", "start out with", "when it was founded".
_START_RE = re.compile(
    r"\b(?:at\s+first|initially|originally|at\s+the\s+(?:start|beginning|outset)|in\s+the\s+beginning"
    r"|to\s+begin\s+with|(?:start|started|starts|begin|began|begins)\s+(?:out\s+)?with"
    r"|when\s+it\s+was\s+(?:first\s+)?(?:founded|set\s+up|established|built|opened)"
    # "when it (first) opened", "when first built": the thing's own beginning (a pronoun or none:
    # "when the war began" times the question by another event)
    r"|when\s+(?:it|they)\s+(?:first\s+)?(?:opened|started|began)|when\s+first\s+(?:built|opened|founded|set\s+up|established))\b",
    re.IGNORECASE,
)
#: How texts say a figure is of the beginning (on normalised text): 初时, 起初, 最初, 之初, 原有 ...,
#: a founding verb with 时 "when" (开业时有醬缸120口), and 初 "at first" right before a verb of
#: having or setting up (初有工匠9名, 初设仓房3间, 初建熔炉3座 -- not 年初, 最初 read above, 初步, 初中)
_START_WRITTEN = re.compile(
    BEGINNING + "|初期|原有|原先|(?:始建|创建|创办|创立|创设|成立|设立|开业|开办|开馆|开张|建成|落成|投产)时"
    r"|(?<![年月最起当之])初(?=[有设建置创辟])"
)
#: How far below the first a candidate whose figure is of the beginning may rank and still come
#: first (as a date its verb follows may, english_dated.DATED_MARGIN), and how well it must fit.
START_MARGIN = 3.0
START_FIT = 0.3

#: A count asked at its highest: "at its peak", "at its height", "at most", "at the most", "the
#: maximum", "peaked at".
_PEAK_ASKED_RE = re.compile(
    r"\b(?:at\s+(?:its|their|the|his|her)\s+(?:peak|height|highest|most)|at\s+(?:peak|most)|maximum|peaked)\b",
    re.IGNORECASE,
)
#: How texts say a figure is the most there was (on normalised text): 最多时, 最高, 最盛时, 鼎盛时期,
#: 高峰, 峰值, 一度达 ...
_PEAK_WRITTEN = re.compile(r"最多|最高|最盛|最大|鼎盛|极盛|全盛|顶峰|巅峰|高峰|峰值|一度")

#: How a text says a figure is of one day (on normalised text): 当天, 当日, 单日, 这一天, 同日.
_ONE_DAY_WRITTEN = re.compile(r"当天|当日|单日|这一?天|同日|一天之内")
#: Words of a question asking about one day (then a day's figure may be the one asked).
_DAY_ASKED_RE = re.compile(r"\b(?:days?|daily|busiest|peak|single|record|date)\b", re.IGNORECASE)

#: How far below the first a candidate not dated otherwise may rank and still come first
#: (rank-score units), and how many are read.
PERIOD_MARGIN = 1.5
PERIOD_REACH = 4


def periods_asked(question: str) -> tuple[tuple[int, int], ...]:
    """The spans of years ``question`` names: a year (2024: 2024-2024) or a decade (the 1850s:
    1850-1859, when its year ends in 0)."""
    spans = []
    for found in _ASKED_RE.finditer(question):
        year = int(found.group(1))
        decade = found.group(2) is not None and year % 10 == 0
        spans.append((year, year + 9 if decade else year))
    return tuple(spans)


def dated_otherwise(text: str, periods: tuple[tuple[int, int], ...]) -> bool:
    """Whether ``text`` writes years, none of them within ``periods``: it tells of another time."""
    years = [int(year) for year in _WRITTEN_RE.findall(text)]
    return bool(years) and not any(low <= year <= high for year in years for low, high in periods)


def period_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a wholly English question naming a year or a decade with the first that
    is not dated otherwise put first, when the first one is (its years are all of another time)
    and it ranks within :data:`PERIOD_MARGIN`; of a count, one whose figure is not of one day
    when the first's is (:func:`year_not_day_first`); others as they are."""
    if len(candidates) < 2 or not wholly_english(query.question):
        return candidates
    return peak_first(reading, query, _of_period_first(reading, query, candidates))


def _of_period_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """:func:`period_first`'s order by the year or decade named (and a year's count not of a day)."""
    periods = periods_asked(query.question)
    if not periods:
        return candidates
    if not dated_otherwise(candidate_text(reading, candidates[0]), periods):
        return year_not_day_first(reading, query, candidates)
    figured = candidates[0].figure is not None  # a passage with a figure gives way to one with a figure
    return close_first(candidates, PERIOD_REACH, PERIOD_MARGIN, lambda c: (
        (c.figure is not None or not figured) and not dated_otherwise(candidate_text(reading, c), periods)
    ))


def year_not_day_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a count asked of a year ("how many passengers ... *in 2024*") with the
    first whose figure is not of one day put first, when the best one's clause says its figure
    is (全年单日客流最高 ..., *当天*运送乘客5.84万人次: a day of 2024, not 2024's 912.7万人次) and it
    ranks within :data:`PERIOD_MARGIN`; as they are when the question speaks of a day."""
    if query.info.kind != "count" or _DAY_ASKED_RE.search(query.question) or not _of_one_day(reading, candidates[0]):
        return candidates
    return close_first(candidates, PERIOD_REACH, PERIOD_MARGIN, lambda c: (
        c.figure is not None and not _of_one_day(reading, c)
    ))


def peak_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a count asked at its highest ("at its peak", "at most") with the first
    whose figure's clause says it is the most (井上鹽工*最多時*達320人) put first, when the best
    one's does not (當時在冊鹽工146人) and it ranks within :data:`START_MARGIN` (the question says
    it outright, as it says the start); others as they are."""
    if query.info.kind != "count" or len(candidates) < 2 or _PEAK_ASKED_RE.search(query.question) is None:
        return candidates
    if _clause_says(reading, candidates[0], _PEAK_WRITTEN):
        return candidates
    return close_first(
        candidates, PERIOD_REACH, START_MARGIN,
        lambda c: c.features.fit >= START_FIT and _clause_says(reading, c, _PEAK_WRITTEN),
    )


def _clause_says(reading: Reading, candidate: Candidate, written: re.Pattern[str]) -> bool:
    """Whether ``candidate``'s figure's clause before it writes ``written``."""
    figure = candidate.figure
    if figure is None:
        return False
    return written.search(clause_before(candidate_text(reading, candidate), figure)) is not None


def _of_one_day(reading: Reading, candidate: Candidate) -> bool:
    """Whether ``candidate``'s figure's clause says it is of one day (当天运送乘客5.84万人次)."""
    return _clause_says(reading, candidate, _ONE_DAY_WRITTEN)


def start_asked(question: str) -> bool:
    """Whether ``question`` asks how things stood at the start ("start out with", "initially")."""
    return _START_RE.search(question) is not None


def start_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a wholly English count question asking how things stood at the start
    with the first whose figure's clause says it is of the beginning (初時僅有茶地120畝) put
    first, when the best one's does not and it ranks within :data:`START_MARGIN`; others as
    they are."""
    if query.info.kind != "count" or len(candidates) < 2 or not wholly_english(query.question):
        return candidates
    if not start_asked(query.question) or _of_start(reading, candidates[0]):
        return candidates
    return close_first(
        candidates, PERIOD_REACH, START_MARGIN, lambda c: c.features.fit >= START_FIT and _of_start(reading, c)
    )


def _of_start(reading: Reading, candidate: Candidate) -> bool:
    """Whether ``candidate``'s figure's clause says it is of the beginning."""
    return _clause_says(reading, candidate, _START_WRITTEN)
