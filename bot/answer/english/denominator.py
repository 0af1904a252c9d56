"""The unit an English amount is asked *per* ("how much more *per mu* did she get"): what the amount
is divided by, not what it is counted in -- 8亩 counts the mu; 每亩多卖了2300元 is asked."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answer.english.basics import SEPARATOR
from bot.answer.english.number_words import hyphened
from bot.answer.model import Translation


#: "per" and the word after it: what an amount is given per ("how much more *per mu*").
_PER_RE = re.compile(r"\bper\s+([a-z]+)\b", re.IGNORECASE)


def per_denominator(text: str, translations: Sequence[Translation], counted: str | None) -> bool:
    """Whether the thing an English count's reading takes as counted (``counted``: 亩) translates
    the word right after "per" ("how much more *per mu* did she get": an amount per 亩, of another
    unit -- 8亩 counts the mu, 每亩多卖了2300元 is asked), and no other word of the question."""
    if counted is None:
        return False
    after = {m.group(1).lower() for m in _PER_RE.finditer(text)}
    if not after:
        return False
    naming = [t.english.lower() for t in translations if counted in t.term.split(SEPARATOR)]
    return bool(naming) and all(word in after for word in naming)


def hyphened_measure(text: str, translations: Sequence[Translation], counted: str | None) -> float | None:
    """The number of a "<number>-<word>" compound ("how many *seven-day* sessions", "the *3-year*
    programme") whose word is the only one translated into the term read as counted (``counted``:
    天): a modifier of the noun counted, giving an amount of its own (为期7天), not the unit asked.
    None when the counted thing is named otherwise too."""
    if counted is None:
        return None
    compounds = {word.lower(): value for value, word in hyphened(text)}
    naming = [t.english.lower() for t in translations if counted in t.term.split(SEPARATOR)]
    if not naming or not all(word in compounds for word in naming):
        return None
    return compounds[naming[0]]
