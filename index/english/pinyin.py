"""Names written in pinyin: "Xinmin campus", "Sunwen West Road", "Fengling".

English text about China spells most places and people in pinyin, without tones, and
CC-CEDICT knows only the famous ones. A word that no gloss explains is matched against the
corpus's own terms spelled in pinyin (each character's readings from CC-CEDICT): "sunwen" is
孙文, "fengling" 凤岭 -- only terms of the corpus, so the many homophones of the language do not
get in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache
from itertools import islice, product

MIN_SYLLABLES = 2  # one syllable ("li", "he") is too often an English word or a fragment
MAX_SPELLINGS = 8  # readings tried per term (characters with several readings multiply them)
_MAX_CHARS = 4


class PinyinIndex:
    """The corpus terms of 2-4 characters by their toneless pinyin spellings ("sunwen" -> 孙文)."""

    def __init__(self, terms: Iterable[str], readings: Mapping[str, frozenset[str]]) -> None:
        by_spelling: dict[str, list[str]] = defaultdict(list)
        for term in terms:
            if not 2 <= len(term) <= _MAX_CHARS:
                continue
            options = [sorted(readings.get(char, ())) for char in term]
            if not all(options):
                continue
            for spelling in islice(product(*options), MAX_SPELLINGS):
                by_spelling["".join(spelling)].append(term)
        self._terms = {key: tuple(found) for key, found in by_spelling.items()}
        self._syllables = frozenset(s for found in readings.values() for s in found)

    def terms(self, word: str) -> tuple[str, ...]:
        """The corpus terms spelled ``word`` (lower case, no tones), if it has 2+ syllables."""
        found = self._terms.get(word, ())
        return found if syllables(word, self._syllables) >= MIN_SYLLABLES else ()


@lru_cache(maxsize=4096)
def _split(word: str, table: frozenset[str]) -> int:
    """Fewest syllables of ``table`` that spell ``word`` exactly (0 if none do)."""
    best = 0
    for size in range(min(6, len(word)), 0, -1):
        if word[:size] not in table:
            continue
        rest = word[size:]
        count = 1 if not rest else _split(rest, table) + 1 if _split(rest, table) else 0
        if count and (not best or count < best):
            best = count
    return best


def syllables(word: str, table: frozenset[str]) -> int:
    """How many pinyin syllables spell ``word`` (0 if it is not pinyin)."""
    if not word.isascii() or not word.isalpha() or len(word) > 30:
        return 0
    return _split(word, table)
