"""Words written with a character of the same sound: the commonest slip in typed Chinese (滿州 for
滿洲, 部份 for 部分). A question word the corpus lacks is looked for as the corpus terms that differ
from it in one character read alike (CC-CEDICT's readings, without tones) -- only terms the
corpus has, so the language's many homophones do not get in."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache

from index.english.cedict import load_dictionary

#: At most this many terms are returned (the first found, in character order) ...
MAX_TERMS = 2
#: ... from at most this many terms looked up (a syllable like "yi" has ~200 characters).
MAX_LOOKUPS = 800


@lru_cache(maxsize=1)
def _by_sound() -> dict[str, tuple[str, ...]]:
    """Each toneless syllable's characters."""
    chars: dict[str, list[str]] = defaultdict(list)
    for char, syllables in load_dictionary().readings.items():
        if len(char) == 1:
            for syllable in syllables:
                chars[syllable].append(char)
    return {syllable: tuple(found) for syllable, found in chars.items()}


def homophone_terms(word: str, known: Callable[[str], bool]) -> tuple[str, ...]:
    """The terms ``known`` accepts that differ from ``word`` (2-4 Chinese characters) in one
    character only, one read as the character it replaces."""
    if not 2 <= len(word) <= 4:
        return ()
    readings = load_dictionary().readings
    by_sound = _by_sound()
    found: list[str] = []
    lookups = 0
    for i, char in enumerate(word):
        for syllable in sorted(readings.get(char, ())):
            for other in by_sound.get(syllable, ()):
                if other == char:
                    continue
                term = word[:i] + other + word[i + 1 :]
                lookups += 1
                if lookups > MAX_LOOKUPS:
                    return tuple(found)
                if term not in found and known(term):
                    found.append(term)
                    if len(found) >= MAX_TERMS:
                        return tuple(found)
    return tuple(found)


def cut_homophone(word: str, texts: Callable[[str], list[str]], keep: Callable[[str], bool]) -> str | None:
    """``word`` (2-4 Chinese characters) as some text writes it with one character replaced by one
    read alike that ``keep`` accepts -- looked for in ``texts(character)``, the texts holding one of
    the word's other characters, rather than by trying every character of the sound."""
    if not 2 <= len(word) <= 4:
        return None
    readings = load_dictionary().readings
    for i, char in enumerate(word):
        sounds = readings.get(char)
        if not sounds:
            continue
        pattern = re.compile(re.escape(word[:i]) + "(.)" + re.escape(word[i + 1 :]))
        anchor = word[i + 1] if i + 1 < len(word) else word[i - 1]
        for text in texts(anchor):
            for found in pattern.finditer(text):
                other = found.group(1)
                if other != char and not sounds.isdisjoint(readings.get(other, ())) and keep(other):
                    return found.group()
    return None
