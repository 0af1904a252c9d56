"""English nouns that CC-CEDICT glosses as a share: a word whose dictionary headword ends in 率
(a rate) and whose gloss says it is a proportion, a percentage or a ratio ("occupancy": 定座率
"occupancy (i.e. proportion of seats occupied)"). A question asking such a noun with no question
word of its kind ("Huaiqiao talent housing *occupancy* at the end of 2022?") asks a share, as
"what percentage" does -- the texts write it as a figure in % (入住率达91.4%)."""

from __future__ import annotations

import re
from functools import lru_cache

from index.english.cedict import load_dictionary
from index.english.glosses import gloss_index

#: The character closing a Chinese word for a rate (入住率, 覆盖率).
RATE = "率"
#: What a rate's gloss says when it is a share of a whole (not a speed, 速率; not a power, 功率).
_SHARE_GLOSS_RE = re.compile(rb"\b(?:proportion|percentage|ratio)\b")


@lru_cache(maxsize=1)
def share_nouns() -> frozenset[str]:
    """The one-word English glosses of the dictionary's words for a share (:data:`RATE` closing
    a headword whose gloss says :data:`_SHARE_GLOSS_RE`)."""
    glosses = load_dictionary().glosses
    return frozenset(
        word
        for word, heads in gloss_index().glossed.items()
        if any(len(h) > 1 and h.endswith(RATE) and _SHARE_GLOSS_RE.search(glosses.get(h, b"")) for h in heads)
    )


def share_noun_asked(words: list[str] | tuple[str, ...]) -> int | None:
    """The position of the first of ``words`` (lower-case) that CC-CEDICT glosses as a share, or None."""
    nouns = share_nouns()
    return next((i for i, word in enumerate(words) if word in nouns), None)
