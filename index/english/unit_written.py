"""One-character terms the corpus writes as measure words: not a translation of their other senses.

A one-character headword CC-CEDICT glosses as a unit or classifier besides other senses (元
"currency unit (esp. Chinese yuan)/first/original/era", 台 "station ... classifier for machines", 名
"place (among winners) ... classifier for people", 米 "rice ... meter (classifier)") is, where the
corpus writes it right after a figure nearly everywhere it writes it (860元, 631台, 6名), that unit
there -- news text counts and prices with these characters far more than it uses them alone for
their other senses (the first, an era, rice). Where it is also written otherwise often enough
(元祐三年, a reign's name; 元年), it is left as the dictionary reads it. An English word reaching such a
term through a gloss of another use ("first", "era", "original", "stations") then searches the
passages of every price or count: it is left out of the word's alternatives. The English word a
unit gloss names (its words: "unit", "tael", "rooms"; or the headword's own pinyin, "yuan", "mu")
keeps it, and so does a word that reached it through another word's senses ("money", widened to 元
through "currency"), which no gloss of another use of it names. Which characters are units is read
from the dictionary's glosses and which are written as one from the corpus, not listed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from index.english.cedict import load_dictionary
from index.english.forms import LETTERS_RE, STOP_WORDS
from index.english.lemmas import lemmatize
from index.english.links import Candidate

#: A gloss naming a unit or a classifier use ("currency unit", "tael, unit of weight", "dry
#: measure for grain", "classifier for machines", "meter (classifier)"); not "CL:個" (the
#: headword's own classifier) nor "to measure" (a verb).
_UNIT_GLOSS_RE = re.compile(r"\bclassifier\b|\bunit\b|\bmeasure (?:of|for)\b")
_PINYIN_REF_RE = re.compile(r"\[[^\]]*\]")
#: What a figure ends with in a normalised passage: a digit, a Chinese numeral or a word of
#: approximation after one (3000余元, 十多名) -- the characters of Chinese numbers, a closed class.
FIGURE_ENDS = frozenset("0123456789.%十百千万亿零〇一二三四五六七八九两余多几")
SAMPLED_PASSAGES = 64  # passages read per term (evenly through its postings), once per index
UNIT_SHARE = 0.8  # written right after a figure in more than this share of its occurrences: nearly always
MIN_OCCURRENCES = 3  # fewer occurrences than this say nothing


@dataclass(frozen=True)
class UnitGlosses:
    """A one-character headword's glosses split by use: the lemmas of those naming a unit or a
    classifier, with the headword's readings (元: currency, unit, yuan), and the lemmas of the
    others (元: first, original, era ...)."""

    unit: frozenset[str]
    other: frozenset[str]


@lru_cache(maxsize=4096)
def unit_glosses(head: str) -> UnitGlosses | None:
    """The headword's :class:`UnitGlosses`, or None when it is not one character or no gloss of
    it names a unit or classifier."""
    dictionary = load_dictionary()
    raw = dictionary.glosses.get(head)
    if len(head) != 1 or raw is None:
        return None
    unit: set[str] = set()
    other: set[str] = set()
    for entry in raw.decode("utf-8", errors="replace").split("\n"):
        for gloss in entry[1:].split("/"):
            words = {
                lemmatize(w, dictionary.known)
                for w in LETTERS_RE.findall(_PINYIN_REF_RE.sub(" ", gloss).lower()) if w not in STOP_WORDS
            }
            (unit if _UNIT_GLOSS_RE.search(gloss) else other).update(words)
    if not unit:
        return None
    # (every reading, however short: 亩 "mu", 两 "liang" name the unit in English)
    return UnitGlosses(frozenset(unit | dictionary.readings.get(head, frozenset())), frozenset(other))


class WrittenUnits:
    """Which one-character corpus terms the corpus writes as units (right after a figure),
    read from a sample of each term's passages on first ask and remembered."""

    def __init__(self, postings: Callable[[str], Sequence[int]], text: Callable[[int], str]) -> None:
        self._postings = postings
        self._text = text
        self._known: dict[str, bool] = {}

    def written_as_unit(self, term: str) -> bool:
        """Whether more than :data:`UNIT_SHARE` of the term's occurrences in its sampled
        passages follow a figure (:data:`FIGURE_ENDS`)."""
        found = self._known.get(term)
        if found is None:
            found = self._known[term] = self._unit_share(term) > UNIT_SHARE
        return found

    def _unit_share(self, term: str) -> float:
        rows = self._postings(term)
        if not len(rows):
            return 0.0
        step = max(1, len(rows) // SAMPLED_PASSAGES)
        after = total = 0
        for row in list(rows)[::step][:SAMPLED_PASSAGES]:
            text = self._text(int(row))
            start = text.find(term)
            while start >= 0:
                total += 1
                after += start > 0 and text[start - 1] in FIGURE_ENDS
                start = text.find(term, start + 1)
        return after / total if total >= MIN_OCCURRENCES else 0.0

    def without_units(self, key: tuple[str, ...], pool: list[Candidate]) -> list[Candidate]:
        """``pool`` (the alternatives of the English words ``key``, lemmas) less the one-character
        terms the corpus writes as units that one of ``key`` reaches through a gloss of another
        use (元 "first") and none names as the unit; the pool itself when that would empty it."""
        kept = [
            c for c in pool
            if len(c.term) != 1
            or (glosses := unit_glosses(c.term)) is None
            or not glosses.unit.isdisjoint(key)
            or glosses.other.isdisjoint(key)  # reached through another word's sense ("money": 元)
            or not self.written_as_unit(c.term)
        ]
        return kept if kept else pool
