"""A figure question naming a year (2024年营业收入是多少, 113年的經費) whose best passage never writes
it: the passage's figures are most likely another year's, so the answer is only possibly related
-- and, when its document reports on another year, no figure of it is shown as the direct answer."""

from __future__ import annotations

import re

from bot.answer.evidence import Evidence
from bot.answer.query import Query
from bot.answer.reading import Reading
from index.figures.forms import ROC_OFFSET
from index.question_words import COMPARED_YEAR_RE
from index.normalize import normalize

#: A year a question names (2024年, 1998年): a four-digit number before 年.
_YEAR_RE = re.compile(r"(?<![\d.])(1[5-9]\d\d|20\d\d)(?=年)")
#: A 民國 year (113年, 民國113年): three digits before 年 (民國100年 is 2011).
_ROC_YEAR_RE = re.compile(r"(?<![\d.])(1[0-4]\d)(?=年)")
#: The digits as a year is written in Chinese numerals (二〇二五年).
_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")


def _asked_years(query: Query) -> list[tuple[str, ...]]:
    """The years a figure question names, each with the ways texts write it: 2025年 as 2025年,
    二〇二五年 or (民國)114年; 114年 as 114年 or 2025年."""
    if not query.info.wants_figure or query.info.kind in ("date", "time"):
        return []
    question = normalize(query.text)
    if query.info.change is not None:  # 比2024年多了多少: the year compared with, which 比上年 writes
        question = COMPARED_YEAR_RE.sub("", question)
    return [
        (year, year.translate(_DIGITS), f"{int(year) - ROC_OFFSET}年") for year in _YEAR_RE.findall(question)
    ] + [(f"{roc}年", f"{int(roc) + ROC_OFFSET}年") for roc in _ROC_YEAR_RE.findall(question)]


def _writes(text: str, forms: tuple[str, ...]) -> bool:
    return any(re.search(f"(?<![\\d.]){form}", text) for form in forms)


def year_not_given(reading: Reading, query: Query, evidence: Evidence) -> bool:
    """Whether a figure question names a year that the best passage, its neighbours and its
    headings never write, in any of the ways texts write it."""
    years = _asked_years(query)
    text = "\n".join([reading.heading(evidence.id), *(reading.normalized(j) for j in range(evidence.first, evidence.last + 1))])
    return bool(years) and not all(_writes(text, forms) for forms in years)


#: The first year a document's title or lead writes: the year it reports on (2025年全民健身工作情况).
#: A year that begins a full date (2026年1月20日，…发布2025年…) is when the text was published, not it.
_OWN_YEAR_RE = re.compile(
    r"(?:(?<![\d.])(?:1[5-9]\d\d|20\d\d|1[0-4]\d)年|[〇一二三四五六七八九]{4}年)(?!\d{1,2}月|[〇一二三四五六七八九十]{1,2}月)"
)


def of_another_year(reading: Reading, query: Query, evidence: Evidence) -> bool:
    """Whether the best passage's document reports on another year than the one asked: the first
    year its title writes, or else its lead paragraph (鷺潭市114年登革熱…, asked 113年's budget) --
    its figures are that year's, not the asked one's. A report on the year asked (通报2025年全民健身
    工作情况) answers it in paragraphs that do not repeat the year."""
    years = _asked_years(query)
    first = reading.index.document_passages(reading.index.passage_document(evidence.id)).start
    title = reading.heading(first).split("\n")[0]
    own = _OWN_YEAR_RE.search(title) or _OWN_YEAR_RE.search(reading.normalized(first))
    return bool(years) and own is not None and not all(_writes(own.group(), forms) for forms in years)
