"""An amount per period an English question asks ("how many visitors *each year*", "how many
cubic metres *per second*"), and how the texts write one (每年, 年均; 每秒 ...).

:func:`rate_not_given` refuses a passage that gives no amount per
the period asked. :func:`rate_first` puts first, among candidates about as good, the one whose
own figure is written per that period (最大分洪量每秒180立方公尺) before one whose figure is a
total of its own (蓄洪容量約96萬立方公尺, in a passage that gives another thing's rate too)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from bot.answer.first.close import close_first
from bot.answer.english.basics import wholly_english
from bot.answer.reading import Reading
from bot.answer.window import window_text, window_words_text
from index.figures import Figure
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: "each year", "every day", "per month", "per second", "a week", "annually": an amount per period
PER_PERIOD_RE = re.compile(
    r"\b(?:(?:each|every|per)\s+(year|day|month|week|hour|minute|second)(?!-)"
    r"|a\s+(year|day|month|week)\b(?!-|\s+(?:earlier|ago|later|before|after|old|long|or))"
    r"|(annually|yearly))\b",
    re.IGNORECASE,
)
#: How texts write an amount per period (每年, 年均, 一年, 年產量; 每天, 日均 ...), by period.
PER_PERIOD_WRITTEN = {  # on normalised (Simplified) text
    "year": re.compile(r"每一?年|年均|年平均|一年|全年|年度|年(?:产|销|接待|吞吐|客|旅客|降|雨|收入|营|发电|运|出口|进口)"),
    "day": re.compile(r"每一?[天日晚]|日均|日平均|一[天日]|[日天](?:客|接待|运|产)"),
    "month": re.compile(r"每一?个?月|月均|月平均|一个?月"),
    "week": re.compile(r"每一?周|每个?星期|周均|一周|一个?星期"),
    "hour": re.compile(r"每一?个?小时|时速|小时均|一个?小时"),
    "minute": re.compile(r"每一?分钟?|分钟均|一分钟"),
    "second": re.compile(r"每一?秒|秒均|一秒"),
}
#: The period's character, as a text writes it before the deed done in each (年染布4.2萬匹: a year).
_PERIOD_CHARACTERS = {"year": "年", "day": "日天", "month": "月"}
#: ... not where it ends a date or names another time (1952年染坊, 去年, 末年, 每年 is said already).
_NOT_PERIOD_BEFORE = "0123456789〇零一二两三四五六七八九十百千去今前明上下本同当末初每全近历多"


def deed_per_period(text: str, period: str, terms: Iterable[str]) -> bool:
    """Whether ``text`` writes an amount per ``period`` as the period's character right before a
    term of the question's (a translation of its verb or thing: 年染布约4.2万匹 for "how many
    bolts of cloth a year did it dye", 染): the texts' short form of 每年染布 -- as 年产, 年销 are,
    for the deeds :data:`PER_PERIOD_WRITTEN` lists. A term naming a time itself (年间) says none."""
    characters = _PERIOD_CHARACTERS.get(period, "")
    for term in terms:
        if not term or any(c in term for c in "年月日天"):
            continue
        for c in characters:
            start = text.find(c + term)
            while start >= 0:
                if start == 0 or text[start - 1] not in _NOT_PERIOD_BEFORE:
                    return True
                start = text.find(c + term, start + 1)
    return False


#: "today", "now", "currently": the question asks how things stand at present
PRESENT_RE = re.compile(r"\b(?:today|nowadays|now|currently|at\s+present|these\s+days)\b", re.IGNORECASE)
#: How texts say a figure is of the present (on normalised text): 目前, 现在, 如今, 至今, 截至 ...;
#: and a level a change has reached by now, 已 ... 至/到 (鱼类已增至42种: there are 42 kinds now).
PRESENT_WRITTEN = re.compile(
    r"目前|现在|现今|如今|当前|当今|至今|迄今|今天|今日|现有|现存|尚存|现仍|现时|现为|截至|截止|近年|近几年"
    # where a thing stands now, as an article says it (旧址位于今沂霞市…, 现辟为博物馆)
    r"|(?:位于|属|即|在)今|今(?:属|位于)|现(?:辟|改|用)作?为"
    r"|已经?(?:增加|增长|增|上升|升|提高|扩大|恢复|发展|达)(?:至|到)"
    # a total a count has reached, as a report sums it up (新建监控塔57座，总数达到214座)
    r"|(?:总数|总量|总计|累计|合计)已?经?(?:达到|达|增至|增加到|增加至|升至)"
    # a change from what was originally to a new level: the new level is what is now
    # (补贴由原来的15万元提高到20万元)
    # -- or from the period before this one (由上一防火期的72%提高到91.5%: the coverage now)
    r"|(?:由|从)(?:原来|原先|原本|过去|以前|上一|上个|上年|去年|前一)的?[^，,。；;]{0,12}?"
    r"(?:增加|增长|上升|提高|提升|扩大|上调|降低|下降|减少|下调|缩短|延长|调整)(?:至|到|为)"
    # -- or from a level no date places to another, as a report tells what its work changed
    # (在岗村医由412名增加到468名: 468 now; not 由1998年的…, a change a year dates)
    r"|(?:由|从)[^，,。；;年]{0,10}?\d[^，,。；;年]{0,6}?"
    r"(?:增加|增长|上升|提高|提升|扩大|上调|降低|下降|减少|下调|缩短|延长)(?:至|到)"
)

#: Spans of time from the shortest, and what "how many" counts when it asks one ("how many *hours*")
_SPANS = ("second", "minute", "hour", "day", "week", "month", "year")
_HOW_MANY_SPAN_RE = re.compile(r"\bhow\s+many\s+(second|minute|hour|day|week|month)s\b", re.IGNORECASE)


def asked_period(question: str) -> str | None:
    """The period ``question`` asks an amount per ("each year", "per second", "annually": year,
    second), or None -- none when it counts a span of time shorter than the period: "how many
    *hours* a day", "how many *days* a week" ask how long within each period, which a text
    writes as the span alone (能提供24小時穩定電量), not as an amount per period."""
    asked = PER_PERIOD_RE.search(question)
    if asked is None:
        return None
    period = (asked.group(1) or asked.group(2) or "year").lower()
    span = _HOW_MANY_SPAN_RE.search(question)
    if span is not None and _SPANS.index(span.group(1).lower()) < _SPANS.index(period):
        return None
    return period


#: Where a figure's clause starts: the nearest mark of a clause's end before it.
_CLAUSE_MARK_RE = re.compile(r"[，,。；;：:！？!?、（）()]")


def per_period(text: str, figure: Figure, period: str) -> bool:
    """Whether ``text`` writes ``figure`` as an amount per ``period``: the clause it stands in
    says so before it (最大分洪量*每秒*180立方公尺; *每年*接待游客约6.5万人次)."""
    return PER_PERIOD_WRITTEN[period].search(clause_before(text, figure)) is not None


def clause_before(text: str, figure: Figure) -> str:
    """The (normalised) words of ``figure``'s clause before it."""
    before = text[: figure.start]
    marks = list(_CLAUSE_MARK_RE.finditer(before))
    return normalize(before[marks[-1].end() if marks else 0 :])


