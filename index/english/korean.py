"""Korean names in the Revised Romanization of Korean, as English writes the names of Korean
history ("Gaero" for 蓋鹵, "Gungnae" for 國內, "Yeon Gaesomun" for 淵蓋蘇文), which Chinese texts
write in the characters they were written in (Hanja). Neither CC-CEDICT nor pinyin spells them.

:func:`spellings` gives how Revised Romanization may write a character in a name: the sounds of
its Sino-Korean reading (``data/hanja_readings.txt``: 개 for 蓋), with the changes the spelling
follows at the joins of syllables (국 + 내 is written gung-nae, 영 + 류 yeong-nyu, 신 + 라
sil-la) and at the start of a word (류 is written yu). :func:`first_characters` and
:func:`spelled_from` find where a text writes a name so; which passages to read is for the
caller (``bot.answer.english.korean``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from index.normalize import normalize

_DATA = "hanja_readings.txt"
_FIRST_SYLLABLE = 0xAC00  # 가, the first of the precomposed Hangul syllables
_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_MEDIALS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
    "yu", "eu", "ui", "i",
)
#: The 27 final consonants (and none), as a syllable's end is written.
_FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t",
)
#: A final written otherwise before the next syllable (before a nasal: 국내 gungnae, 백마
#: baengma, 입문 immun; before r: 신라 silla, 독립 dongnip).
_FINAL_JOINED = {"k": ("ng", "g"), "p": ("m", "b"), "t": ("n", "d"), "n": ("l",), "l": ("r",)}
#: An initial written otherwise after the syllable before it (영류 yeongnyu, 신라 silla); at a
#: word's start see :func:`spellings`.
_INITIAL_JOINED = {"r": ("n", "l"), "n": ("l",)}
#: Shortest name looked for, in characters: one character is too often a word of its own.
MIN_CHARACTERS = 2
MAX_CHARACTERS = 5
MIN_LETTERS = 4
_LONGEST_SYLLABLE = 7  # letters of the longest spelling of a syllable ("kkwaeng")


def _romanised(syllable: str) -> tuple[str, str, str]:
    """The initial, vowel and final of a Hangul syllable in Revised Romanization (국: g, u, k)."""
    code = ord(syllable) - _FIRST_SYLLABLE
    return _INITIALS[code // 588], _MEDIALS[code % 588 // 28], _FINALS[code % 28]


@lru_cache(maxsize=1)
def _readings() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Each character, as the index normalises it -> its readings' (initial, vowel, final).
    Read once per process (about 21,000 characters)."""
    table: dict[str, set[tuple[str, str, str]]] = {}
    text = resources.files("index.english").joinpath("data", _DATA).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        hangul, characters = line.split("\t")
        reading = _romanised(hangul)
        for char in characters:
            for form in dict.fromkeys((char, normalize(char))):
                if len(form) == 1:
                    table.setdefault(form, set()).add(reading)
    return {char: tuple(sorted(readings)) for char, readings in table.items()}


@lru_cache(maxsize=None)
def spellings(char: str, first: bool) -> tuple[str, ...]:
    """How Revised Romanization may write ``char`` in a name: its readings as written alone, at
    the join with the syllable before (an r read n or l: 영류 yeongnyu, 신라 silla; at a word's
    start when ``first``, an r or n before i or y not at all, another r as n: 류 yu, 녀 yeo, 라
    na) or after (a final k read ng or g: 국내 gungnae); () for a character with no Korean
    reading."""
    found: dict[str, None] = {}
    for initial, vowel, final in _readings().get(char, ()):
        if not first:
            starts = (initial, *_INITIAL_JOINED.get(initial, ()))
        elif initial in ("r", "n"):
            starts = ("n", "") if vowel.startswith(("i", "y")) else ("n",)
        else:
            starts = (initial,)
        for start in starts:
            for end in (final, *_FINAL_JOINED.get(final, ())):
                found[start + vowel + end] = None
    return tuple(found)


@lru_cache(maxsize=1)
def _first_characters() -> dict[str, frozenset[str]]:
    """A spelling a name may start with -> the characters written so there."""
    table: dict[str, set[str]] = {}
    for char in _readings():
        for spelled in spellings(char, True):
            table.setdefault(spelled, set()).add(char)
    return {spelled: frozenset(chars) for spelled, chars in table.items()}


def romanisable(word: str) -> bool:
    """Whether ``word`` (lower case) may be a Korean name in Revised Romanization: letters only,
    two syllables' worth at least."""
    return word.isascii() and word.isalpha() and len(word) >= MIN_LETTERS


def first_characters(word: str) -> frozenset[str]:
    """The characters a name spelled ``word`` may start with (盖 for "gaero")."""
    table = _first_characters()
    found: set[str] = set()
    for end in range(1, min(len(word), _LONGEST_SYLLABLE) + 1):
        found.update(table.get(word[:end], ()))
    return frozenset(found)


def spelled_from(text: str, start: int, word: str) -> Iterator[str]:
    """The runs of characters of ``text`` (normalised) from ``start`` that Revised Romanization
    writes as ``word`` (lower case, letters only): "gaero" at 盖卤王认为 is 盖卤. Runs of
    :data:`MIN_CHARACTERS` to :data:`MAX_CHARACTERS` characters."""
    stack = [(start, 0)]  # depth-first: (next character, letters matched)
    while stack:
        at, matched = stack.pop()
        if matched == len(word):
            if at - start >= MIN_CHARACTERS:
                yield text[start:at]
            continue
        if at >= len(text) or at - start >= MAX_CHARACTERS:
            continue
        for spelled in spellings(text[at], at == start):
            if spelled and word.startswith(spelled, matched):
                stack.append((at + 1, matched + len(spelled)))
