"""What was and what is: a figure a change starts from (由77.9岁提高到78.6岁) or one a text gives
as the former state (原有敵樓24座，今存敵樓7座) answers a question asking what was, and fits less
one asking what is."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.answer.figure.changes_from import FROM_RE, TO_RE, change_start
from bot.answer.figure.same_figure import same
from bot.question import QuestionInfo
from index.figures import Figure, passage_figures
from index.figures.units import MATCHING_UNITS
from index.normalize import aligner_for

#: The figure a change starts from (由77.9岁提高到78.6岁, 由约3小时缩短至约45分钟): what was.
SUPERSEDED = 0.5
_PER_UNIT_RE = re.compile("每(?:" + "|".join(map(re.escape, sorted(MATCHING_UNITS, key=len, reverse=True))) + ")")
#: A word of the former state before a count in its clause (原有敵樓24座, 曾有寺院十余座, 旧有城门
#: 九座, 初設織機180張): what there was -- nothing between but the counted noun.
_FORMER_RE = re.compile(r"(?:原有|原来有|原先有|原本有|曾有|曾经有|旧有|最初有|初有|原建|原设|初设|初建|初置)[^，,。；;：:、]{0,8}$")
#: A time of the beginning heading the clause before a count (渡槽建成之初，受益田亩为1350亩；至道光年间，
#: …扩大到2800余亩; 起初，全村仅有…): the count of the start, as 原有 says -- the time's own
#: comma, then nothing but the counted noun and a verb of being.
BEGINNING = "之初|初时|起初|最初|当初|开始时"  # times of the beginning, as texts write them
_STARTED_RE = re.compile(f"(?:{BEGINNING})" + r"[，,]?[^，,。；;：:、！？!?]{0,8}$")


def superseded(text: str, info: QuestionInfo, figure: Figure, terms: Iterable[str] = ()) -> float:
    """How the figure a change starts from fits (由2022年的77.9岁提高到78.6岁: 77.9岁 is what was):
    :data:`SUPERSEDED` when the question asks what is, its inverse when it asks what was -- by
    原来/以前, by the date the text gives the earlier figure (2022年人均预期寿命是多少), or by the
    word of the question the text gives it to (由一期的4万片提升至8万片: 一期月产能多少) or the period
    relative to now it names (:attr:`QuestionInfo.periods`: 去年); 1 for any other figure."""
    if figure.kind not in ("count", "number", "percent"):
        return 1.0
    matching = aligner_for(text).normalized
    start = FROM_RE.search(matching[max(0, figure.start - 12) : figure.start])
    if start is None or TO_RE.match(matching[figure.end : figure.end + 10]) is None:
        return 1.0
    owner = start.group(1)
    dated = passage_figures(owner)
    # (a unit it is given per is no owner: 由每立方米3.10元调整为3.35元 for 每立方米多少钱)
    bare = _PER_UNIT_RE.sub(" ", owner)
    # (an average is no owner: 由平均60种增加到150种 -- both ends are averages, 平均 names neither's time)
    named = any(len(term) > 1 and not term.endswith("均") and term in bare for term in terms)
    # ... or by the period relative to now the question names (an English "the year before" read
    # as 去年, not among its search terms): 由去年的412件下降到57件 gives 去年's first
    named = named or any(period in bare for period in info.periods)
    if info.earlier or named or any(same(quoted, f) for quoted in info.quoted for f in dated):
        return 1.0 / SUPERSEDED
    return SUPERSEDED


def former(text: str, info: QuestionInfo, figure: Figure) -> float:
    """How a count the text gives as what there was fits (城牆上原有敵樓24座，今存敵樓7座 for
    现在还剩几座敌楼): :data:`SUPERSEDED` when the question asks what is, its inverse when it asks
    what was (原来有几座); 1 for any other figure. For an English question, a count after a time
    of the beginning (建成之初，受益田亩为1350亩) is one of what was too: "how many mu did it
    irrigate by the Daoguang years" asks a later time, "initially" / "at first" the start."""
    if figure.kind not in ("count", "number"):
        return 1.0
    before = aligner_for(text).normalized[max(0, figure.start - 16) : figure.start]
    if _FORMER_RE.search(before[-12:]) is None and not (info.english and _STARTED_RE.search(before)):
        return 1.0
    return 1.0 / SUPERSEDED if info.earlier else SUPERSEDED


#: A word of the present state before a count in its clause (現存明清廒房31座, 今存敵樓7座, 尚存, 现有):
#: what there is now -- nothing between but the counted noun and what qualifies it.
_PRESENT_RE = re.compile(r"(?:现存|今存|尚存|仍存|现有|今有|现仍有|目前有|至今仍有)[^，,。；;：:、]{0,8}$")
#: Words of a question asking what is now (现在还剩几座, 目前有多少, 如今尚存).
_NOW_ASKED = ("现在", "目前", "如今", "现今", "当前", "剩", "还剩", "现存", "尚存", "今存")


