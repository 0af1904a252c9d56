"""A Chinese measure word an English question writes in pinyin ("how many *shi* of rice", "in
*wen*"): the unit the answer is given in, written in the text as its character (600石, 300文).

The mapping is CC-CEDICT's, not a list: a one-character headword's entry read with its pinyin
(toneless) -- and the older reading it notes ("ancient pr. [shi2]" of 石 dan4) -- whose senses
name a measure ("dry measure for grain", "measure of length", "unit of area", "(old) classifier
for coins", "weight equal to ..."). A word is read so only when it is lower case (a name is
capitalised), one syllable, and the translator found nothing surely for it (no English word).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache

from index.english import EnglishUnit
from index.english.cedict import data_bytes, load_dictionary
from index.search import Index

#: How surely a romanised measure word is its character.
ROMANISED_SURE = 0.9
#: A sense naming a unit of measure (CC-CEDICT's own wording of its measure entries).
_MEASURE_SENSE_RE = re.compile(
    r"^(?:\(old\) )?(?:(?:dry |ancient |old )?measure (?:for|of)\b|unit of (?:length|area|weight|volume|capacity)\b|"
    r"classifier for coins\b|(?:\([A-Za-z, ]+\) )?weight equal to\b)|^[a-z]+, ancient measure\b|^dry measure\b"
)
_OLD_READING_RE = re.compile(r"ancient pr\. \[([a-z]+)[1-5]\]")
_TONE_RE = re.compile(r"[1-5]$")
#: A CC-CEDICT line of a one-character common headword (one syllable in lower case): the
#: characters' entries alone, read in a fifth of the time of every line (0.17 s).
_ONE_CHARACTER_RE = re.compile(rb"^[^#\s]\S* ([^\x00-\x7f]{3}) \[([a-z]+[1-5])\] /(.*)/\r?$", re.MULTILINE)


@lru_cache(maxsize=1)
def measure_characters() -> dict[str, tuple[str, ...]]:
    """Each toneless pinyin syllable and the one-character headwords (Simplified) read so whose
    entry of that reading names a unit of measure: "dan" -> 石, 担; "shi" -> 石 (its old reading)."""
    found: dict[str, dict[str, None]] = {}
    for simp, pinyin, glosses in _ONE_CHARACTER_RE.findall(data_bytes()):
        text = glosses.decode("utf-8", errors="replace")
        if not any(_MEASURE_SENSE_RE.search(sense) for sense in text.split("/")):
            continue
        char = simp.decode("utf-8")
        syllables = {_TONE_RE.sub("", pinyin.decode("ascii", errors="replace").lower())}
        syllables |= set(_OLD_READING_RE.findall(text))
        for syllable in syllables:
            found.setdefault(syllable, {})[char] = None
    return {syllable: tuple(chars) for syllable, chars in found.items()}


_LATIN_WORD_RE = re.compile(r"^[a-z]+$")


def _read_as_pinyin(word: str, unit: EnglishUnit) -> bool:
    """Whether the translator read ``word`` as no English word: nothing, or only characters that
    CC-CEDICT reads as the syllable itself ("wen" -> 文, 闻: a name's syllable)."""
    readings = load_dictionary().readings
    return all(len(term) == 1 and word in readings.get(term, ()) for term, _ in unit.terms)


def measure_asked(unit: EnglishUnit) -> bool:
    """Whether ``unit`` was read as a measure word written in pinyin (:func:`romanised_measures`)."""
    chars = measure_characters().get(unit.english, ()) if _LATIN_WORD_RE.match(unit.english) else ()
    return bool(chars and unit.terms) and all(term in chars for term, _ in unit.terms)


def romanised_measures(index: Index, text: str, units: Sequence[EnglishUnit]) -> tuple[EnglishUnit, ...]:
    """``units`` with a lower-case one-word unit no English word translates surely (it is written
    lower case in ``text``) read as the measure characters of its pinyin that the documents write."""
    out = list(units)
    for n, unit in enumerate(units):
        word = unit.english
        if not _LATIN_WORD_RE.match(word) or not _read_as_pinyin(word, unit):
            continue
        if re.search(rf"\b{word}\b", text) is None:  # as typed: lower case, no name ("Shi" may be one)
            continue
        chars = [c for c in measure_characters().get(word, ()) if index.doc_freq(c) > 0]
        if chars:
            out[n] = dataclasses.replace(
                unit, terms=tuple((c, ROMANISED_SURE) for c in chars), name=False, written=(),
                confidence=max(unit.confidence, ROMANISED_SURE), understood=max(unit.understood, ROMANISED_SURE),
            )
    return tuple(out)
