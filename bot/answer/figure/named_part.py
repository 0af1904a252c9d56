"""A figure followed by 其中 is a whole its parts are given of (项目总投入1.63亿元，其中县级财政安排6800万元，
省级…4100万元): an English question naming one of those parts -- by its own word opening it, which
the whole's sentence lacks ("the county's own budget": 县级), or by the year it asks what happened in
(接待观众约24万人次，其中2025年约6.3万人次, "how many visitors came in 2025") -- asks the part, not
the whole. The part itself is judged by :func:`~bot.answer.figure.parts.part_of`; this weighs the
whole down, as its own clause often holds more of the question's words (项目, 投入) than the part's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answer.sentences import sentence_start
from bot.question import QuestionInfo
from index.figures import Figure
from index.normalize import aligner_for

#: How a whole fits an English question naming one of the parts 其中 gives of it.
NAMED_PART_WHOLE = 0.5
#: ... when the part opens with the year the question asks what happened in (其中2025年约5.8万人次):
#: the part elides what it counts, which the whole's clause writes (累计接待观众约21万人次) and which
#: weighs the whole up about twice over the part -- half is not enough; as strong as
#: :data:`~bot.answer.figure.running_total.RUNNING_TOTAL`, a sum of years for one year's figure.
NAMED_YEAR_WHOLE = 0.3
#: 其中 right after the figure: the parts of it follow (…1.63亿元，其中…).
_PARTS_RE = re.compile(r"[，,；;]其中[，,：:]?")
_SENTENCE_END_RE = re.compile(r"[。；;！？!?]")
_PART_END_RE = re.compile(r"[，,、]")
_DIGIT_RE = re.compile(r"\d")


def named_part(text: str, info: QuestionInfo, figure: Figure, owners: Sequence[str]) -> float:
    """:data:`NAMED_YEAR_WHOLE` for a figure right before 其中 (:data:`_PARTS_RE`) when one of the
    parts after it, up to the sentence's end, holds a figure of its own and opens with a year the
    English question asks what happened in (:attr:`QuestionInfo.within`); :data:`NAMED_PART_WHOLE`,
    for an amount of money, when one opens with one of ``owners`` (the question's own translations, not asking a total) that the
    whole's sentence, up to it, lacks -- who gave or spent the part, a participant of the question's
    deed (a word the whole's sentence writes, 云溪县…全县…共投入资金3850万元, names the whole's own
    owner); the part of a count so opened is a kind of the whole (入驻企业213家，其中冷链运输企业67家),
    and the question's word may well belong to another noun ("the cold-chain park"); else 1. Not
    for a question asking a total or a part of a whole it names (:attr:`QuestionInfo.part`,
    weighed by :func:`~bot.answer.figure.parts.whole_named`)."""
    if not info.english or info.total or info.part or figure.kind in ("date", "percent"):
        return 1.0
    if not owners and not info.within:
        return 1.0
    norm = aligner_for(text).normalized
    opened = _PARTS_RE.match(norm, figure.end)
    if opened is None:
        return 1.0
    end = _SENTENCE_END_RE.search(norm, opened.end())
    parts = [p.strip() for p in _PART_END_RE.split(norm[opened.end() : end.start() if end else len(norm)])]
    # the whole's sentence: a word it writes anywhere (云溪县…全县…共投入资金3850万元) names the whole's own owner
    whole = norm[sentence_start(norm, figure.start) : figure.start]
    years = tuple(f"{year}年" for year in info.within)
    money = figure.dimension == "money"  # 其中县级财政安排…: who gave it (of 入驻企业213家, 其中冷链运输企业67家: a kind)
    for part in parts:
        if not _DIGIT_RE.search(part):
            continue
        if years and part.startswith(years):
            return NAMED_YEAR_WHOLE  # 其中2025年约6.3万人次, for "in 2025"
        if money and any(part.startswith(term) and term not in whole for term in owners):
            return NAMED_PART_WHOLE  # 其中县级财政安排6800万元, for "the county's own budget"
    return 1.0
