"""Whether an English word read as a unit character names the unit or a thing it also means.

CC-CEDICT glosses 米 "rice; CL:粒; meter (classifier)": a question about "rice" translated 米
asks about rice, not a length in metres. A unit character whose dictionary entry marks its unit
sense "(classifier)" is the unit only for a word of that sense; a word of another of its senses
names the thing. Characters with no sense so marked (斤 "catty") keep every reading."""

from __future__ import annotations

from index.english.cedict_senses import headword_senses
from index.english.glosses import gloss_index
from index.english.lemmas import lemmatize

_MARK = "classifier"


def thing_not_unit(head: str, english: str) -> bool:
    """Whether ``english`` (one word) translated as the unit character ``head`` names a thing
    the character also means ("rice" for 米), not the unit ("metres" for 米)."""
    senses = headword_senses(head)
    marked = [s for s in senses if _MARK in s.words]
    if not marked:
        return False
    word = english.lower()
    forms = {word, lemmatize(word, gloss_index().glossed)}
    if any(forms & set(s.words) for s in marked):
        return False
    return any(forms & set(s.words) for s in senses if s.words and _MARK not in s.words and len(s.words) == 1)
