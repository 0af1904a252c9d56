"""Which years a date names: a year (2025年12月底), a reign's (嘉靖十四年（1535年）) or a range's
(1998年至2001年) -- to tell a figure dated another year than a question asks."""

from __future__ import annotations

from index.figures import Figure, calendar


def of_other_year(date: Figure, years: set[int]) -> bool:
    """Whether a date (or a range of years: 1998年至2001年) is of none of ``years``; not when its
    year is unknown (2004至2006年 gives only its end)."""
    low = calendar(date)[0] if calendar(date)[0] is not None else (int(date.value) if date.value else None)
    if low is None:
        return False
    high = int(date.high) if date.high and date.high >= low else low
    return not any(low <= year <= high for year in years)