#: How far below the first a candidate whose figure is written per the period asked may rank
#: and still come first (rank-score units), how many are read, and how well its figure must fit
#: (as a count found shows, ENGLISH_COUNT_FOUND).
RATE_MARGIN = 1.5
RATE_REACH = 4
RATE_FIT = 0.3
#: ... and how far below the first one whose figure is of the present may rank ("today"), when
#: the first says nothing of the present and would be refused (as a date its verb follows may).
PRESENT_MARGIN = 3.0


def rate_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a wholly English question asking an amount per period with the first
    whose figure is written per that period put first, when the best one's figure is not and it
    ranks within :data:`RATE_MARGIN`: translated words find a reservoir's capacity as well as a
    tunnel's flow per second, and the rate is what is asked. Others as they are."""
    if query.info.kind != "count" or len(candidates) < 2 or not wholly_english(query.question):
        return candidates
    period = asked_period(query.question)
    if period is None or _written_per(reading, candidates[0], period):
        return candidates
    return close_first(
        candidates, RATE_REACH, RATE_MARGIN, lambda c: c.features.fit >= RATE_FIT and _written_per(reading, c, period)
    )


def present_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a wholly English count question asking how things stand *today* or
    *now* with the first whose figure's clause says it is of the present (*現有*茶地約1860畝)
    put first, when the best one's text says nothing of the present -- which
    :func:`rate_not_given` would refuse (初時僅有茶地120畝, the garden's
    first size, found by the same words) -- and it ranks within :data:`PRESENT_MARGIN`: rather
    than nothing, the passage that gives the figure of the present. Others as they are."""
    if query.info.kind != "count" or len(candidates) < 2 or not wholly_english(query.question):
        return candidates
    if PRESENT_RE.search(query.question) is None or PRESENT_WRITTEN.search(candidate_text(reading, candidates[0])) is not None:
        return candidates
    return close_first(candidates, RATE_REACH, PRESENT_MARGIN, lambda c: (
        c.figure is not None and c.features.fit >= RATE_FIT
        and PRESENT_WRITTEN.search(clause_before(candidate_text(reading, c), c.figure)) is not None
    ))


def candidate_text(reading: Reading, candidate: Candidate) -> str:
    """``candidate``'s shown text (:func:`~bot.answer.window.window_text`)."""
    return window_text(reading, candidate.evidence)


