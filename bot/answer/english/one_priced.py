"""The price of one thing asked in English ("what does *a ticket* to the museum cost", "how much
does *a single* AED unit cost", "pay a fisher for *each* boat"): a passage answers it with a sum
written as a price -- in a clause with a word of pricing (每, 均, 价, 售, 卖, 费, 票, 租: 票价2元,
每艘造价1350万元, 均价486元, 月租金1180元) -- never with a sum of something else (修缮投资2860萬元)
nor with a figure that is no money at all (9公里). When no sum of the passage is priced so, the
documents do not give that price: nothing is shown, as :mod:`bot.answer.one_price` does for
一张年画卖多少钱 in Chinese."""

from __future__ import annotations

import re

from bot.answer.english.figures import named_measure
from bot.answer.figure.fitness import figure_clause
from bot.answer.one_price import PRICING
from index.figures import Figure, passage_figures
from index.figures.units import unit_dimension
from index.normalize import aligner_for

#: A word of the price asked (cost, price, fare, fee, pay, sell for, ticket, admission, rent).
_PRICE_RE = re.compile(
    r"\b(?:costs?|cost(?:ing)?|prices?|priced|fares?|fees?|charges?|charged|pay|pays|paid|sells?\s+for|sold\s+for"
    r"|tickets?|admission|rent)\b",
    re.IGNORECASE,
)
#: One thing priced: an article, "each", "one", "single", "per" before a word that is no period
#: ("each *year*" asks a sum per year, which a passage writes 每年 or not at all) -- or a ticket,
#: an admission, a fare, which are one person's price by their meaning.
_ONE_RE = re.compile(
    r"\b(?:a|an|each|one|single|per)\s+(?!(?:year|month|week|day|night|hour|time|season|quarter)s?\b)[a-z]"
    r"|\b(?:ticket|admission|fare)\b",
    re.IGNORECASE,
)
#: Characters of pricing in a sum's clause (票价, 每艘, 均价, 售价, 卖, 收费, 月租金): the Chinese
#: price of one thing's, and a ticket's and a rent's, which English asks as "a ticket", "rent".
_PRICING = PRICING | frozenset("票租")
#: What holds such a character but prices no one thing: funds (经费: 修缮经费380万元) and a sum
#: per period (每年安排经费1500万元), as "each year" in the question is no thing priced.
_NO_PRICE_RE = re.compile(r"经费|每[年月日天周季]")
#: A total in a sum's clause (总产值, 总投资, 总额): the sum of all, the price of no one thing.
_TOTAL_RE = re.compile(r"[总總]")
#: A sum written per a unit right after it (3.2元/立方米).
_PER = frozenset("/／")


def asks_one_price(question: str) -> bool:
    """Whether the English ``question`` asks the price of one thing."""
    return _PRICE_RE.search(question) is not None and _ONE_RE.search(question) is not None


def one_price_unwritten(question: str, text: str, figure: Figure | None) -> bool:
    """Whether ``question`` asks the price of one thing and ``text`` (the best passage's window,
    ``figure`` the one chosen from it, if any) prices nothing: the figure is no money or a total
    (its clause writes 总: 渔业总产值48.6亿元), or no sum
    of the text stands in a clause with a character of pricing or before a unit (3.2元/立方米)."""
    if not asks_one_price(question):
        return False
    if figure is not None and figure.dimension != "money":
        return figure.dimension in ("length", "mass", "area", "volume", "time")  # 9公里 for "a ticket"
    matching = aligner_for(text).normalized
    if figure is not None and _TOTAL_RE.search(figure_clause(matching, figure)):
        return True  # "a Beidou terminal for one of the boats": 渔业总产值48.6亿元 is a whole sector's total
    if figure is not None and _per_measure(figure_clause(matching, figure)) and not _measure_asked(question):
        return True  # "a single crop-spraying drone": 每亩作业成本8元 is a cost per mu, no drone's price
    for other in passage_figures(text):
        if other.dimension != "money":
            continue
        clause = _NO_PRICE_RE.sub("", figure_clause(matching, other))
        if _PRICING.intersection(clause) or matching[other.end : other.end + 1] in _PER:  # 3.2元/立方米
            return False
    return True


#: What a sum per a unit of measure measures (每亩 8元, 每公斤 3.86元): a rate, no one thing's price.
_MEASURES = frozenset({"length", "mass", "area", "volume"})
_EACH_RE = re.compile(r"每([^\d\W]{1,3})")


def _per_measure(clause: str) -> bool:
    """Whether ``clause`` prices per a unit of measure (每亩, 每公斤, 每平方米)."""
    return any(
        any(unit_dimension(found.group(1)[:n]) in _MEASURES for n in range(1, len(found.group(1)) + 1))
        for found in _EACH_RE.finditer(clause)
    )


def _measure_asked(question: str) -> bool:
    """Whether the English ``question`` asks a price per something ("per kilo") or names a unit
    of measure ("a kilogram of tea"), which a sum per a unit of measure answers."""
    words = re.findall(r"[a-z]+", question.lower())
    return "per" in words or any(named_measure(word) is not None for word in words)
