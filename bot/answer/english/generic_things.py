"""A question about a thing in general -- "a piano", "a 30-year fixed mortgage" -- that no document writes.

News text tells of particular things: the questions it answers name them ("the county's tea
exports", "the Zhechuan lighthouse") or ask what happened ("how many cases *were* settled"). A
question in the present tense about "a <thing>", an indefinite instance standing for its whole
kind ("how many keys does *a standard piano* have", "what is the interest rate on *a 30-year fixed
mortgage*"), asks what is true of that kind in general. When the dictionary knows the thing's
word (钢琴, 按揭) and no document writes any headword it glosses, nor a sense the corpus reaches,
the documents do not speak of that kind at all, and what the question's other words find ("keys"
-> 重点, "standard" -> 标准) is about something else: nothing is shown.

The tests are closed grammatical classes -- the indefinite article, the past-tense auxiliaries --
and CC-CEDICT with the corpus (a unit with no term whose word the dictionary glosses). A question
naming a name is left alone (the name ties it to a document; the thing may be a dictionary gap),
as is one in the past tense ("how much did *a* day-visiting cruise passenger spend": an event the
documents report).
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from bot.answer.english.figures import figure_word
from bot.answer.english.lacking import glossed
from bot.answer.english.names import latin_at_home
from index.english import EnglishUnit
from index.search import Index

#: The past-tense auxiliaries and copulas (a closed class of English grammar): a question using one
#: asks what happened, which news text reports, not what is true of a kind.
_PAST_RE = re.compile(r"\b(?:was|were|did|had)(?:n't)?\b", re.IGNORECASE)
#: Lower-case words between the indefinite article and the thing ("a *standard* piano", "a
#: *30-year fixed* mortgage"): at most this many.
_MODIFIERS = 3


def generic_thing_lacking(
    index: Index, text: str, units: Sequence[EnglishUnit], found: Container[int], named: bool
) -> bool:
    """Whether ``text``, naming no name and using no past tense, names in an indefinite noun
    phrase ("a standard *piano*") a thing the dictionary glosses (:func:`glossed`) that no word of
    the corpus translates -- a word read as a verb too, unless a participle. ``found``: units
    found as the documents write them (names as written, units of measure)."""
    if named or _PAST_RE.search(text):
        return False
    for n, unit in enumerate(units):
        if unit.terms or unit.name or n in found or figure_word(unit.english):
            continue
        # a word read as a verb is a noun after an article ("a new *tattoo*"); a participle
        # ("a *licensed* physician", "a *day-visiting* passenger") still modifies one
        if unit.action and unit.english.lower().endswith(("ing", "ed")):
            continue
        word = r"\s+".join(re.escape(part) for part in unit.english.split())
        indefinite = rf"\b[Aa]n?\s+(?:[a-z0-9][\w'-]*\s+){{0,{_MODIFIERS}}}{word}\b(?!-)"
        if (
            re.search(indefinite, text, re.IGNORECASE if unit.english.islower() else 0) is not None
            and glossed(unit.english) and not latin_at_home(index, unit, units)
        ):
            return True
    return False
