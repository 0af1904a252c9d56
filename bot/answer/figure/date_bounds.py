"""A date right before 以后/之后/以前/之前 is a bound of another time (成为1949年以后修建的第一条铁路线: "the
first line built after 1949"), not the date of an event: an English question asking when something
happened, with no "after", "since" or "until" of its own, is answered by a date an event is written
at (1952年6月，…成渝铁路完工), not by the bound."""

from __future__ import annotations

import re

from bot.question import QuestionInfo
from index.figures import Figure

#: How a date written as a bound of another time fits an English "when" question.
BOUND_DATE = 0.3
_BOUND_AFTER_RE = re.compile(r"(?:以后|之后|以前|之前)")


def date_bound(matching: str, info: QuestionInfo, figure: Figure) -> float:
    """:data:`BOUND_DATE` for a date right before 以后/之后/以前/之前 in the normalised text when an
    English date question asks no bound itself (:attr:`QuestionInfo.since`, ``until``, ``after``);
    else 1."""
    if not info.english or info.kind != "date" or figure.kind != "date" or info.since or info.until or info.after:
        return 1.0
    return BOUND_DATE if _BOUND_AFTER_RE.match(matching, figure.end) else 1.0
