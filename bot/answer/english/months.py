"""A month an English question names ("the *June* 2025 downpour") is searched as Chinese writes
it: its number (2025年6月 is written, and segmented, 2025 + 年 + 6 + 月), as the Chinese path
searches 6月 -- the passage telling what happened that month is the one asked about."""

from __future__ import annotations

import re

from bot.answer.model import WeightedWord

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_NAMES = "|".join(MONTHS)
#: A month written as one (capitalised) beside a day or a year, or after "in": "June 2025",
#: "15 June", "in June" -- not "May" the verb.
_MONTH_RE = re.compile(rf"(?<![A-Za-z])(?:({_NAMES})(?=\s+\d)|(?<=\d\s)({_NAMES})\b|(?<=\bin\s)({_NAMES})\b)")


def month_words(text: str) -> list[WeightedWord]:
    """The number of each month ``text`` names as a date, as a number word ("6" for "June")."""
    found = dict.fromkeys(
        str(MONTHS.index(next(group for group in match.groups() if group)) + 1)
        for match in _MONTH_RE.finditer(text)
    )
    return [WeightedWord((number,), "m") for number in found]
