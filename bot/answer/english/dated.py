"""Which date a wholly English "when did ... <verb>" question asks: the one a text writes its
verb right after, in the same clause (工程於*2021年3月動工* for "when did work *start*";
驿站于*2021年10月*对外*开放* for "when did the station *open*").

Translated words find the passages about the thing named, whatever befell it: an opening
ceremony's date (2026年5月12日上午舉行啟用典禮) ranks above the start of the works when more of
the question's words stand around it. :func:`dated_first` puts first, among candidates about as
good, the one whose own date the question's verb follows, when the first one's does not -- nor
when the first one's sentence says its date is of the year the question names ("when did the
harvest start *this year*": *今年*的麦收于5月29日, not a start dated 2025年11月 in a passage
about the year before): the year asked is a surer sign than a verb's translation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from threading import Lock
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from bot.answer.sentences import sentence_start
from bot.answer.figure.clauses import SAID_ALIKE, STARTED
from bot.answer.figure.verb_dated import event_verbs, verb_before
from bot.answer.first.close import close_first
from bot.answer.english.basics import wholly_english
from bot.answer.english.relative_years import relative_years_asked
from bot.answer.reading import Reading
from bot.answer.window import shown_text
from index.figures import Figure, passage_figures
from index.normalize import aligner_for, normalize
from index.search import Index

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: Where a date's clause ends: a mark of a clause's end after it.
_CLAUSE_END_RE = re.compile(r"[，,。；;：:！？!?、（）()]")
#: How many characters may stand between the date and its verb (于2021年10月*对外*开放: an
#: adverb; not 2026年5月12日*上午舉行*啟用典禮, where the date is of a ceremony held).
DATED_GAP = 3
#: How far below the first a candidate dated by the verb may rank and still come first
#: (rank-score units), how many are read, and how well its date must fit. Measured over every
#: English dev set at once (not one set's failures): a passage whose own date the question's
#: verb follows (於嘉慶九年十月動工, 于2020年9月开工建设) ranked up to ~5 below a lead or dateline
#: paragraph holding more of the translated words but dating another event (正式开通运营, 公布
#: 為文物保護單位, 加入电台): 3 of them right at 6.0 and none lost; at 8.0 one is lost.
DATED_MARGIN = 6.0
DATED_REACH = 4
DATED_FIT = 0.3


#: A unit of an adverb in -ly and one more word ("officially launched", "formally opened"): the
#: translator reads such a phrase whole and marks no verb in it.
_ADVERB_PHRASE_RE = re.compile(r"[a-z]+ly [a-z]+", re.IGNORECASE)


@dataclass(frozen=True)
class DateVerbs:
    """What a date question's English verbs say, read from one translation: their translations
    (:func:`question_verbs`) and, when "first" stands right before one as an adverb ("first
    *begun*", not "the first *batch*"), the English of its verbs and of "first"
    (:func:`first_deed`)."""

    verbs: tuple[str, ...]
    first_done: frozenset[str] | None


#: Each index's last few date questions' verbs (a date question's steps read them one after
#: another). Keyed weakly, so a reloaded corpus's old index is not held alive by the cache; a
#: lock, as questions are answered in worker threads.
_VERBS: WeakKeyDictionary[Index, dict[str, DateVerbs]] = WeakKeyDictionary()
_VERBS_KEPT = 4
_VERBS_LOCK = Lock()


def question_verbs(index: Index, question: str) -> tuple[str, ...]:
    """The translations of ``question``'s verbs of two characters or more ("start": 启动, 动工),
    and those of an adverb-and-verb phrase ("officially launched": 启动) that are verbs
    (:func:`~bot.answer.figure.verb_dated.event_verbs`: not 月报 of "monthly report")."""
    return _date_verbs(index, question).verbs


def first_deed(index: Index, question: str) -> frozenset[str] | None:
    """When ``question`` writes "first" as an adverb, right before a word the translator reads as
    a verb ("when was it first *begun*", "first *planted*"; not "the first *batch*", "the first
    lighthouse"), the English of its verbs and "first" (what the asked deed is); else None."""
    return _date_verbs(index, question).first_done


def _date_verbs(index: Index, question: str) -> DateVerbs:
    with _VERBS_LOCK:
        verbs = _VERBS.setdefault(index, {}).get(question)
    if verbs is None:
        verbs = _read_date_verbs(index, question)
        with _VERBS_LOCK:
            kept = _VERBS.setdefault(index, {})
            if len(kept) >= _VERBS_KEPT:
                del kept[next(iter(kept))]
            kept[question] = verbs
    return verbs


def _read_date_verbs(index: Index, question: str) -> DateVerbs:
    units = index.english().translate(question).units
    verbs = [t for u in units if u.action for t, _ in u.terms if len(t) > 1]
    phrased = [t for u in units if not u.action and _ADVERB_PHRASE_RE.fullmatch(u.english) for t, _ in u.terms if len(t) > 1]
    first = any(u.english.lower() == "first" and after.action for u, after in zip(units, units[1:]))
    return DateVerbs(
        tuple(dict.fromkeys(verbs + list(event_verbs(index, phrased)) if phrased else verbs)),
        frozenset(u.english.lower() for u in units if u.action or u.english.lower() == "first") if first else None,
    )


def said_alike(verbs: tuple[str, ...]) -> tuple[str, ...]:
    """``verbs`` with the words a text writes for them, as a Chinese question's are read
    (:data:`~bot.answer.figure.clauses.SAID_ALIKE`: 创建 for 成立, 开工 for 动工; and
    :data:`~bot.answer.figure.clauses.STARTED` for the generic 开始: 于2022年10月开工建设 for "begin")."""
    more = [verb for group in SAID_ALIKE if any(v in group for v in verbs) for verb in group]
    if "开始" in verbs:
        more += STARTED
    return tuple(dict.fromkeys((*verbs, *more))) if more else verbs


def dated_by(text: str, figure: Figure, verbs: tuple[str, ...]) -> bool:
    """Whether ``text`` writes one of ``verbs`` right after the date ``figure``, in its clause."""
    after = text[figure.end : figure.end + DATED_GAP + max(map(len, verbs))]
    end = _CLAUSE_END_RE.search(after)
    clause = normalize(after[: end.start() if end else len(after)])
    return any(0 <= clause.find(verb) <= DATED_GAP for verb in verbs)


def dated_first(index: Index, reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a wholly English date question with the first whose date its verb
    follows put first, when the first one's date is not and it ranks within
    :data:`DATED_MARGIN`; others as they are."""
    if query.info.kind != "date" or len(candidates) < 2 or not wholly_english(query.question):
        return candidates
    verbs = query.info.verbs or question_verbs(index, query.question)  # read once, with the question
    verbs = said_alike(verbs)  # "begin": 开始 -- and 开工, 动工, 启动, which a text writes for it
    tagged = event_verbs(index, verbs)  # (written before the date with 于: verbs jieba tags so)
    if not verbs or _dated(reading, candidates[0], verbs, tagged) or _of_year_asked(reading, candidates[0], query.question):
        return candidates
    # (the verb may follow another date of its text than the one its figure reading chose:
    # 通报2025年…工作情况：活动自3月6日启动以来 picks 2025年, but tells when the programme started --
    # read so only when the first's own date fits poorly and none of its dates is the verb's)
    # (a news lead's dateline date -- 本报讯 12月22日，…通报 -- dates the report or the news, not
    # the deed asked: one dated by the verb answers even when its date fits less well)
    lead = _dateline_dated(reading, candidates[0])
    fit = DATED_LEAD_FIT if lead else DATED_FIT
    anywhere = (lead or candidates[0].features.fit < DATED_FIT) and not _dated_anywhere(reading, candidates[0], verbs)
    return close_first(
        candidates, DATED_REACH, DATED_MARGIN, lambda c: c.features.fit >= fit and (
            _dated(reading, c, verbs, tagged) or (anywhere and _dated_anywhere(reading, c, verbs))
        )
    )


#: A news lead's dateline before a date (本报讯 12月22日; 本报南通11月18日电（记者 周启航）2026年11月16日;
#: 本报讯（记者 方予宁）12月2日), with nothing between but the dateline's own words.
_DATELINE_RE = re.compile(r"(?:本[报報]|[记記]者)[^。，,；;：:]*$")
#: How well a date its verb follows must fit to come first over a dateline's date.
DATED_LEAD_FIT = 0.15


def _dateline_dated(reading: Reading, candidate: Candidate) -> bool:
    """Whether ``candidate``'s figure is the date of a news lead's dateline."""
    figure = candidate.figure
    if figure is None or figure.kind != "date":
        return False
    evidence = candidate.evidence
    text = shown_text(reading, evidence.id, evidence.first, evidence.last).text
    return _DATELINE_RE.search(text[max(0, figure.start - 30) : figure.start]) is not None


def _dated(reading: Reading, candidate: Candidate, verbs: tuple[str, ...], tagged: tuple[str, ...] = ()) -> bool:
    if candidate.figure is None or candidate.figure.kind != "date":
        return False
    evidence = candidate.evidence
    text = shown_text(reading, evidence.id, evidence.first, evidence.last).text
    # ... or written right before it with 于 (老馆建于1999年), as the figure's choice reads it
    return dated_by(text, candidate.figure, verbs) or verb_before(aligner_for(text).normalized, candidate.figure, tagged)


def _dated_anywhere(reading: Reading, candidate: Candidate, verbs: tuple[str, ...]) -> bool:
    """Whether any date of ``candidate``'s shown text has one of ``verbs`` right after it."""
    evidence = candidate.evidence
    text = shown_text(reading, evidence.id, evidence.first, evidence.last).text
    return any(figure.kind == "date" and dated_by(text, figure, verbs) for figure in passage_figures(text))


def year_asked(question: str) -> str | None:
    """How the texts write the year ``question`` names relative to the present ("this year":
    今年, "last year" or "a year earlier": 去年, "next year": 明年: one reading of them,
    :func:`~bot.answer.english.relative_years.relative_years_asked`), or None."""
    asked = relative_years_asked(question)
    return asked[0] if asked else None


def of_year(text: str, figure: Figure, year: str) -> bool:
    """Whether ``text``'s sentence holding the date ``figure`` writes ``year`` (今年) before it."""
    return year in text[sentence_start(text, figure.start) : figure.start]


def _of_year_asked(reading: Reading, candidate: Candidate, question: str) -> bool:
    year = year_asked(question)
    if year is None or candidate.figure is None or candidate.figure.kind != "date":
        return False
    evidence = candidate.evidence
    return of_year(shown_text(reading, evidence.id, evidence.first, evidence.last).text, candidate.figure, year)