def _written_per(reading: Reading, candidate: Candidate, period: str) -> bool:
    """Whether ``candidate``'s figure is written per ``period`` in its shown text."""
    if candidate.figure is None:
        return False
    return per_period(candidate_text(reading, candidate), candidate.figure, period)


def rate_not_given(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether a wholly English count question asks an amount per period ("how many tourists
    visit ... *each year*", "how many passengers ... *every day*") that the ``best`` candidate's
    text does not give per period: it writes neither 每年 nor 年均, 一年, 年產量 ... The
    documents then count other things, or at another time (a city's population in 1945, the
    years of a festival), not the rate asked. Likewise an amount asked *today* or *now* that
    the text does not say is of the present (目前, 现在, 至今, 截至 ...): "how many people live
    in Kunming today" is not answered by its population in 1945, nor "what is Chongqing's
    population today" (a question of no kind the English says: what the thing is now)."""
    kind = query.info.kind
    if kind not in ("count", None) or not wholly_english(query.question):
        return False
    asked = asked_period(query.question) if kind == "count" else None
    present = PRESENT_RE.search(query.question)
    if asked is None and present is None:
        return False
    evidence = best.evidence
    text = window_words_text(reading, evidence)
    if asked is not None and PER_PERIOD_WRITTEN[asked].search(text) is None:
        # (年染布4.2万匹 for "how many bolts of cloth a year did it dye": 年 before its deed)
        terms = [v for w in query.words if w.pos.startswith("eng") for v in w.variants if not v.isascii()]
        if not deed_per_period(text, asked, terms):
            return True
    return present is not None and PRESENT_WRITTEN.search(text) is None


def period_before_deed(text: str, start: int, end: int, period: str, tag: Callable[[str], str]) -> bool:
    """Whether ``text`` writes, between ``start`` and ``end`` (a figure's clause before it), the
    ``period``'s character right before a verb (``tag``: jieba's, "v..."): the texts' short form
    of an amount per period whatever the deed (年出醋约9万斤, 日处理污水1.26万吨) -- as
    :func:`deed_per_period` reads it for a deed the question translates."""
    for c in _PERIOD_CHARACTERS.get(period, ""):
        at = text.find(c, start, end)
        while at >= 0:
            if (at == 0 or text[at - 1] not in _NOT_PERIOD_BEFORE) and any(
                (tag(text[at + 1 : at + 1 + size]) or "").startswith("v") for size in (2, 1)
            ):
                return True
            at = text.find(c, at + 1, end)
    return False
