"""A "what was the ... day" question asks a date.

"What was the busiest single day of the year for passengers?" has no question word of a date
("when", "what year"), yet what it asks about is a day: the text answers it with one
(单日客流最高出现在2024年8月17日), not with the day's figures (4.21万人次). When the thing a
"what is/was the ..." question asks about -- the last noun of its focus -- is a calendar word
(a day, a date, a month), the answer is a date, as 哪一天 asks.
"""

from __future__ import annotations

from index.english import EnglishQuery

#: The calendar words whose naming asks a date; "year" is left out: "the year" a question asks
#: about is mostly a span its figures are of ("the total for the year"), and "what year" is
#: already a date's question word.
CALENDAR_HEADS = frozenset("day date month".split())


def day_asked(query: EnglishQuery) -> bool:
    """Whether ``query`` ("what was the busiest *single day*") asks about a day: a "what is"
    question whose focus ends in a calendar word."""
    if not query.what_is:
        return False
    focus = [unit for unit in query.units if unit.focus and not unit.action]
    return bool(focus) and focus[-1].english.lower().split()[-1] in CALENDAR_HEADS
