"""A running total up to a year (截至2025年底，博物馆累计接待观众约27万人次) is the sum of every year
up to it, no figure of that year: an English question asking what happened *in* 2025 ("how many
visitors did the museum receive in 2025 alone") is answered by the figure the text gives the year
itself (其中2025年约6.3万人次), not by the total it closes."""

from __future__ import annotations

import re

from bot.answer.sentences import sentence_start
from bot.question import QuestionInfo
from index.figures import Figure
from index.normalize import aligner_for

#: How a running total up to the year asked fits a question asking what happened in that year.
RUNNING_TOTAL = 0.3
#: A count up to a year (截至2025年底, 截止2024年): the sum runs to its end.
_UP_TO_RE = re.compile(r"(?:截至|截止到?)(\d{4})年")
#: ... summed in the figure's own clause (累计接待, 共计, 总计, 合计).
_SUMMED_RE = re.compile(r"累计|共计|总计|合计")
_CLAUSE_END_RE = re.compile(r"[，,：:]")


def running_total(text: str, info: QuestionInfo, figure: Figure) -> float:
    """:data:`RUNNING_TOTAL` for a count its clause sums (累计) up to a year (截至2025年底, earlier in
    its sentence) that an English question asks what happened in (:attr:`QuestionInfo.within`),
    when it asks no total; else 1."""
    if not info.within or info.total or figure.kind not in ("count", "number"):
        return 1.0
    norm = aligner_for(text).normalized
    sentence = norm[sentence_start(norm, figure.start) : figure.start]
    clause = _CLAUSE_END_RE.split(sentence)[-1]
    if not _SUMMED_RE.search(clause):
        return 1.0
    return RUNNING_TOTAL if any(int(year) in info.within for year in _UP_TO_RE.findall(sentence)) else 1.0
