"""An amount per a unit of measure an English question asks ("what price *per kilogram*", "what
does the county pay *per kilowatt-hour*", "yield *per mu*", "grams *per square metre*"), and
whether the best passage gives any amount so.

Chinese writes an amount per a unit with the unit right after 每 (每公斤3.86元, 每千瓦时0.05元),
after a slash (3.2元/立方米) or before 均, 产 (亩均纯收益3260元, 平均亩产521公斤). A passage whose
shown text writes the asked unit in none of these ways gives no such rate, whatever else it
prices (今年家里柑橘卖了11.6万元: a household's takings; 收取入廊费和维护费共计1.37亿元: a year's
fees): the documents speak of the thing but do not say what is asked, and nothing is shown --
as :func:`~bot.answer.english.rates.rate_not_given` does for an amount per *period* ("each
year": 每年, 年均).

Which Chinese words are the asked unit is CC-CEDICT's: the headwords glossing the English unit
(its first common-noun headwords, or the headwords of a phrase gloss, "square meter": 平方米)
that the figures reader knows as units of measure (公斤, 千克: mass; 千瓦时: power), or, for a
unit written in pinyin ("per *mu*"), the character whose entry of that reading names a measure
(亩). A period ("per year") is no unit of measure here, nor a person or a thing ("per capita",
"per household": 人均, 户均 are written otherwise, and measure nothing).

A period asked by its adjective ("what *monthly* allowance", "the *hourly* fee", "the *daily*
capacity") is the same question of a unit of time: a passage answers it only where it writes an
amount per that period -- 每月, 月均, 一个月 (:data:`~bot.answer.english.rates.PER_PERIOD_WRITTEN`)
or the period's character opening a word (月租金, 月给工食银, 日处理能力, 日最高气温), not where
it ends a date (1月6日) or another time (去年, 今日). :func:`~bot.answer.english.rates.rate_not_given`
reads "each month", "per day", "annually" in count questions; the adjectives are read here, in a
question of any amount ("what monthly interest ..." names no count).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.english.rates import _NOT_PERIOD_BEFORE, PER_PERIOD_WRITTEN
from bot.answer.english.romanised_measures import measure_characters
from bot.answer.english.unit_glosses import unit_headwords
from bot.answer.reading import Reading
from bot.answer.window import window_words_text
from index.english.glosses import gloss_index
from index.english.lemmas import lemmatize
from index.figures.units import unit_dimension

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: The dimensions a unit of measure measures (the figures reader's: 公斤 mass, 亩 area, 千瓦时
#: power); money and counts of things are no unit an amount is given per here.
MEASURED = frozenset({"length", "area", "volume", "mass", "power"})

#: "per kilogram", "per square metre", "per kilowatt-hour": the one or two words after "per".
_PER_RE = re.compile(r"\bper\s+([a-z]+)(?:[\s-]+([a-z]+))?", re.IGNORECASE)

#: A word's first common-noun headwords looked at (as :func:`~bot.answer.english.figures.named_measure`).
_HEADWORDS = 3

#: The kinds of question an amount per unit is asked in: a count or amount, a share, or none said
#: ("what price per kilogram ..."); a date, a time, a person or a place is no amount.
_AMOUNT_KINDS = frozenset({"count", "percent", None})


def _units(words: tuple[str, ...]) -> tuple[str, ...]:
    """The headwords CC-CEDICT gives for the English unit ``words`` that measure a dimension of
    :data:`MEASURED`; for one lower-case word that gives none, the characters its pinyin names
    as a measure ("mu": 亩)."""
    glossed = gloss_index().glossed
    heads: list[str] = []
    if len(words) > 1:
        heads.extend(unit_headwords(" ".join(words)))
    else:
        word = words[0]
        for base in dict.fromkeys((word, lemmatize(word, glossed))):
            heads.extend(glossed.get(base, ())[:_HEADWORDS])
        heads.extend(unit_headwords(word))
    units = tuple(head for head in dict.fromkeys(heads) if unit_dimension(head) in MEASURED)
    if units or len(words) > 1:
        return units
    return tuple(head for head in measure_characters().get(words[0], ()) if unit_dimension(head) in MEASURED)


def asked_units(question: str) -> tuple[str, ...]:
    """The Chinese words of the unit of measure ``question`` asks an amount per ("per kilogram":
    公斤, 千克; "per square metre": 平方米; "per mu": 亩), empty when it asks none -- two words
    read as one unit first ("square metre"), else the first alone."""
    found = _PER_RE.search(question)
    if found is None:
        return ()
    first = found.group(1).lower()
    if found.group(2):
        units = _units((first, found.group(2).lower()))
        if units:
            return units
    return _units((first,))


def written_per(text: str, units: tuple[str, ...]) -> bool:
    """Whether ``text`` (normalised) writes an amount per one of ``units``: 每公斤, 元/公斤, 亩均,
    亩产 (每 may stand before 一: 每一亩)."""
    return any(
        re.search(r"每一?" + re.escape(unit) + "|[/／]" + re.escape(unit) + "|" + re.escape(unit) + "[均产]", text)
        for unit in units
    )


#: The adjectives of periods ("monthly wage", "hourly fee") and the period each names; written
#: with a capital only at the question's start (inside it, "People's *Daily*" is a name).
_PERIOD_ADJECTIVE_RE = re.compile(r"\b([Mm]onthly|[Ww]eekly|[Dd]aily|[Hh]ourly)\b")
_PERIODS = {"monthly": "month", "weekly": "week", "daily": "day", "hourly": "hour"}
#: The characters a period is written with where it opens a word (月租金, 日处理能力); an hour
#: and a week only as :data:`PER_PERIOD_WRITTEN` has them (时 and 周 open 时间, 周边).
_OPENING_RE = {
    period: re.compile(f"(?<![{re.escape(_NOT_PERIOD_BEFORE)}])[{characters}](?=[\u3400-\u9fff])")
    for period, characters in {"month": "月", "day": "日天"}.items()
}


def asked_period(question: str) -> str | None:
    """The period ``question`` asks an amount per by its adjective ("what *monthly* allowance":
    month), or None."""
    found = _PERIOD_ADJECTIVE_RE.search(question)
    if found is None or (found.group(1)[0].isupper() and question[: found.start()].strip()):
        return None
    return _PERIODS[found.group(1).lower()]


def written_per_period(text: str, period: str) -> bool:
    """Whether ``text`` (normalised) writes an amount per ``period``: as a rate (每月, 月均) or
    with the period's character opening a word (月租金), not ending a date or a time (1月6日)."""
    if PER_PERIOD_WRITTEN[period].search(text):
        return True
    opening = _OPENING_RE.get(period)
    return opening is not None and opening.search(text) is not None


def unit_rate_not_given(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether a wholly English question asks an amount per a unit of measure (:func:`asked_units`)
    or per a period named by its adjective (:func:`asked_period`) that the ``best`` candidate's
    shown text never writes as an amount per that unit (:func:`written_per`,
    :func:`written_per_period`): the passage gives other sums, not the rate asked."""
    if query.info.kind not in _AMOUNT_KINDS or not wholly_english(query.question):
        return False
    units = asked_units(query.question)
    period = asked_period(query.question)
    if not units and period is None:
        return False
    text = window_words_text(reading, best.evidence)
    return (bool(units) and not written_per(text, units)) or (period is not None and not written_per_period(text, period))
