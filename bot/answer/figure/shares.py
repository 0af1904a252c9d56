"""A share asked (佔渠寧快遞業務量比重, 占GDP的比例是多少): the percent the text writes as a share,
after 占 in its own clause (国际及港澳台快递业务量1.3亿件，增长46.2%，占全省快递业务量的2.1%: 2.1%),
is the answer, whichever percent more of the question's words stand beside -- unless what it is a
share of is what the question asks the share of (占外籍旅客的六成, for 外籍旅客占游客的比例)."""

from __future__ import annotations

import re

from bot.question import QuestionInfo
from index.figures import Figure
from index.normalize import aligner_for

#: How much a percent written as a share counts over one that is not, when a share is asked.
SHARE_SAID = 2.0
#: Words of a question asking what share something is.
_SHARE_ASKED = ("占", "比重", "占比")
#: How far before a percent its clause's 占 may stand (占全县每日用水量的比例由约21%提高到约52%).
_REACH = 30
#: 占 as "to take a share" (not 占地, 占领, 占据, 占用), then words of its clause up to the figure.
_SHARE_BEFORE_RE = re.compile(r"占(?![地领据用有])[^，,。；;！？!?]{0,%d}$" % (_REACH - 1))


def share_said(text: str, info: QuestionInfo, figure: Figure, asked: str | None) -> float:
    """:data:`SHARE_SAID` for a percent written after 占 in its own clause, when a Chinese
    question (``asked``: its words, normalised and joined) asks a share, not a change; else 1."""
    if info.kind != "percent" or figure.kind != "percent" or info.change is not None:
        return 1.0
    if not asked:
        return _whole_said(text, info, figure)
    if not any(word in asked for word in _SHARE_ASKED):
        return 1.0
    before = aligner_for(text).normalized[max(0, figure.start - _REACH) : figure.start]
    said = _SHARE_BEFORE_RE.search(before)
    if said is None:
        return 1.0
    # 其中來自東南亞的旅客約占外籍旅客的六成, for 外籍旅客占游客的比例: a share of the question's part
    base = said.group()[1:].split("的")[0]
    part, marked, _ = asked.partition("占")
    return 1.0 / SHARE_SAID if marked and len(base) >= 2 and base in part else SHARE_SAID


#: The whole a share is of, written in its 占 clause (占全市总数的, 占总量的, 占全部): what "of all"
#: and "of the total" name.
_WHOLE_RE = re.compile(r"占[^，,。；;！？!?]{0,%d}?[全总]" % (_REACH - 1))


#: Those a clause picks out, then 占 and the share right after it (评价“好”的占99.67%, 满意者占
#: 91%): "the ones who ... make up" -- the share of a group the clause named that did something.
_OF_THOSE_RE = re.compile(r"(?:的|者)约?占$")


def _whole_said(text: str, info: QuestionInfo, figure: Figure) -> float:
    """For an English question asking the share of all of something ("what share of all of the
    sites was done in Bintan": :attr:`QuestionInfo.whole`): :data:`SHARE_SAID` for a percent written
    after 占 in its own clause, its square when that clause names the whole (占全市总数的24.7%: the
    question's "all" said there too); else 1. Any other English share may be a rate (达标率88.9%)
    -- but not a percent right after 的占 (对…评价“好”的占99.67%): the share of those of a group
    who did what the clause says, which "what proportion of X did ..." asks (:data:`SHARE_SAID`)."""
    if not (info.english and (info.whole or info.share)):
        return 1.0
    before = aligner_for(text).normalized[max(0, figure.start - _REACH) : figure.start]
    said = _SHARE_BEFORE_RE.search(before)
    if said is None:
        return 1.0
    if not info.whole:
        return SHARE_SAID if _OF_THOSE_RE.search(before) else 1.0
    return SHARE_SAID * SHARE_SAID if _WHOLE_RE.match(said.group()) else SHARE_SAID
