"""Whether an English word read as a unit character names the unit or a thing it also means.

CC-CEDICT glosses 米 "rice; CL:粒; meter (classifier)": a question about "rice" translated 米
asks about rice, not a length in metres. A unit character whose dictionary entry marks its unit
sense "(classifier)" is the unit only for a word of that sense; a word of another of its senses
names the thing. Characters with no sense so marked (斤 "catty") keep every reading, and so do
measure words counting things (对, 块: "pairs", "pieces" are counted either way)."""

from __future__ import annotations

from index.english.cedict_senses import headword_senses
from index.figures.units import unit_dimension
from index.english.glosses import gloss_index
from index.english.lemmas import lemmatize

_MARK = "classifier"
#: What a unit of measure measures (an amount, not things counted: 对 "pair" and 块 "piece"
#: are counted things either way).
_AMOUNTS = frozenset({"length", "area", "volume", "mass"})


def thing_not_unit(head: str, english: str) -> bool:
    """Whether ``english`` (one word) translated as the unit character ``head`` names a thing
    the character also means ("rice" for 米), not the unit ("metres" for 米)."""
    if unit_dimension(head) not in _AMOUNTS:
        return False
    senses = headword_senses(head)
    marked = [s for s in senses if _MARK in s.words]
    if not marked:
        return False
    word = english.lower()
    forms = {word, lemmatize(word, gloss_index().glossed)}
    if any(forms & set(s.words) for s in marked):
        return False
    return any(forms & set(s.words) for s in senses if s.words and _MARK not in s.words and len(s.words) == 1)
