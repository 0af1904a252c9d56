"""The price of one thing asked (一张年画卖多少钱, 每支毛笔多少钱): a sum whose clause names neither
that thing, nor its measure word, nor a word of pricing (每, 均, 价, 售, 卖, 费) is a sum of something
else (出资白银2,600两扩建) -- when no sum of the passage is priced so, the documents do not give it."""

from __future__ import annotations

import re

from bot.answer.figure.fitness import figure_clause
from bot.answer.figure.measures import asks_price
from bot.question import QuestionInfo
from index.english.cedict import is_classifier
from index.figures import Figure, passage_figures
from index.normalize import aligner_for

#: One thing by its measure word and its noun, then its price asked (一张年画卖多少钱, 每支毛笔要几钱).
_ONE_PRICED_RE = re.compile(
    r"[一每]([\u4e00-\u9fff])([\u4e00-\u9fff]{2,4}?)(?:的)?(?:要|需要|能|可以)?(?:卖|售|售价|价格|价钱|卖出)?"
    r"(?:是|为|要)?(?:多少钱|几[块元两]?钱|多少[元两])"
)
#: Characters of pricing in a sum's clause (每张三文, 均价, 售价, 卖, 收费).
PRICING = frozenset("每均价售卖费")


def one_price_unwritten(question: str, info: QuestionInfo, text: str, figure: Figure | None) -> bool:
    """Whether the normalised ``question`` asks the price of one thing (一张年画卖多少钱) and the
    chosen ``figure`` of ``text`` is a sum, while no sum of ``text`` is written in a clause naming
    the thing, its measure word (a CC-CEDICT classifier: 张) or pricing."""
    if figure is None or figure.dimension != "money" or not asks_price(info):
        return False
    asked = _ONE_PRICED_RE.search(question)
    if asked is None or not is_classifier(asked.group(1)):
        return False
    measure, noun = asked.group(1), asked.group(2)
    matching = aligner_for(text).normalized
    for other in passage_figures(text):
        if other.dimension != "money":
            continue
        clause = figure_clause(matching, other)
        if measure in clause or noun in clause or PRICING.intersection(clause):
            return False
    return True
