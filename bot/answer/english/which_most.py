"""Which one is the most, asked in English ("*Which* district has the *largest* number of
parks?"): the thing the figure singles out is asked, not the figure -- as 哪个区最多 asks a
district. The passage that gives the figure answers it; the figure alone (108个) does not."""

from __future__ import annotations

import re

from bot.answer.english.basics import wholly_english

#: "which" and a noun open the question (after at most one word: "in which county"), a
#: superlative of amount follows, and no "how" asks a figure beside it ("... and how many?").
_WHICH_MOST_RE = re.compile(
    r"^(?:[a-z]+ )?which (?!year|month|date|day|time|decade|century|period)[a-z]+\b(?!.*\bhow\b)"
    r".*\b(?:most|largest|highest|biggest|greatest|fewest|smallest|lowest|least)\b",
    re.IGNORECASE,
)


def which_most_asked(question: str) -> bool:
    """Whether the wholly English ``question`` asks which one is the most of something: no figure
    answers it (a date asked by "which year" still does)."""
    return wholly_english(question) and _WHICH_MOST_RE.search(question.strip()) is not None
