"""A level an English question asks with a stranded "to": "what did Hong Kong *raise* the minimum
investment for investor immigrants *to*?", "what was its capacity *cut to*?" ask the figure a
change reached, as 提高到多少 and 缩减至多少 do -- a figure, though "what" alone asks none.

The verb is one of change where a translation of it is one of the Chinese verbs of a rise or a
fall (:data:`bot.question.CHANGE_VERBS`: 提高, 增加, 减少 ...): the dictionary says so, not a list
of English verbs. "Which family does the bilberry belong to?" names a thing after "which"
and asks none."""

from __future__ import annotations

from bot.question import CHANGE_VERBS
from index.english import EnglishQuery
from index.english.forms import english_words

_CHANGES = frozenset(verb for verbs in CHANGE_VERBS.values() for verb in verbs if len(verb) > 1)


def level_asked(text: str, query: EnglishQuery) -> str | None:
    """The answer kind of ``query``: "count" for a level a change reached ("what did ... raise
    ... to?"), else the kind it was read as."""
    if query.kind is not None:
        return query.kind
    words = english_words(text)
    if len(words) < 3 or "what" not in words or words[-1] != "to":
        return None
    changed = any(unit.action and any(term in _CHANGES for term, _ in unit.terms) for unit in query.units)
    return "count" if changed else None
