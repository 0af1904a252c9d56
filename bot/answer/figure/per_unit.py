"""An amount given per unit (每人500元, 人均可支配收入49,312元) or as a total (共计发放66.3万元): which
of them a question asks (每人补贴多少钱, 一共发放了多少补贴)."""

from __future__ import annotations

import re

from bot.answer.figure.fitness import CLAUSE_START_RE
from bot.answer.figure.nearness import ELIDED
from bot.question import PER_RE, QuestionInfo
from index.figures import Figure
from index.question_words import PREVIOUS_YEAR
from index.normalize import aligner_for

#: An amount given per person, household, year ... (每人, 人均): it answers a question asking per
#: one this much better, and one asking a total this much worse.
PER_UNIT = 0.5
#: How far before a figure, in its clause, 每/人均 makes it an amount per unit (每餐補助標準由現行的68元提高至80元).
PER_REACH = 24
#: An amount given as a total (共计发放66.3万元, 共2,846门): it answers a question asking a total this
#: much better.
TOTAL = 2.0
#: A running total right after a figure (146个，累计达到358个): the figure is what was added.
_RUNNING_TOTAL_AFTER_RE = re.compile(r"[，,]?(?:累计|总计|合计|共计)(?:达到?|达|为|有)?约?\d")
_TOTAL_RE = re.compile(r"(?:共计|合计|总计|累计|总共|一共|共有|总数|总量|总额)[^，,。；;]{0,6}$|共$")
#: A sum over a whole period or over all (全年收取的费用, 累计, 共计): no amount for one of what is counted.
_SUM_RE = re.compile(r"全年|" + _TOTAL_RE.pattern.removesuffix("|共$"))
#: A figure named right before it as a total by 总 + what it sums (总投入9.64亿元, 总投资, 总面积为):
#: what an English question asking a "total" asks, whichever noun its translation reaches.
_TOTAL_NAMED_RE = re.compile(r"总[\u4e00-\u9fff]{1,2}(?:为|达|约|达到|共计|约为)?$")

_ELIDED_RE = re.compile(ELIDED)
#: A clause that is only the year before and a verb of being (今年…均价为每公斤6.8元，上年同期为5.9元):
#: the same amount of the other year, per what the clause before gave it.
_YEAR_BEFORE_ELIDED_RE = re.compile("(?:" + "|".join(PREVIOUS_YEAR) + r")(?:同期)?(?:为|是|则为)")


def per_unit(text: str, info: QuestionInfo, figure: Figure) -> float:
    """How an amount given per person, household or year (每人500元, 人均可支配收入49,312元) or as a
    total (共计发放66.3万元) fits the question: :data:`PER_UNIT` for one per unit when the question
    asks none (一共发放了多少补贴), its inverse when it asks one (每人补贴多少钱); :data:`TOTAL` for a
    total when the question asks one (一共, 总额; 总 before what it counts: 总奖金); else 1."""
    if figure.kind not in ("count", "number") or info.change is not None:
        return 1.0  # a change asked (人均收入增长了多少): the verb of the change decides
    parts = CLAUSE_START_RE.split(aligner_for(text).normalized[max(0, figure.start - PER_REACH) : figure.start])
    clause = parts[-1]
    if len(parts) > 1 and (_ELIDED_RE.fullmatch(clause.strip()) or _YEAR_BEFORE_ELIDED_RE.fullmatch(clause.strip())):
        clause = parts[-2] + clause  # 中學則為13.6萬港元: per what the clause before gave it
    named_total = info.english and _TOTAL_NAMED_RE.search(clause) is not None  # "total investment": 总投入
    if info.total and (_TOTAL_RE.search(clause) or named_total or (info.counted and "总" + info.counted in clause[-8:])):
        return TOTAL  # 共计发放66.3万元; 總獎金增至320萬港元 for 总奖金有多少
    if info.total and _RUNNING_TOTAL_AFTER_RE.match(aligner_for(text).normalized, figure.end):
        return 1.0 / TOTAL  # 新建起降场146个，累计达到358个: what was added, before the total
    # "how much ... each year": 每年安排资金6800万元 is asked, not 每公里每年9.7万元 (money only: a count per
    # period asked is weighed by the passage's rate, rate_first, and a count of things' 每年 is left as it was)
    if info.rate is not None and not info.per and figure.dimension == "money":
        from bot.answer.english.rates import PER_PERIOD_WRITTEN  # (here: it imports bot.answer)

        clause = PER_PERIOD_WRITTEN[info.rate].sub("", clause)
    if PER_RE.search(clause) is None:
        # 全年收取的费用1236万元 for "how much does one session cost": a sum, not the amount for one
        whole = info.per and not info.total and info.english and _SUM_RE.search(clause)
        return PER_UNIT if whole else 1.0
    return 1.0 / PER_UNIT if info.per else PER_UNIT

