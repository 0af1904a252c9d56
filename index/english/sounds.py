"""Foreign names matched by how they sound: "Maktoum" is 马克图姆, "Oahu" 欧胡岛, "Highbury" both
海伯利 and 海布里. A transliterated name is no pinyin spelling of the English word (that is
:mod:`index.english.pinyin`), so its consonant skeleton is compared with the pinyin of the corpus
terms that look like transliterations, by a weighted edit distance.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Iterable, Mapping
from itertools import islice, product

from index.english.pinyin import MAX_SPELLINGS

#: Consonant classes for comparing an English spelling with pinyin by sound: letters of one
#: class stand for one another in transliteration (t/d, k/g/c/q, ...).
_CLASSES = {
    **dict.fromkeys("bp", "p"), **dict.fromkeys("td", "t"), **dict.fromkeys("kgcqx", "k"),
    **dict.fromkeys("fvw", "f"), **dict.fromkeys("szj", "s"), **dict.fromkeys("lr", "l"),
    "m": "m", "n": "n", "h": "h", "y": "y",
}
_VOWELS = frozenset("aeiouy")
SOUND_MAX_DISTANCE = 0.2  # weighted edits per English letter, at most, for a sound-alike
RESPELLED_MAX_DISTANCE = 0.1  # weighted edits per pinyin letter between two spellings of a name
SOUND_MIN_LETTERS = 4
SOUND_MIN_FOREIGN = 0.4  # a sound-alike term's characters: this foreign on average, at least
SOUND_SUFFIX_COST = 0.5  # a last character left out of the comparison (欧胡*岛* for "Oahu")
_SOUND_MAX_CHARS = 5


def _skeleton(spelling: str) -> str:
    """The consonant classes of a spelling, runs collapsed ("maktoum" -> "mktm")."""
    out: list[str] = []
    for char in spelling:
        cls = _CLASSES.get(char)
        if cls is None or cls == "y" or (out and out[-1] == cls):
            continue
        out.append(cls)
    return "".join(out)


def _english_sounds(word: str) -> str:
    """An English spelling with letters pinyin does not write apart: "th", "ph", "ck", doubled
    letters, a silent "h" after a consonant or vowel, "x" as "ks", "sh" as pinyin's (written
    "x", as :func:`_pinyin_sounds` writes "sh"); an "r" after a vowel and
    before a consonant or the end, which transliterations leave out (Washburn 瓦士本, Carter
    卡特)."""
    word = word.replace("ph", "f").replace("ck", "k").replace("x", "ks").replace("sh", "x")
    out: list[str] = []
    for n, char in enumerate(word):
        if out and char == out[-1]:
            continue
        if char == "h" and out and out[-1] not in _VOWELS:
            continue  # "th", "dh", "kh", "sh": one sound
        after = word[n + 1 : n + 2]
        if char == "r" and out and out[-1] in _VOWELS and after not in _VOWELS:
            continue
        out.append(char)
    return "".join(out)


def _pinyin_sounds(spelling: str) -> str:
    """A pinyin spelling with its digraphs as one letter ("zh", "ch", "sh", "ng")."""
    return spelling.replace("zh", "j").replace("ch", "q").replace("sh", "x").replace("ng", "n")


def sound_distance(english: str, pinyin: str) -> float:
    """Weighted edits from an English spelling to a pinyin one, per English letter: vowels
    stand for one another and may be added (transliteration puts a vowel after a lone
    consonant: "mak" -> "make"), consonants of one class stand for one another."""
    a, b = english, pinyin
    rows, cols = len(a) + 1, len(b) + 1
    previous = [0.0] * cols
    for j in range(1, cols):
        previous[j] = previous[j - 1] + (0.3 if b[j - 1] in _VOWELS else 1.0)
    for i in range(1, rows):
        current = [previous[0] + (0.5 if a[i - 1] in _VOWELS else 1.0)] + [0.0] * (cols - 1)
        x = a[i - 1]
        for j in range(1, cols):
            y = b[j - 1]
            if x == y:
                swap = 0.0
            elif (x in _VOWELS and y in _VOWELS) or _CLASSES.get(x, x) == _CLASSES.get(y, y):
                swap = 0.3  # a vowel for a vowel, a consonant for one of its class
            else:
                swap = 1.5
            current[j] = min(
                previous[j - 1] + swap,
                previous[j] + (0.5 if x in _VOWELS else 1.0),  # an English letter left out
                current[j - 1] + (0.3 if y in _VOWELS else 1.0),  # a pinyin letter added
            )
        previous = current
    return previous[-1] / max(len(a), 1)


class SoundIndex:
    """Corpus terms that look like transliterated names (2-5 characters, not dictionary words,
    mostly of characters that write foreign names: ``foreign``, 0..1 per character, at least
    ``min_foreign`` on average; 0 for strings known to be names, such as documents' titles),
    by the consonant skeleton of their pinyin: "Maktoum" -> 马克图姆 (mǎ kè tú mǔ), "Oahu" ->
    欧胡岛 (ōu hú, the last character 岛 "island" left out)."""

    def __init__(
        self,
        terms: Iterable[str],
        readings: Mapping[str, frozenset[str]],
        known: Container[str],
        foreign: Mapping[str, float],
        min_foreign: float = SOUND_MIN_FOREIGN,
    ) -> None:
        blocks: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
        for term in terms:
            if not 2 <= len(term) <= _SOUND_MAX_CHARS or term in known:
                continue
            if sum(foreign.get(char, 0.0) for char in term) < min_foreign * len(term):
                continue  # ordinary words (站房, 周半), not a transliterated name
            options = [sorted(readings.get(char, ())) for char in term]
            if not all(options):
                continue
            for spelling in islice(product(*options), MAX_SPELLINGS):
                whole = _pinyin_sounds("".join(spelling))
                blocks[_skeleton(whole)].append((term, whole, False))
                if len(term) >= 3:
                    short = _pinyin_sounds("".join(spelling[:-1]))
                    blocks[_skeleton(short)].append((term, short, True))
        self._blocks = dict(blocks)

    def respelled(self, name: str, readings: Mapping[str, frozenset[str]]) -> dict[str, float]:
        """Corpus terms writing the dictionary name ``name`` with other characters for the same
        sounds: regions transliterate apart (海伯利 and 海布里 "Highbury", 迪拜 and 杜拜
        "Dubai"). A term must have as many characters, share one in the same place and sound
        alike (:func:`sound_distance` of the pinyin within :data:`RESPELLED_MAX_DISTANCE`);
        each comes with how close (1 - distance)."""
        options = [sorted(readings.get(char, ())) for char in name]
        if not 2 <= len(name) <= _SOUND_MAX_CHARS or not all(options):
            return {}
        found: dict[str, float] = {}
        for spelling in islice(product(*options), MAX_SPELLINGS):
            whole = _pinyin_sounds("".join(spelling))
            for term, other, shortened in self._blocks.get(_skeleton(whole), ()):
                if shortened or len(term) != len(name) or term == name:
                    continue
                if not any(a == b for a, b in zip(term, name)):
                    continue  # no character in common: another name that sounds alike
                distance = sound_distance(whole, other)
                if distance <= RESPELLED_MAX_DISTANCE:
                    found[term] = max(found.get(term, 0.0), 1.0 - distance)
        return found

    def terms(self, word: str) -> dict[str, float]:
        """Corpus terms that sound like the English name ``word`` (lower case), each with how
        close (1 - distance, suffix left out counted); {} if none is close enough."""
        if len(word) < SOUND_MIN_LETTERS or not word.isascii() or not word.isalpha():
            return {}
        sounds = _english_sounds(word)
        skeleton = _skeleton(sounds)
        if not skeleton:
            return {}
        found: dict[str, float] = {}
        for term, spelling, shortened in self._blocks.get(skeleton, ()):
            distance = sound_distance(sounds, spelling)
            if shortened:
                distance += SOUND_SUFFIX_COST / len(sounds)
            if distance <= SOUND_MAX_DISTANCE:
                found[term] = max(found.get(term, 0.0), 1.0 - distance)
        return found
