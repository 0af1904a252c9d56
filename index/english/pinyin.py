"""Names written in pinyin: "Xinmin campus", "Sunwen West Road", "Fengling".

English text about China spells most places and people in pinyin, without tones, and
CC-CEDICT knows only the famous ones. A word that no gloss explains is matched against the
corpus's own terms spelled in pinyin (each character's readings from CC-CEDICT): "sunwen" is
孙文, "fengling" 凤岭 -- only terms of the corpus, so the many homophones of the language do not
get in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import islice, product

from index.figures.units import unit_dimension
from index.runs import HAN_ONLY_RE, STOP_WORDS

#: Function words of one character the index does not hold (:data:`index.runs.STOP_WORDS`).
NAME_STOP_CHARACTERS = frozenset(w for w in STOP_WORDS if len(w) == 1 and HAN_ONLY_RE.fullmatch(w))
MIN_SYLLABLES = 2  # one syllable ("li", "he") is too often an English word or a fragment
MAX_SPELLINGS = 8  # readings tried per term (characters with several readings multiply them)
_MAX_CHARS = 4
MAX_SPLIT_SPELLINGS = 32  # strings of one-character terms tried for a name the segmenter cuts up
MAX_TOGETHER_STEPS = 4096  # prefixes looked at for the strings a passage holds together
#: What units of measure English writes in pinyin measure: amounts, not counts (个, 次)
_MEASURED = frozenset({"length", "area", "volume", "mass", "money"})
GENERAL_MEASURES = frozenset("个個")  # the measure word of anything: no kind of thing named


class PinyinIndex:
    """The corpus terms of 2-4 characters by their toneless pinyin spellings ("sunwen" -> 孙文),
    and its one-character terms by their syllables, for the names the segmenter cuts into
    characters (凤岭 as 凤 + 岭: :meth:`split_terms`). With ``terms`` a mapping of each term to
    its passage count, commoner characters are tried first; with ``rows`` (a term's passages as a
    bit set), the strings whose characters a passage holds together come before all others."""

    def __init__(
        self, terms: Iterable[str], readings: Mapping[str, frozenset[str]], rows: Callable[[str], int] | None = None
    ) -> None:
        by_spelling: dict[str, list[str]] = defaultdict(list)
        singles: dict[str, list[str]] = defaultdict(list)
        counts = terms if isinstance(terms, Mapping) else {}
        for term in terms:
            if len(term) == 1:
                for syllable in readings.get(term, ()):
                    singles[syllable].append(term)
                continue
            if not 2 <= len(term) <= _MAX_CHARS:
                continue
            options = [sorted(readings.get(char, ())) for char in term]
            if not all(options):
                continue
            for spelling in islice(product(*options), MAX_SPELLINGS):
                by_spelling["".join(spelling)].append(term)
        self._terms = {key: tuple(found) for key, found in by_spelling.items()}
        # the characters the index leaves out as function words (之, 于, 和) stand in names too
        # (英斂之, 張之洞), cut out of them by the segmenter: the commonest of all characters
        common = max(counts.values(), default=0) + 1
        for char in NAME_STOP_CHARACTERS:
            for syllable in readings.get(char, ()):
                singles[syllable].append(char)
        self._syllables = frozenset(s for found in readings.values() for s in found)
        #: the passages holding a one-character term, as a bit set (set by the translator, which
        #: has the postings): a name's characters a passage writes together are tried first
        self.rows = rows
        self._singles = {
            syllable: tuple(sorted(
                set(chars), key=lambda c: (-(common if c in NAME_STOP_CHARACTERS else counts.get(c, 0)), c)
            ))
            for syllable, chars in singles.items()
        }

    def terms(self, word: str) -> tuple[str, ...]:
        """The corpus terms spelled ``word`` (lower case, no tones), if it has 2+ syllables."""
        found = self._terms.get(word, ())
        return found if syllables(word, self._syllables) >= MIN_SYLLABLES else ()

    def spells(self, word: str) -> bool:
        """Whether ``word`` (lower case) is spelled in pinyin syllables, whatever the corpus."""
        return syllables(word, self._syllables) > 0

    def units(self, word: str) -> tuple[str, ...]:
        """The one-character corpus terms read ``word`` that are units of measure ("mu": 亩,
        "jin": 斤): English news writes them in pinyin, CC-CEDICT glosses them otherwise ("unit
        of area equal to one fifteenth of a hectare", "catty"); and measure words of things
        ("juan": 卷 "volume" -- "how many *juan* did the library hold"), which texts write after
        the figure as they do a unit -- not the general one, 个, which names no kind of thing ("ge")."""
        return tuple(
            c for c in self._singles.get(word, ())
            if unit_dimension(c) in _MEASURED or unit_dimension(c) == "things" and c not in GENERAL_MEASURES
        )

    def split_terms(self, word: str) -> tuple[str, ...]:
        """Strings of 2-4 one-character corpus terms whose readings spell ``word`` ("fengling":
        凤岭 when the corpus has 凤 and 岭 as terms), at most :data:`MAX_SPLIT_SPELLINGS` --
        what a name may be in documents whose segmenter cut it into characters. Whether a
        document writes one of them whole is for the caller to see."""
        if not word.isascii() or not word.isalpha() or len(word) > 24:
            return ()
        if self.rows is not None:  # the strings whose characters some passage holds together, first
            together = [
                string for parts in _spellings(word, self._singles, _MAX_CHARS) if len(parts) >= MIN_SYLLABLES
                for string in _held_together([self._singles[part] for part in parts], self.rows)
            ]
            if together:
                return tuple(dict.fromkeys(together))[:MAX_SPLIT_SPELLINGS]
            # ... or a two-character term among them that a passage holds with the others (邵阿根,
            # cut 邵 + 阿根: no string of one-character terms a passage holds spells "shaoagen")
            cut = self._cut_in_words(word, self.rows)
            if cut:
                return tuple(dict.fromkeys(cut))
        found: list[str] = []
        for parts in _spellings(word, self._singles, _MAX_CHARS):
            if len(parts) < MIN_SYLLABLES:
                continue
            options = [self._singles[part] for part in parts]
            for chars in islice(product(*options), MAX_SPLIT_SPELLINGS - len(found)):
                found.append("".join(chars))
            if len(found) >= MAX_SPLIT_SPELLINGS:
                break
        if not found:
            found = self._cut_in_words(word)
        return tuple(dict.fromkeys(found))

    def _cut_in_words(self, word: str, rows: Callable[[str], int] | None = None) -> list[str]:
        """Strings of 3-4 characters spelling ``word`` from corpus terms of which one has two
        characters and the others one ("wangzihan": 王子 + 涵 -- the segmenter reads a name's
        surname and first given character as a word, 王子 "prince", and leaves the last alone).
        Tried only when no string of one-character terms spells it (with ``rows``, as
        :func:`_held_together`: only the strings whose terms some passage holds together, tried
        when no string of one-character terms is held together)."""
        found: list[str] = []
        for parts in _spellings(word, self._singles.keys() | self._syllables, _MAX_CHARS):
            if len(parts) < MIN_SYLLABLES + 1:
                continue
            for at in range(len(parts) - 1):
                options = [
                    self._pair(parts[k], parts[k + 1]) if k == at else self._singles.get(parts[k], ())
                    for k in range(len(parts)) if k != at + 1
                ]
                for pieces in islice(product(*options), MAX_SPLIT_SPELLINGS - len(found)):
                    if rows is None or _together(pieces, rows):
                        found.append("".join(pieces))
                if len(found) >= MAX_SPLIT_SPELLINGS:
                    return found
        return found

    def glued(self, word: str, kind: str, kind_readings: Iterable[str]) -> tuple[str, ...]:
        """Strings of 3-5 characters spelling ``word`` and then ending in the character ``kind``
        (read ``kind_readings``), where the name's last character and ``kind`` make a corpus term
        of two characters and the others are one-character corpus terms, some passage holding
        them all, at most :data:`MAX_SPLIT_SPELLINGS`: the segmenter joins a name's last character
        to the word for what it is when the two make a word of its dictionary ("Qiongsha county":
        邛沙县, cut 邛 + 沙县, 沙县 being another county; "Hexi district": 鹤西区, cut 鹤 + 西区).
        Only with the passages of each term (``rows``); whether a passage writes the string whole
        is for the caller to see."""
        if self.rows is None or not word.isascii() or not word.isalpha() or len(word) > 24:
            return ()
        found: list[str] = []
        for parts in _spellings(word, self._singles.keys() | self._syllables, _MAX_CHARS - 1):
            if len(parts) < MIN_SYLLABLES or any(part not in self._singles for part in parts[:-1]):
                continue
            tails = [
                term for reading in kind_readings for term in self._terms.get(parts[-1] + reading, ())
                if len(term) == 2 and term[1] == kind
            ]
            if not tails:
                continue
            options = [[c for c in self._singles[part] if c not in NAME_STOP_CHARACTERS] for part in parts[:-1]]
            prefixes = _held_prefixes(options, self.rows)
            for tail in tails:
                held = self.rows(tail)
                found.extend(prefix + tail for prefix, mask in prefixes if mask & held)
            if len(found) >= MAX_SPLIT_SPELLINGS:
                break
        return tuple(dict.fromkeys(found))[:MAX_SPLIT_SPELLINGS]

    def _pair(self, first: str, second: str) -> tuple[str, ...]:
        """The two-character corpus terms read ``first`` + ``second``."""
        return tuple(term for term in self._terms.get(first + second, ()) if len(term) == 2)


def _spellings(word: str, table: Mapping[str, object], most: int) -> list[tuple[str, ...]]:
    """Every way of spelling ``word`` with at most ``most`` syllables of ``table``, fewest
    syllables first (longer syllables first among equals: "xian" before "xi" + "an")."""
    found: list[tuple[str, ...]] = []

    def walk(rest: str, parts: tuple[str, ...]) -> None:
        if not rest:
            found.append(parts)
            return
        if len(parts) == most:
            return
        for size in range(min(6, len(rest)), 0, -1):
            if rest[:size] in table:
                walk(rest[size:], (*parts, rest[:size]))

    walk(word, ())
    return sorted(found, key=len)


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


def _together(pieces: Sequence[str], rows: Callable[[str], int]) -> bool:
    """Whether some passage holds every one of ``pieces`` (a function-word character holds any)."""
    held = -1
    for piece in pieces:
        if piece not in NAME_STOP_CHARACTERS:
            held &= rows(piece)
    return held != 0


def _held_prefixes(options: Sequence[Sequence[str]], rows: Callable[[str], int]) -> list[tuple[str, int]]:
    """The strings of :func:`_held_together`, each with the passages holding all its characters."""
    found: list[tuple[str, int]] = []
    steps = 0
    stack: list[tuple[str, int]] = [("", -1)]
    while stack and len(found) < MAX_SPLIT_SPELLINGS and steps < MAX_TOGETHER_STEPS:
        prefix, held = stack.pop()
        steps += 1
        if len(prefix) == len(options):
            found.append((prefix, held))
            continue
        for char in reversed(options[len(prefix)]):
            more = held if char in NAME_STOP_CHARACTERS else held & rows(char)
            if more:
                stack.append((prefix + char, more))
    return found


def _held_together(options: Sequence[Sequence[str]], rows: Callable[[str], int]) -> list[str]:
    """The strings of one character of each of ``options`` (in order) whose characters some
    passage holds all of (``rows``: a term's passages as a bit set; a function-word character,
    which the index leaves out, holds any), at most :data:`MAX_SPLIT_SPELLINGS`, looking at
    :data:`MAX_TOGETHER_STEPS` prefixes at most: "xiaowenyuan" is 萧文远 where a passage writes
    萧, 文 and 远, not the first 32 strings of the commonest characters (小文元 ...)."""
    return [prefix for prefix, _held in _held_prefixes(options, rows)]
