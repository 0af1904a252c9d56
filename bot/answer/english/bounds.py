"""An English bound on a level or an amount, searched as the word Chinese writes it with.

"Officials at county level *or above*", "*at least* one research topic": Chinese writes the
bound after the level or the figure (縣處級以上, 1個以上), in a word CC-CEDICT glosses by that
very bound -- 以上 "that level or higher; that amount or more", 以下 "that level or lower; that
amount or less". English says it with a comparative after "or"/"and" or with "at least"/"at
most", "at a minimum"/"at a maximum" (a closed class of English, like the particles of
``index.english.modifiers``); the Chinese word is found through the gloss, and searched only
where some document writes it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answer.model import WeightedWord
from index.search import Index
from index.english.cedict import load_dictionary

#: The English bound, by direction: "or above", "and over", "or more", "at least" ... (up), and
#: (also hyphenated into a compound adjective: "county-level-and-above officials")
#: "or below", "or less", "at most" ... (down); "at a minimum" is "at least", "at a maximum" "at most".
_BOUND_RE = {
    "up": re.compile(r"\b(?:(?:or|and)[\s-]+(?:above|higher|more|over|up|upwards)|at least|at (?:a |the )?minimum)\b", re.IGNORECASE),
    "down": re.compile(r"\b(?:(?:or|and)[\s-]+(?:below|lower|less|fewer|under)|at most|at (?:a |the )?maximum)\b", re.IGNORECASE),
}
#: CC-CEDICT's gloss of the Chinese word for each direction's bound (以上, 以下).
_GLOSS_RE = {
    "up": re.compile(rb"^([^\t\n]+)\t[^\n]*/that (?:level|amount) or (?:higher|more)/", re.MULTILINE),
    "down": re.compile(rb"^([^\t\n]+)\t[^\n]*/that (?:level|amount) or (?:lower|less)/", re.MULTILINE),
}
#: How the bound weighs: as any English word understood (architecture: every one weighs the same).
BOUND_WEIGHT = 1.0


@lru_cache(maxsize=2)
def _glossed(direction: str) -> tuple[str, ...]:
    """The headwords CC-CEDICT glosses with ``direction``'s bound (以上 for "up")."""
    text = load_dictionary().text
    return tuple(dict.fromkeys(m.group(1).decode("utf-8") for m in _GLOSS_RE[direction].finditer(text)))


def bound_words(index: Index, text: str) -> list[WeightedWord]:
    """The bound ``text`` puts on a level or amount, as a search word of the Chinese the
    documents write it with ("county level or above" -> 以上); none when it names no bound."""
    found: list[WeightedWord] = []
    for direction, pattern in _BOUND_RE.items():
        if pattern.search(text) is None:
            continue
        written = tuple(head for head in _glossed(direction) if index.doc_freq(head) > 0)
        if written:
            found.append(WeightedWord(written, "eng", weight=BOUND_WEIGHT, shares=(1.0,) * len(written)))
    return found
