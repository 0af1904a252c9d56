"""Chinese dynasties and states named in English by their one-character name.

A history text writes a dynasty by its one character, mostly joined to the next word (辽朝,
东辽, 金兵, 定国号辽), and English writes it by that character's name: "the Liao", "the Jin
Eastern Capital", "Later Liao". CC-CEDICT glosses the character so ("辽: Liao or Khitan dynasty
(916-1125)", "金: Jurchen Jin dynasty (1115-1234)", "清: Qing (Wade-Giles: Ch'ing) dynasty of
imperial China"), but a one-character headword is otherwise reached only through a close gloss
(:data:`~index.english.links.SINGLE_CHAR_MIN_SPECIFICITY`), which a name inside a longer gloss
never is. :func:`dynasty_characters` reads those glosses once; :func:`dynasty_qualifiers` the
words that set one dynasty of a name apart ("Eastern Liao" 东辽, "Later Liao" 后辽).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterator, Mapping, Sequence
from functools import lru_cache

from index.english.cedict import PROPER, load_dictionary

DYNASTY_SPECIFICITY = 0.9  # a capitalised word that is a dynasty's name: that dynasty's character

#: A proper noun's sense that is a dynasty named by one word, perhaps after a qualifier and with
#: another name or dates: "the Song dynasty", "Jurchen Jin dynasty (1115-1234)", "Yuan or Mongol
#: dynasty", "Qing (Wade-Giles: Ch'ing) dynasty of imperial China" -- not a thing of a dynasty
#: ("Zhou Dynasty vassal state", "Han dynasty county").
_DYNASTY_SENSE_RE = re.compile(
    r"^(?:the\s+)?(?:[A-Z][a-z]+\s+)?([A-Z][a-z]+)(?:\s+or\s+[A-Z][a-z]+)?(?:\s*\([^()]*\))?"
    r"\s+[Dd]ynast(?:y|ies)(?:\s*\(.*\))?(?:\s+of\s.*)?$"
)


@lru_cache(maxsize=1)
def dynasty_characters() -> Mapping[str, tuple[str, ...]]:
    """A dynasty's name, lower-cased, to the one-character headwords CC-CEDICT glosses as that
    dynasty ("liao": 辽; "jin": 金, 晋)."""
    found: dict[str, list[str]] = {}
    for head, sense in _proper_senses(1):
        match = _DYNASTY_SENSE_RE.match(sense)
        if match and head not in found.setdefault(match.group(1).lower(), []):
            found[match.group(1).lower()].append(head)
    return {name: tuple(heads) for name, heads in found.items()}


def _proper_senses(size: int) -> Iterator[tuple[str, str]]:
    """(headword, sense) of every proper noun's sense of a headword of ``size`` characters."""
    for head, chunk in load_dictionary().glosses.items():
        if len(head) == size:
            for entry in chunk.split(b"\n"):
                if entry.startswith(PROPER):
                    for sense in entry[1:].decode("utf-8", errors="replace").split("/"):
                        yield head, sense.strip()


#: A dynasty named with a qualifier: "Eastern Han" (东汉), "Later Tang (923-937)" (后唐).
_QUALIFIED_SENSE_RE = re.compile(r"^(?:the\s+)?([A-Z][a-z]+)\s+([A-Z][a-z]+)\b")
MIN_QUALIFIED = 2  # dynasties the dictionary names with a qualifier for it to be one ("Later": 8)


@lru_cache(maxsize=1)
def dynasty_qualifiers() -> Mapping[str, str]:
    """A word that sets one dynasty of a name apart, lower-cased, to the character written
    before the dynasty's ("eastern": 东, "later": 后, "former": 前), as CC-CEDICT's two-character
    names of dynasties show it for :data:`MIN_QUALIFIED` of them at least (东汉 "Eastern Han",
    东晋 "Eastern Jin"); a person's name ("Yao Ming", 姚明) is written so only once."""
    dynasties = dynasty_characters()
    seen: Counter[tuple[str, str]] = Counter()
    for head, sense in _proper_senses(2):
        match = _QUALIFIED_SENSE_RE.match(sense)
        if match and head[1] in dynasties.get(match.group(2).lower(), ()):
            seen[match.group(1).lower(), head[0]] += 1
    return {word: character for (word, character), count in seen.items() if count >= MIN_QUALIFIED}


def qualified_dynasty(
    surfaces: Sequence[str], lemmas: Sequence[str], start: int, capitalised: Container[str]
) -> dict[str, float]:
    """The names a qualified dynasty written from ``start`` in two capitalised words has
    ("Eastern Liao": 东辽, which the documents may write though no dictionary has it), or {}."""
    if start + 1 >= len(surfaces) or not all(surfaces[k] in capitalised for k in (start, start + 1)):
        return {}
    qualifier = dynasty_qualifiers().get(lemmas[start])
    if qualifier is None:
        return {}
    return {qualifier + head: DYNASTY_SPECIFICITY for head in dynasty_characters().get(lemmas[start + 1], ())}


def named_dynasty(lemmas: Sequence[str], start: int, held: Container[str]) -> dict[str, float]:
    """The characters of the dynasty named from ``start`` as "<name> dynasty" ("Song-dynasty
    editions": 宋, written 宋刻本) that the corpus holds, or {}: the dictionary's longer names of
    it (宋朝, 宋代) are asked first, as any phrase is; a text that writes none of them writes the
    dynasty by its character, joined to the next word."""
    if start + 1 >= len(lemmas) or lemmas[start + 1] != "dynasty":
        return {}
    return {head: DYNASTY_SPECIFICITY for head in dynasty_characters().get(lemmas[start], ()) if head in held}
