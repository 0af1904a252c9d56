"""What an English "how much" or "how long" can ask, against the sort of the figure given.

English asks a span of time with "how long" ("how long did it take"), never with "how much"
unless it names the time ("how much *time*", "how much *longer*"): "how much" asks an amount of
money, of a mass or volume, a share or a change -- so a span of time (三年, 7天) does not answer
"by how much did the economy grow". And "how long" asks a length or a span of time, measured in
units, never a share: a percentage (34.8%) does not answer "how long did it take ambulances to
reach a patient". Either figure tells of something else the text measures, and the passage does
not give what is asked -- as :func:`~bot.answer.english.doubt.wrong_sort` refuses "how much"
answered by a date or a count of things, and "how long" by a count.
"""

from __future__ import annotations

import re

from bot.answer.english.basics import wholly_english
from bot.answer.english.doubt import HOW_LONG_RE, SHARE_WORDS_RE
from bot.answer.english.how_much import HOW_MUCH_RE
from index.figures import Figure

#: Words naming time or age, with which "how much" may ask a span ("how much *time*", "how much
#: *longer*", "how much *older*") and a question may ask a share of one ("what share of the *year*").
_TIME_WORDS_RE = re.compile(
    r"\b(?:time|times|long|longer|later|earlier|sooner|old|older|younger|age|years?|months?|weeks?|days?|"
    r"hours?|minutes?|seconds?|decades?|centur(?:y|ies)|seasons?|terms?)\b",
    re.IGNORECASE,
)
#: What a figure measuring a span of time measures.
_SPANS = frozenset({"time", "age"})


def sort_unasked(question: str, figure: Figure | None) -> bool:
    """Whether ``figure`` is of a sort the wholly English ``question``'s "how much" or "how long"
    never asks: a span of time for "how much" naming no time (三年 for "by how much did the
    economy grow"), a percentage for "how long" naming no share (34.8% for "how long did it take
    ambulances to arrive")."""
    if figure is None:
        return False
    dimension = figure.dimension
    if dimension in _SPANS:
        return (
            HOW_MUCH_RE.search(question) is not None and _TIME_WORDS_RE.search(question) is None
            and wholly_english(question)
        )
    if dimension == "percent":
        return (
            HOW_LONG_RE.search(question) is not None and SHARE_WORDS_RE.search(question) is None
            and wholly_english(question)
        )
    return False
