"""A statistic of an amount (平均年龄, 人均收入, 日均客流) names that amount: the documents give it only
if they write the amount's own word (年龄), not merely the statistic's (平均). A text writing 平均
elsewhere (平均支付14.5元) and ages only as bounds (45岁以下的占27.6%) gives no average age.

The statistics are a short closed class of words of the grammar: an average or a total per unit."""

from __future__ import annotations

import re

from bot.answer.apart import written_apart
from bot.answer.model import WeightedWord
from index.fields import heading_term
from index.runs import HAN_ONLY_RE
from index.search import Index

#: Words saying which statistic of an amount is asked (平均年龄, 人均收入, 年均增长): a closed class.
STATISTICS = ("平均", "人均", "年均", "月均", "日均", "户均", "场均")
#: A statistic written right before its figure (平均78岁, 人均5.2万元): the amount it averages is
#: given without its word, so its absence says nothing.
_BARE_FIGURE_RE = re.compile(r"(?:%s)(?:约|约为|为|达|达到|是)?[\d一二三四五六七八九十两]" % "|".join(STATISTICS))
#: How many passages holding the statistic are read at most (beyond: not absent).
_READ = 3000


def statistic_unwritten(index: Index, word: WeightedWord) -> bool:
    """Whether ``word`` (a noun no document holds) is one of :data:`STATISTICS` and an amount of two
    characters or more (平均 + 年龄) that no document writes, in its text, its headings or with its
    characters apart -- and no passage writes the statistic bare before a figure (平均78岁)."""
    name = word.variants[0]
    statistic = next((s for s in STATISTICS if name.startswith(s)), None)
    if statistic is None:
        return False
    amount = name[len(statistic) :]
    if len(amount) < 2 or HAN_ONLY_RE.match(amount) is None:
        return False
    if any(index.doc_freq(form) > 0 or index.doc_freq(heading_term(form)) > 0 for form in (name, amount)):
        return False
    if written_apart(index, amount, [statistic]):
        return False  # 年龄段 cut as one word, 年 龄 apart: the amount is written
    return not _given_bare(index, statistic)


def _given_bare(index: Index, statistic: str) -> bool:
    """Whether a passage holding ``statistic`` writes it right before a figure (平均78岁)."""
    passages = index.postings(statistic).tolist() if index.doc_freq(statistic) > 0 else []
    if len(passages) > _READ:
        return True
    return any(_BARE_FIGURE_RE.search(index.normalized_text(int(p))) is not None for p in passages)
