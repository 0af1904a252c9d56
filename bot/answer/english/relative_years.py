"""Which year, relative to the present, a wholly English question asks a figure of: "this year",
"last year" and the other ways English names the year before ("a year earlier", "the previous
year", "the year before"), "next year". Reports give both figures side by side
(今年一级果地头收购均价为每公斤6.8元，上年同期为5.9元): the translation of "year" reaches 年, 今年 and
上年 alike, so the words searched do not say which of them is asked -- the English phrase does.

:func:`relative_years_asked` gives the asked year as the texts write it (今年, 去年, 明年), set as
:attr:`bot.question.QuestionInfo.periods`; :mod:`bot.answer.figure.relative_periods` then weighs
down a figure whose clause names another such year.
"""

from __future__ import annotations

import re

#: The year before, as English names it (a closed class of grammar words around "year").
YEAR_BEFORE_RE = re.compile(
    r"\b(?:(?:last|previous|prior|preceding)\s+year|(?:a|one)\s+year\s+(?:earlier|before|ago|previously)"
    r"|the\s+year\s+(?:before|earlier))\b(?!\s+last)",  # (not "the year before last": 前年)
    re.IGNORECASE,
)
_THIS_YEAR_RE = re.compile(r"\bthis\s+year\b", re.IGNORECASE)
_NEXT_YEAR_RE = re.compile(r"\bnext\s+year\b", re.IGNORECASE)


def relative_years_asked(question: str) -> tuple[str, ...]:
    """The years relative to now ``question`` names, as the texts write them (去年, 今年, 明年); cheap
    test first: the word "year"."""
    if "year" not in question.lower():
        return ()
    asked = []
    if YEAR_BEFORE_RE.search(question):
        asked.append("去年")
    if _THIS_YEAR_RE.search(question):
        asked.append("今年")
    if _NEXT_YEAR_RE.search(question):
        asked.append("明年")
    return tuple(asked)
