"""Whether the figure given for "how deep", "how wide", "how tall" ... measures what is asked.

Those adjectives all ask a length (:data:`~index.english.kinds.MEASURED_DIMENSIONS`), so any
figure in metres or kilometres fits them; but a text says which length it gives by the noun
written right before the figure (岸線總長2.3公里: the length; 水深16米: the depth). A figure written
right after the noun of another length than the one asked (CC-CEDICT's translations of "length",
"width", "height" ... -- 总长, 宽度, 高度 -- not of "depth", for "how deep") says nothing of it.
"""

from __future__ import annotations

from functools import lru_cache

from bot.answer.english.doubt import HOW_ADJECTIVE_RE
from index.english.glosses import gloss_index
from index.english.kinds import DIMENSION_NOUNS, how_dimension
from index.figures import Figure
from index.normalize import normalize

#: "how long" asks a length or a time (how_dimension says nothing), but its noun names a length.
_LENGTH = "length"


#: Lengths no "how <adjective>" of :data:`~index.english.kinds.DIMENSION_NOUNS` asks but a text
#: names before the figure (直径32米, 半径, 周长, 厚度): each says which length it gives, and it is
#: no height, depth or distance -- except a round thing's width, which is its diameter.
_UNASKED_LENGTHS: dict[str, frozenset[str]] = {
    "diameter": frozenset({"wide"}), "radius": frozenset(), "circumference": frozenset(), "thickness": frozenset(),
}


def _dimension(adjective: str) -> str | None:
    return _LENGTH if DIMENSION_NOUNS.get(adjective) == _LENGTH else how_dimension(adjective)


@lru_cache(maxsize=64)
def _nouns(noun: str) -> frozenset[str]:
    """The headwords CC-CEDICT glosses with the one word ``noun`` ("depth": 水深, 深度 ...)."""
    return frozenset(gloss_index().glossed.get(noun, ()))


def measured_otherwise(question: str, text: str, figure: Figure) -> bool:
    """Whether ``figure``, as ``text`` writes it, measures another length than the one an
    English "how <adjective>" ``question`` asks: written right after a translation of another
    such adjective's noun, or of a length no such adjective asks (:data:`_UNASKED_LENGTHS`), and
    of none of the asked one's ("how *deep*": 總長2.3公里; "how *tall*": 直径32米)."""
    asked = {m.group(1).lower() for m in HOW_ADJECTIVE_RE.finditer(question)} & DIMENSION_NOUNS.keys()
    if len(asked) != 1:
        return False
    adjective = asked.pop()
    dimension = _dimension(adjective)
    if dimension is None:
        return False
    own = _nouns(DIMENSION_NOUNS[adjective])
    unasked = (
        [noun for noun, asking in _UNASKED_LENGTHS.items() if adjective not in asking] if dimension == _LENGTH else []
    )
    own |= frozenset(head for noun, asking in _UNASKED_LENGTHS.items() if adjective in asking for head in _nouns(noun))
    others = frozenset(
        head
        for other, noun in DIMENSION_NOUNS.items()
        if noun != DIMENSION_NOUNS[adjective] and _dimension(other) == dimension
        for head in _nouns(noun)
    ) | frozenset(head for noun in unasked for head in _nouns(noun))
    others -= own
    norm = normalize(text)
    at = norm.find(normalize(figure.text))
    if at <= 0:
        return False
    before = norm[:at]
    return any(before.endswith(head) for head in others) and not any(before.endswith(head) for head in own)
