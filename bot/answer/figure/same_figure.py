"""Whether a passage's figure says what a figure the question itself writes says: the same value,
the same date (民國 years with or without their era, a year-end for 年底), a bare year."""

from __future__ import annotations

from bot.question import QuestionInfo
from index.figures import Figure, calendar
from index.figures.forms import ROC_OFFSET


def quotes(info: QuestionInfo, figure: Figure) -> bool:
    """Whether the question itself writes ``figure`` (兩個 and 2個, 5萬 and "將近" 49,736)."""
    return any(same(quoted, figure) for quoted in info.quoted)


def same(quoted: Figure, figure: Figure, within: bool | None = None) -> bool:
    """Whether ``figure`` says what the question's ``quoted`` figure says (and nothing more);
    ``within`` not None: or a date that ends the quoted one (2025年12月31日 for 2025年底), or, when
    True (a level reached is asked), any date inside it (自115年3月1日起…提高至 for 115年)."""
    if quoted.kind == "date" or figure.kind == "date":
        if figure.kind != "date":
            return quoted.kind == "date" and quoted.value is not None and figure.value == quoted.value
        if quoted.kind == "date":
            theirs = calendar(quoted)
        elif bare_year(quoted):
            theirs = (int(quoted.text), None, None)  # "in 2014": a year written without 年
        else:
            return False
        mine = calendar(figure)
        if mine[0] is not None and theirs[0] is not None and _roc_year(mine[0], theirs[0]):
            mine = (theirs[0], *mine[1:])  # 民國114年 in the text, 114年 in the question (or the other way)
        # the same date, or one the question's date already says (it adds no detail)
        inside = within is not None and all(b is None or a == b for a, b in zip(mine, theirs))
        inside = inside and (within or _ends(mine, theirs))
        return (inside or all(a is None or a == b for a, b in zip(mine, theirs))) and mine != (None, None, None)
    if figure.value is None or quoted.value is None or (quoted.kind == "ordinal") != (figure.kind == "ordinal"):
        return False
    if quoted.approximate:
        return abs(figure.value - quoted.value) <= 0.5 * quoted.precision
    return abs(figure.value - quoted.value) <= 1e-9 * max(1.0, abs(quoted.value))


def _ends(mine: tuple[int | None, ...], theirs: tuple[int | None, ...]) -> bool:
    """Whether the date ``mine`` is the last day of the year or month ``theirs`` names."""
    if theirs[1] is None:
        return mine[1:] == (12, 31)
    return theirs[2] is None and mine[2] is not None and mine[2] >= 28


def _roc_year(one: int, other: int) -> bool:
    """Whether two years are one 民國 year written once with its era (民國114年: 2025) and once
    without it (114年, as Taiwanese text writes a year once the era is clear)."""
    low, high = sorted((one, other))
    return 0 < low < 200 and high - low == ROC_OFFSET


def bare_year(figure: Figure) -> bool:
    """Whether a bare number may be a year (1911, 2014)."""
    return figure.kind == "number" and figure.text.isdigit() and len(figure.text) == 4 and 1000 <= int(figure.text) <= 2100