def now_asked(info: QuestionInfo, terms: Iterable[str]) -> bool:
    """Whether the question asks what is now: a word of it among its terms (现在还剩几座, 目前), or,
    for an English question, in its own words (``info.now``: "now" may be translated 今, 至今)."""
    return (info.english and info.now) or any(term in _NOW_ASKED for term in terms)


def present(text: str, info: QuestionInfo, figure: Figure, terms: Iterable[str]) -> float:
    """The inverse of :data:`SUPERSEDED` for a count the text gives as what there is now (目前倉城內
    現存明清廒房31座) when the question asks what is now (现在还剩多少座: not the 增建廒房24座 of a
    past enlargement); for an English question asking what is now, for the level a change written
    from one figure to another reached too (占比由活动前的46%提高到78% for "what share ... now":
    the change's start is what was, :func:`superseded`, its end what is); 1 for any other figure
    or question."""
    if figure.kind not in ("count", "number", "percent") or info.earlier or not now_asked(info, terms):
        return 1.0
    if info.english and info.change is None and change_start(text, figure) is not None:
        return 1.0 / SUPERSEDED
    if figure.kind == "percent":
        return 1.0
    before = aligner_for(text).normalized[max(0, figure.start - 12) : figure.start]
    return 1.0 / SUPERSEDED if _PRESENT_RE.search(before) else 1.0


#: How a figure whose sentence writes the event a question asks it after, before it, fits.
AFTER_EVENT = 2.0
_SENTENCE_BREAK_RE = re.compile(r"[。；;！？!?\n]")


def after_event(text: str, info: QuestionInfo, figure: Figure) -> float:
    """:data:`AFTER_EVENT` for an amount whose sentence writes, before it, a term of the event an
    English question asks it after (``info.after``: 1998年加装太阳能供电系统，射程达到18海里 for
    "the range after solar power was added"); else 1."""
    if not info.after or figure.kind not in ("count", "number", "percent"):
        return 1.0
    normalized = aligner_for(text).normalized
    starts = [m.end() for m in _SENTENCE_BREAK_RE.finditer(normalized, 0, figure.start)]
    before = normalized[starts[-1] if starts else 0 : figure.start]
    return AFTER_EVENT if any(term in before for term in info.after) else 1.0


#: How the date of the very event a question asks a date *after* fits: that event came first, the
#: date asked is of what followed (乾隆八年（1743年）...重修 for "when was it rebuilt after the
#: earthquake", not 康熙二十九年（1690年）...發生強烈地震).
EVENT_ITSELF = 0.5
#: Where the clause a date stands at the head of ends (a mark right after the date is skipped:
#: 1690年，發生地震).
_CLAUSE_END_RE = re.compile(r"[，,。；;！？!?\n]")
#: The event written as what came before (地震後, 地震之后): the date is of what followed.
_AFTER_WRITTEN_RE = re.compile(r"^(?:之|以)?后")


def event_itself(text: str, info: QuestionInfo, figure: Figure) -> float:
    """:data:`EVENT_ITSELF` for a date heading a clause that writes the event an English date
    question asks a date after (``info.after``), not as what came before (地震后); else 1."""
    if not info.after or info.kind != "date" or figure.kind != "date":
        return 1.0
    normalized = aligner_for(text).normalized
    start = figure.end
    while start < len(normalized) and normalized[start] in "，,）)":
        start += 1
    end = _CLAUSE_END_RE.search(normalized, start)
    clause = normalized[start : end.start() if end else len(normalized)]
    for term in info.after:
        at = clause.find(term)
        if at >= 0 and not _AFTER_WRITTEN_RE.match(clause[at + len(term) :]):
            return EVENT_ITSELF
    return 1.0


#: A figure another is said to exceed or fall short of by a share (超出原定计划投资8.2亿元的17.6%,
#: 比上年的…高出): what the figure of the clause before is measured against, not itself the amount.
_EXCEEDED_BEFORE_RE = re.compile(r"(?:超出|超过|高出|低于|高于|少于|多于)[^，,。；;：:、！？!?]{0,12}$")
_EXCEEDED_AFTER_RE = re.compile(r"的?(?:\d+(?:\.\d+)?(?:%|倍|个百分点)|[一二两三四五六七八九十]+成|[一二两三四五六七八九十]+倍)")


def exceeded_base(text: str, info: QuestionInfo, figure: Figure) -> float:
    """:data:`SUPERSEDED` for an amount, in an English question asking none earlier, that another
    is said to exceed by a share written right after it (总投入9.64亿元，超出原定计划投资8.2亿元的17.6%:
    8.2亿元 is what 9.64亿元 is measured against); its inverse when the question asks what was
    ("originally"); 1 for any other figure."""
    if not info.english or figure.kind not in ("count", "number"):
        return 1.0
    matching = aligner_for(text).normalized
    if _EXCEEDED_AFTER_RE.match(matching, figure.end) is None:
        return 1.0
    if _EXCEEDED_BEFORE_RE.search(matching[max(0, figure.start - 16) : figure.start]) is None:
        return 1.0
    return 1.0 / SUPERSEDED if info.earlier else SUPERSEDED
