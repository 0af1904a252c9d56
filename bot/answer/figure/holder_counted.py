"""A count named as that of the things holding what is asked (设有修补点的社区达到1,126个): the figure
counts the 社区, not the 修补点 a question asking 多少个修补点 counts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.answer.figure.fitness import CLAUSE_START_RE
from bot.question import QuestionInfo
from bot.question.units import normal_unit
from index.figures import Figure
from index.figures.units import measured
from index.normalize import aligner_for
from index.question_words import THING_MEASURES

#: A verb of being or reaching right before the figure (社区达到1,126个, 社区有, 社区共).
_BEING = "(?:为|达|约|有|是|共|达到|增至|增加到|已达|超过|共有|总计|共计|累计)"
#: Endings of words naming an amount of the counted thing (修补点的数量, 总数, 规模): no other thing.
_AMOUNT_ENDINGS = ("量", "数", "数目", "额", "规模", "率")
#: How far before a figure the clause naming its holder is read.
_REACH = 24


def counts_holder(text: str, info: QuestionInfo, figure: Figure, asked: Sequence[str]) -> bool:
    """Whether a count of things (多少个修补点) is answered by a figure in a measure word of things
    whose clause names the counted noun, then 的 and another noun right before a verb of being
    (设有修补点的社区达到1,126个): the figure counts that other noun -- not an amount of the counted
    one (修补点的数量达到412个), nor a noun holding the question's words (``asked``: its search
    terms; 评鉴通过的观光工厂共有34家 for 几家评鉴通过的观光工厂)."""
    counted = info.counted
    if info.kind != "count" or not counted or figure.kind != "count" or normal_unit(figure.unit) not in THING_MEASURES:
        return False
    matching = aligner_for(text).normalized
    before = CLAUSE_START_RE.split(matching[max(0, figure.start - _REACH) : figure.start])[-1]
    if counted not in before or "的" not in before:
        return False  # (most figures: no pattern compiled for the counted word)
    found = _holder_re(counted).search(before)
    if found is None:
        return False
    holder = found.group(1)
    if any(len(term) >= 2 and term in holder for term in asked):
        return False
    return counted not in holder and holder not in counted and measured(holder) is None and not holder.endswith(_AMOUNT_ENDINGS)


@lru_cache(maxsize=1024)
def _holder_re(counted: str) -> re.Pattern[str]:
    """The counted word, 的, a holder noun and a verb of being, ending the text before a figure
    (the counted word may be the head of the noun jieba cut: 修补 / 点)."""
    return re.compile(re.escape(counted) + "[\u4e00-\u9fff]{0,2}的([\u4e00-\u9fff]{2,4}?)" + _BEING + "{1,2}$")
