"""Whether a figure stands under another date than the question asks (北京30日最高气温多少度:
"29日白天…最高氣溫2℃"; "at the end of 2025": 而2022年底这一数字仅为2.1个)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer.figure.changes_from import change_start
from bot.answer.figure.fitness import CONTRAST, compared_with
from bot.answer.figure.same_figure import bare_year, same
from bot.answer.figure.years import of_other_year
from bot.question import QuestionInfo
from index.figures import Figure, passage_figures
from index.normalize import aligner_for


def dated_otherwise(text: str, info: QuestionInfo, figure: Figure) -> float:
    """:data:`CONTRAST` when the question names a day or a month (北京30日最高气温多少度) and the
    figure stands under another of the same kind -- the last date before it names another day
    ("29日白天…最高氣溫2℃") -- else 1. Not for dates asked about themselves; a date the figure is
    compared with (較112年成長12.7%) is no date it is of, nor one the question compares with (比113年增长了
    多少: :attr:`QuestionInfo.bases`). A year an English question writes bare (2025) is a year asked."""
    if figure.kind in ("date", "time"):
        return 1.0
    # (载客比113年增长了多少: 113年 is what the figure is compared with, not its date)
    asked = [q for q in info.quoted if q.kind == "date" and q.parts and q not in info.bases]
    # an English question writes its year bare ("at the end of 2025")
    years = [q for q in info.quoted if info.english and bare_year(q)]
    if not (asked or years):
        return 1.0
    governing = None
    started = change_start(text, figure)  # 由113年的74.3%提升至82.6%: 113年 dates 74.3%, not 82.6%
    for other in passage_figures(text):
        if other.start >= (figure.start if started is None else started):
            break
        if not info.english:  # (an English question's bare year is weighed as it was: its sets were tuned so)
            other = _fiscal_year(text, other)
        if other.kind == "date" and other.parts and (not compared_with(text, other) or _owns(text, other, figure)):
            governing = other
    if governing is None:
        return 1.0
    if years and "y" in governing.parts and of_other_year(governing, {int(year.text) for year in years}):
        return CONTRAST  # 而2022年底这一数字仅为2.1个 for "at the end of 2025"
    if years and "y" not in governing.parts and _EVERY_YEAR_RE.search(aligner_for(text).normalized[: governing.start]):
        return CONTRAST  # 每年农历八月十八日前后…吸引游客逾8万人 for "by the end of 2025": every year's
    for quoted in asked:
        # (截至2025年12月31日 for 2025年底: the year's end; 自115年3月1日起 for 115年 when a level reached is asked)
        if set(quoted.parts) & set(governing.parts) and not same(quoted, governing, within=info.reached):
            return CONTRAST
    return 1.0


#: A date of every year (每年农历八月十八日, 每逢正月十五): of no one year, not of the year asked.
_EVERY_YEAR_RE = re.compile(r"(?:每年|每逢|历年)(?:的)?(?:农历|公历|阳历)?$")


def _fiscal_year(text: str, figure: Figure) -> Figure:
    """A year written with 年度 (公布114年度青年租屋補貼成果, 2025年度), which the figure reader takes
    for a number of years, as the date it is -- else the figure."""
    if figure.kind == "count" and figure.unit == "年" and _FISCAL_YEAR_RE.fullmatch(figure.text) and text[figure.end : figure.end + 1] == "度":
        return replace(figure, kind="date", unit="", parts="y")
    return figure


_FISCAL_YEAR_RE = re.compile(r"(?:1[0-4]\d|1[5-9]\d\d|20\d\d)年")


def _owns(text: str, date: Figure, figure: Figure) -> bool:
    """Whether a date compared with (比2020年底的61.3万辆) is the figure's own: nothing but 的 between
    them -- the figure is the base of the comparison, of that date (not 较2019年增长12.7%)."""
    return aligner_for(text).normalized[date.end : figure.start] in ("", "的")
