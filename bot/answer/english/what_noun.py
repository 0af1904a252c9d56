"""The amount a "what <noun> of ..." question asks, by English grammar: "what" standing as a
determiner before a singular noun that "of" follows ("what *length* of crash wall was built", "what
total *length* of utility tunnel has it completed") asks that noun's amount of the thing after
"of", as "what is the length of ..." does -- though no verb of being opens it, so the reading of
"what is the ..." questions (:func:`~bot.answer.english.amounts.given_as_figure`) never sees it.

The noun asks a figure only when a dictionary translation of it names an amount measured in a unit
(全长: a length; :func:`~index.english.asking.term_measured`), as :func:`measured_focus` asks of
"what is the ..." questions; a plural noun names things to pick among ("what *areas* of the city"),
no amount, and a noun no translation of which is measured ("what *kind* of", "what *brand* of")
asks no figure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.english.asking import term_measured
from index.english.lemmas import lemmatize
from index.english.query import EnglishUnit
from index.figures.units import UNIT_MEASURES

#: "what [total|overall] <noun> of": "what" opening the question or a clause after a comma.
_WHAT_NOUN_OF_RE = re.compile(
    r"(?:^|[,;:]\s*)what\s+(?:(?:total|overall|approximate)\s+)?([a-z]+)\s+of\b", re.IGNORECASE
)


def noun_amount_asked(text: str, units: Sequence[EnglishUnit]) -> str | None:
    """What the singular noun of a "what <noun> of ..." question measures, when a translation of
    it names an amount in a unit ("length": 全长, a length), else None."""
    match = _WHAT_NOUN_OF_RE.search(text.strip())
    if match is None:
        return None
    noun = match.group(1).lower()
    if lemmatize(noun) != noun:
        return None  # "what areas of the city": things picked among
    unit = next((u for u in units if u.english.lower() == noun and u.terms and not u.action), None)
    if unit is None:
        return None
    return next((d for term, _ in unit.terms if (d := term_measured(unit, term)) in UNIT_MEASURES), None)
