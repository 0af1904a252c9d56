"""The thing a "what is the X of Y" question asks, by English grammar: the head of the noun
phrase before "of" is its last word ("what is the video monitoring *coverage* of ..."), however
the words before it were read (a word read as an action, "monitoring", ends the question's
focus before the head)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answer.english.amounts import LINKING_VERBS, term_given_as_figure
from index.english.query import EnglishUnit
from index.search import Index

#: "what is/was (the) <words> of": the words before "of" (letters, hyphens, apostrophes only).
_WHAT_IS_OF_RE = re.compile(r"^\s*what(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?([a-z][a-z' -]*?)\s+of\b", re.IGNORECASE)


def head_given_as_figure(index: Index, text: str, units: Sequence[EnglishUnit]) -> str | None:
    """What the head before "of" of a "what is the ... of" question measures, when the texts
    write its best translation before a measured figure (:func:`term_given_as_figure`), else None."""
    match = _WHAT_IS_OF_RE.match(text)
    if match is None:
        return None
    head = match.group(1).split()[-1].lower()
    unit = next((u for u in units if u.english.lower() == head and u.terms and not u.action), None)
    if unit is None or unit.focus:  # a focus word was read already (given_as_figure)
        return None
    term = unit.terms[0][0]
    return None if term in LINKING_VERBS else term_given_as_figure(index, term)
