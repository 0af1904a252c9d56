"""A level an English question asks with a stranded "to": "what did Hong Kong *raise* the minimum
investment for investor immigrants *to*?", "what was its capacity *cut to*?", "what had
Kunming's population *grown to* by 1945?" ask the figure a change reached, as 提高到多少 and
缩减至多少 do -- a figure, though "what" alone asks none.

The verb is one of change where a translation of it is one of the Chinese verbs of a rise or a
fall (:data:`bot.question.changes.CHANGE_VERBS`: 提高, 增加, 减少 ...; or a word ending in one of their
single characters of a fall or a rise, 缩减, 递增), or, when the question names an amount (人口),
CC-CEDICT glosses the English verb with one ("grow": 增长, where the question's own translation
was 发展): the dictionary says so, not a list of English verbs. "Which family does the bilberry belong to?" names a thing after "which" and
asks none."""

from __future__ import annotations

import re

from bot.question.changes import CHANGE_VERBS
from index.english import EnglishQuery, EnglishUnit
from index.english.cedict import load_dictionary
from index.english.forms import english_words
from index.english.lemmas import lemmatize
from index.english.glosses import gloss_index
from index.figures.units import measured

_CHANGES = frozenset(verb for verbs in CHANGE_VERBS.values() for verb in verbs if len(verb) > 1)
#: One-character verbs of a change ending a longer word of it (缩减, 削减, 递增, 猛涨); not 升,
#: which ends words of promotion (晋升: "what was he promoted to" asks a post).
_CHANGE_ENDINGS = frozenset("增涨减降跌")
#: What may follow the stranded "to": when the level was reached ("to *by 1945*", "to *in 2010*",
#: a year English words leave out).
_WHEN_AFTER = frozenset("by in until before after around".split())


def level_asked(text: str, query: EnglishQuery) -> str | None:
    """The answer kind of ``query``: "count" for a level a change reached ("what did ... raise
    ... to?"), else the kind it was read as."""
    if query.kind is not None:
        return query.kind
    words = english_words(text)
    if len(words) < 3 or "what" not in words or not _stranded_to(text, words):
        return None
    if any(not unit.name and _changes(unit) for unit in query.units):
        return "count"
    # the dictionary's word for a change only for a verb whose subject is an amount (the
    # *population* grown to): "promote" is glossed 提升 too, but "what was he promoted to" asks a post
    amount = any(not unit.action and unit.terms and measured(unit.terms[0][0]) is not None for unit in query.units)
    return "count" if amount and any(_glossed_change(unit) for unit in query.units) else None


_CLOSING_WHEN_RE = re.compile(r"\s(?:by|in|until|before|after|around)\s+\d{4}\s*\??\s*$", re.IGNORECASE)


def _stranded_to(text: str, words: list[str]) -> bool:
    """Whether the question closes with "to", or with "to" and when ("grown to *by 1945*")."""
    if words[-1] == "to":
        return True
    return _CLOSING_WHEN_RE.search(text) is not None and words[-2:] == ["to", words[-1]] and words[-1] in _WHEN_AFTER


def _changes(unit: EnglishUnit) -> bool:
    """Whether ``unit`` says a change: a translation is a Chinese verb of one, or ends in one of
    a fall or a rise (缩减)."""
    return any(term in _CHANGES or (len(term) == 2 and term[-1] in _CHANGE_ENDINGS) for term, _ in unit.terms)


def _glossed_change(unit: EnglishUnit) -> bool:
    """Whether CC-CEDICT glosses the base form of ``unit``'s verb with a verb of change ("grow":
    增长, where the question's translation was 发展)."""
    if not unit.action or " " in unit.english:
        return False
    base = lemmatize(unit.english.lower(), load_dictionary().known)
    return any(head in _CHANGES for head in gloss_index().glossed.get(base, ()))
