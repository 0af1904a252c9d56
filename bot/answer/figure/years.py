"""Which years a date names: a year (2025年12月底), a reign's (嘉靖十四年（1535年）) or a range's
(1998年至2001年) -- to tell a figure dated another year than a question asks, or given for the
other end of a range of years than the year asked (:func:`other_end`)."""

from __future__ import annotations

import re

from index.figures import Figure, calendar, passage_figures
from index.normalize import aligner_for


#: The years of the dynasties a question names by their name and 代/朝/初/末 (the common
#: historians' dates; a year either side allowed).
DYNASTY_YEARS: dict[str, tuple[int, int]] = {
    "秦": (-221, -206), "西汉": (-202, 8), "东汉": (25, 220), "汉": (-202, 220), "西晋": (266, 316),
    "东晋": (317, 420), "晋": (266, 420), "隋": (581, 618), "唐": (618, 907), "北宋": (960, 1127),
    "南宋": (1127, 1279), "宋": (960, 1279), "元": (1271, 1368), "明": (1368, 1644), "清": (1636, 1912),
}
_DYNASTY_ASKED_RE = re.compile(
    "(" + "|".join(sorted(DYNASTY_YEARS, key=len, reverse=True)) + ")(?:代|朝|初|末|初年|末年|中叶|中期|时期)"
)
#: How much a year of another time fits a date question naming a dynasty (明代在哪一年重建: not the
#: 元至正十二年（1352年） the same passage gives for its destruction).
OTHER_DYNASTY = 0.3


def dynasty_asked(normalized: str) -> tuple[int, int] | None:
    """The years of the dynasty a (normalised) question names (明代, 清朝), if any."""
    named = _DYNASTY_ASKED_RE.search(normalized)
    return DYNASTY_YEARS[named.group(1)] if named else None


def of_years(figure: Figure, span: tuple[int, int]) -> bool:
    """Whether a date's year lies within ``span`` (a year either side allowed)."""
    return figure.value is not None and "y" in figure.parts and span[0] - 1 <= figure.value <= span[1] + 1


def of_other_year(date: Figure, years: set[int]) -> bool:
    """Whether a date (or a range of years: 1998年至2001年) is of none of ``years``; not when its
    year is unknown (2004至2006年 gives only its end)."""
    low = calendar(date)[0] if calendar(date)[0] is not None else (int(date.value) if date.value else None)
    if low is None:
        return False
    high = int(date.high) if date.high and date.high >= low else low
    return not any(low <= year <= high for year in years)


#: What a change's start (从15.9%) and end (上升到60%) are written after.
_FROM_RE = re.compile(r"(?:从|由)$")
_TO_RE = re.compile(r"(?:到|至)$")
#: How much a figure fits that a range of years gives for its other end than the year asked.
OTHER_END = 0.3


def other_end(text: str, years: set[int], figure: Figure) -> float:
    """:data:`OTHER_END` when ``figure`` is one end of a change written under a range of years
    (1993年-2005年，占有率从15.9%上升到60%) and the year asked (``years``: an English question's bare
    years) is the range's other end: its first year is the change's start (从 15.9%), its last the
    end (到 60%); else 1."""
    if not years or figure.kind in ("date", "time"):
        return 1.0
    governing = None
    for other in passage_figures(text):
        if other.start >= figure.start:
            break
        if other.kind == "date" and other.split:
            governing = other
    if governing is None:
        return 1.0
    low, high = calendar(governing.lower())[0], calendar(governing.upper())[0]
    if low is None or high is None or low >= high:
        return 1.0
    before = aligner_for(text).normalized[max(governing.end, figure.start - 4) : figure.start]
    if low in years and high not in years and _TO_RE.search(before):
        return OTHER_END
    if high in years and low not in years and _FROM_RE.search(before):
        return OTHER_END
    return 1.0
