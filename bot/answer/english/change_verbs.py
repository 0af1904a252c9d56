"""The verb of a change an English question asks the amount of, as Chinese reports write it.

"By how much did the county's sales revenue *rise* year on year?" asks the size of a rise, which a
report writes after one of a few verbs of change (同比增长16.4%, 比上年增加3.9万吨). The dictionary's
senses of the English verb are often others (起 "to rise; to get up", 脱颖而出 "to rise above
others"): searched, they find any passage where something "rises", and miss the one that writes
the change. So where a question asks by how much something rose or fell (:data:`bot.question.changes.ASKS_AMOUNT_EN`)
and none of its verb's translations is a Chinese verb of that change, the verb is searched as the
verbs of change of that direction (:data:`bot.question.changes.CHANGE_VERBS`) that CC-CEDICT glosses with
an English verb of the same change ("增长: to grow; to increase"; "下降: to decline; to drop") and
the corpus writes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from functools import lru_cache

from bot.question.changes import ASKS_AMOUNT_EN, CHANGE_SIZES, CHANGE_VERBS, ENGLISH_CHANGE_VERBS
from index.english import EnglishUnit
from index.english.phrases import gloss_tokens
from index.search import Index

#: How surely a verb of change is one of the Chinese verbs of that change.
CHANGE_VERB_SURE = 0.8
_BASE_FORMS = {direction: frozenset(verbs[:6 if direction == "up" else 5]) for direction, verbs in ENGLISH_CHANGE_VERBS.items()}


@lru_cache(maxsize=2)
def chinese_change_verbs(direction: str) -> tuple[str, ...]:
    """The Chinese verbs of a change in ``direction`` that CC-CEDICT glosses with an English
    verb of that change (增长 "to grow", 下降 "to decline"), not the nouns of its size (增幅)."""
    return tuple(
        verb for verb in CHANGE_VERBS[direction]
        if len(verb) > 1 and verb not in CHANGE_SIZES and gloss_tokens(verb) & _BASE_FORMS[direction]
    )


def change_verbs(index: Index, text: str, units: Sequence[EnglishUnit]) -> tuple[EnglishUnit, ...]:
    """``units`` with the verb of the change ``text`` asks the amount of ("by how much did sales
    *rise*") searched as the Chinese verbs of that change the corpus writes (增长, 增加, 提高),
    when none of its own translations is one; others as they are."""
    if ASKS_AMOUNT_EN.search(text.lower()) is None:
        return tuple(units)
    out = list(units)
    for n, unit in enumerate(units):
        word = unit.english.lower()
        direction = next((d for d, verbs in ENGLISH_CHANGE_VERBS.items() if word in verbs), None)
        if direction is None:
            continue
        verbs = chinese_change_verbs(direction)
        if any(term in verbs for term, _ in unit.terms):
            continue  # "how much did GDP grow": 增长 already
        found = tuple(verb for verb in verbs if index.doc_freq(verb) > 0)
        if found:
            out[n] = dataclasses.replace(
                unit, terms=tuple((verb, CHANGE_VERB_SURE) for verb in found),
                confidence=max(unit.confidence, CHANGE_VERB_SURE), understood=max(unit.understood, CHANGE_VERB_SURE),
            )
    return tuple(out)
