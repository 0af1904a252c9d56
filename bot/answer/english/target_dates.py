"""Whether a date is a plan's target date (计划到2027年累计配发…, 根据规划，到2027年…将达到100%):
when something is to be done, no answer to a wholly English question asking, in the past tense,
when something was done ("When did the programme officially get under way?": 于1月8日正式启动).

The Chinese plan check (:func:`~bot.answer.figure.clauses.planned`) leaves dates alone: 将于3月1日
举办 is when the thing is held, whatever the tense. A clause saying a plan or a target before its
date (计划, 规划, 目标, 力争 -- not a bare 将, nor 将于), or before a clause opening with the date as a
deadline (根据规划，到2027年), dates what is planned, not an event: for an
English question asked in the past tense (:func:`~bot.answer.english.done_asked.done_asked`) such a
passage ranks as one whose figures are all plans (:data:`~bot.answer.planned_rank.PLANNED_RANK`)."""

from __future__ import annotations

import re

from bot.answer.figure.clauses import PLAN_SAID_RE
from index.figures import Figure
from index.normalize import normalize

#: Where a clause ends: a plan's words count in the date's own clause (规划占地2850亩，一期工程于
#: 2021年6月18日建成投运 dates what was done: 规划 there is a planned area) ...
_CLAUSE_BREAK_RE = re.compile(r"[，,。！？!?；;\n]")
#: ... or in the clause before one opening with the date as a deadline (根据规划，到2027年…).
_DEADLINE_RE = re.compile(r"\s*(?:到|至)\s*")


def target_dated(text: str, figure: Figure) -> bool:
    """Whether the date ``figure`` of ``text`` is a plan's target: its clause says a plan or a
    target before it (计划到2027年), or opens with it as a deadline after a clause that does
    (根据规划，到2027年)."""
    if figure.kind != "date":
        return False
    starts = [m.end() for m in _CLAUSE_BREAK_RE.finditer(text, 0, figure.start)]
    start = starts[-1] if starts else 0
    before = normalize(text[start : figure.start])
    if PLAN_SAID_RE.search(before) is not None:
        return True
    if len(starts) < 1 or _DEADLINE_RE.fullmatch(before) is None or text[start - 1] in "。！？!?；;\n":
        return False
    previous = normalize(text[starts[-2] if len(starts) > 1 else 0 : start])
    return PLAN_SAID_RE.search(previous) is not None
