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

Which unit is asked is CC-CEDICT's: what the English unit measures
(:func:`~bot.answer.english.figures.named_measure`: "kilogram" mass, "square metre" area,
"kilowatt hour" power) and the headwords glossed with it (公斤, 千克; 平方米, 平米; 千瓦时, 度), or,
for a unit written in pinyin ("per *mu*"), the character whose entry of that reading names a
measure (亩). The text may write the rate in any unit of the same dimension (每斤 for "per
kilogram", 每米 for "per metre"): a reader converts, and the passage does give a rate. A period
("per year") is no unit of measure here, nor a person or a thing ("per capita", "per household":
人均, 户均 are written otherwise, and measure nothing).

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
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.english.figures import named_measure
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


@dataclass(frozen=True)
class AskedUnit:
    """A unit of measure a question asks an amount per: what it measures, and the headwords
    CC-CEDICT glosses with it (公斤, 千克 for "kilogram"; 千瓦时 and 度 for "kilowatt hour"; 平方米
    and 平米 for "square metre")."""

    dimension: str
    words: frozenset[str]


def _asked_unit(words: tuple[str, ...]) -> AskedUnit | None:
    """The unit of measure the English ``words`` name, when it measures a dimension of
    :data:`MEASURED` (:func:`~bot.answer.english.figures.named_measure`); for one lower-case
    word that names none, the unit its pinyin names ("mu": 亩)."""
    english = " ".join(words)
    glossed = gloss_index().glossed
    heads = set(unit_headwords(english))
    if len(words) == 1:
        for base in dict.fromkeys((english, lemmatize(english, glossed))):
            heads.update(glossed.get(base, ())[:_HEADWORDS])
    dimension = named_measure(english)
    if dimension is None and len(words) == 1:
        characters = measure_characters().get(english, ())
        dimension = next((unit_dimension(c) for c in characters if unit_dimension(c) in MEASURED), None)
        heads.update(characters)
    return AskedUnit(dimension, frozenset(heads)) if dimension in MEASURED else None


def asked_unit(question: str) -> AskedUnit | None:
    """The unit of measure ``question`` asks an amount per ("per kilogram": mass, 公斤, 千克; "per
    square metre": area, 平方米, 平米; "per mu": area, 亩), or None -- two words read as one unit
    first ("square metre"), else the first alone; "per capita", "per year" name none."""
    found = _PER_RE.search(question)
    if found is None:
        return None
    first = found.group(1).lower()
    if found.group(2):
        unit = _asked_unit((first, found.group(2).lower()))
        if unit is not None:
            return unit
    return _asked_unit((first,))


#: Where a text writes an amount per a unit: the unit right after 每 (每一) or a slash (每公斤,
#: 元/公斤), or right before 均 or 产 (亩均, 亩产); the words there, read from the mark.
_AFTER_MARK_RE = re.compile(r"(?:每一?|[/／])([^\d\W]{1,4})")
_BEFORE_MARK_RE = re.compile(r"([^\d\W]{1,4})[均产]")


def written_per(text: str, unit: AskedUnit) -> bool:
    """Whether ``text`` (normalised) writes an amount per ``unit``: one of its words, or any unit
    of its dimension (每斤 for "per kilogram", 每平米: a reader converts), right after 每 or a slash,
    or right before 均 or 产."""
    def is_unit(word: str) -> bool:
        return word in unit.words or unit_dimension(word) == unit.dimension

    return any(
        any(is_unit(found.group(1)[:n]) for n in range(1, len(found.group(1)) + 1))
        for found in _AFTER_MARK_RE.finditer(text)
    ) or any(
        any(is_unit(found.group(1)[-n:]) for n in range(1, len(found.group(1)) + 1))
        for found in _BEFORE_MARK_RE.finditer(text)
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
    """Whether a wholly English question asks an amount per a unit of measure (:func:`asked_unit`)
    or per a period named by its adjective (:func:`asked_period`) that the ``best`` candidate's
    shown text never writes as an amount per that unit (:func:`written_per`,
    :func:`written_per_period`): the passage gives other sums, not the rate asked."""
    if query.info.kind not in _AMOUNT_KINDS or not wholly_english(query.question):
        return False
    unit = asked_unit(query.question)
    period = asked_period(query.question)
    if unit is None and period is None:
        return False
    text = window_words_text(reading, best.evidence)
    return (unit is not None and not written_per(text, unit)) or (period is not None and not written_per_period(text, period))
