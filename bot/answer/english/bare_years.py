"""Years a text writes without 年, read so for an English date question.

The figure reader takes a number as a year only with its 年 (1994年); two forms of Chinese prose
leave it out, and the year is then a bare number no date question could be answered with:

- a list or range of years writes 年 once, after the last (1920、1921年的全民違抗: both are years,
  as 3、4月 are both months) -- the number joined to a year by one of a closed class of joining
  marks; the two are read as one figure, as a range is (1992年至1999年: from 1992 to 1999), and a
  range the reader took whole without its start's year (1992至1999年) gets that start;
- a time preposition (于, 於, 在: "in, at") opens a clause whose verb follows the number directly
  (芙蓉洞于1993被发现: "was discovered in 1993") -- no measure word, so no count of anything.

Only a four-digit number of the years a news text dates (:data:`FIRST_YEAR` to :data:`LAST_YEAR`) is read so, and only for
an English date question (:func:`bare_years`): a Chinese question's reading is left as it was.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.english.cedict import is_classifier
from index.figures import Figure
from index.normalize import normalize

#: The years a bare four-digit number may be read as (not 5000 of a count, nor 0800 of a time).
FIRST_YEAR, LAST_YEAR = 1000, 2099

#: Marks joining members of a list or the ends of a range of figures that share one unit
#: (a closed class of Chinese punctuation and conjunctions).
_JOINERS = "、和与與及或至到～~—–-"
#: A time preposition right before a number ("in, at"), a closed class.
_PREPOSITIONS = "于於在"

_BARE_RE = re.compile(r"\d{4}(?![\d.．,%％])")


def bare_years(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures`` (a passage's, as read, in order) with the years ``text`` writes without 年 read
    as years: a list of years joined to the year after it as one figure, as a range is
    (1920、1921年: from 1920), the start of a range read (1992至1999年), a year after a time
    preposition (于1993被发现: 1993)."""
    out: list[Figure] = []
    skip = -1
    for n, figure in enumerate(figures):
        if n == skip:
            continue
        following = figures[n + 1] if n + 1 < len(figures) else None
        if _bare(figure) and following is not None and _listed_with(text, figure, following):
            figure = Figure(
                text[figure.start : following.end], figure.start, following.end, "date", figure.value, following.unit,
                high=following.value, split=following.start - figure.start, parts="y",
            )
            skip = n + 1
        elif _bare(figure) and _after_preposition(text, figure):
            figure = Figure(figure.text, figure.start, figure.end, "date", figure.value, "", parts="y")
        elif figure.kind == "date" and figure.value is None and figure.split and _BARE_RE.match(figure.text):
            figure = replace(figure, value=float(figure.text[:4]))  # 1992至1999年: its start has no 年
        out.append(figure)
    return out


def _bare(figure: Figure) -> bool:
    """Whether ``figure`` is a number of four digits with nothing after it, of :data:`FIRST_YEAR` to :data:`LAST_YEAR`."""
    return figure.kind == "number" and not figure.unit and figure.value is not None and FIRST_YEAR <= figure.value <= LAST_YEAR and _BARE_RE.fullmatch(figure.text) is not None


def _listed_with(text: str, figure: Figure, following: Figure) -> bool:
    """Whether ``following`` is a year written with 年 right after ``figure`` and one joining mark
    (1920、1921年): the two share the 年 written once."""
    joiner = text[figure.end : following.start]
    return (
        len(joiner) == 1 and joiner in _JOINERS
        and following.kind == "date" and following.parts == "y" and not following.split
        and _BARE_RE.match(following.text) is not None and following.text.endswith("年")
    )


def _after_preposition(text: str, figure: Figure) -> bool:
    """Whether ``figure`` stands between a time preposition and a word that is no measure word
    (于1993被发现)."""
    before = text[figure.start - 1 : figure.start] if figure.start > 0 else ""
    following = text[figure.end : figure.end + 1]
    return before in _PREPOSITIONS and "\u4e00" <= following <= "\u9fff" and not is_classifier(normalize(following))
