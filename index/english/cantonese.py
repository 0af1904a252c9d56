"""Names in Hong Kong's and Taiwan's spellings: Chinese names written in the Hong Kong Government
Cantonese Romanisation, as Hong Kong people's names are in English ("Wong Wah-kei" for 黃華麒,
"Leung Chung-tai"), or in Wade-Giles, as many Taiwanese names are ("Ming Hsieh" for 謝明, "Chiang
Ching-kuo"), neither of which CC-CEDICT or pinyin spells.

:func:`name_runs` finds such a name in an English question -- two or three words, the first
written with a capital away from where the sentence starts, the others capitalised or joined to it
by a hyphen, each a syllable of one romanisation (where a sentence starts too: the
syllables, capitals and hyphens are evidence enough) -- and :func:`syllable_characters` and
:func:`wade_giles_characters` give the characters each syllable may stand for (normalised as the
index writes them); which string of them is the name is for the documents to say
(``bot.answer.english``).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from index.english.cedict import load_dictionary
from index.normalize import normalize

#: The cantonese-romanisation package's table: each syllable -> the characters read so.
_PACKAGE, _DATA = "cantoroman", "romanToChar.json"
_WORD_RE = re.compile(r"[A-Za-z]+")
MAX_NAME_WORDS = 3  # a surname and a given name of one or two syllables
#: The government's spelling writes an unaspirated initial as k, t, p (九 Kau, 大 Tai), and so
#: the rounded gw as kw (廣 Kwong, 關 Kwan, 瓜 Kwa); the package's table gives the g and k
#: spellings of most characters, but many gw ones (瓜) only as gw.
_UNASPIRATED_GW, _WRITTEN_GW = "gw", "kw"


@lru_cache(maxsize=1)
def syllable_characters() -> dict[str, frozenset[str]]:
    """Each romanised syllable ("wong") -> the characters it spells, as the index normalises them
    (黄, 王, 汪 ...). Read once per process from the ``cantonese-romanisation`` package's data."""
    raw = json.loads(resources.files(_PACKAGE).joinpath("data", _DATA).read_text(encoding="utf-8"))
    table: dict[str, set[str]] = {}
    for syllable, characters in raw.items():
        if syllable.isascii() and syllable.isalpha() and characters:
            syllable = syllable.lower()
            table.setdefault(syllable, set()).update(normalize(char) for char in characters)
            if syllable.startswith(_UNASPIRATED_GW):  # 瓜 "gwa" is Kwa in To Kwa Wan (土瓜灣)
                table.setdefault(_WRITTEN_GW + syllable[2:], set()).update(normalize(c) for c in characters)
    return {syllable: frozenset(characters) for syllable, characters in table.items()}


#: Pinyin initials as Wade-Giles writes them, without the apostrophes of aspiration (which English
#: texts drop: Chiang, not Ch'iang), longest first.
_WG_INITIALS = (
    ("zh", "ch"), ("ch", "ch"), ("sh", "sh"), ("b", "p"), ("p", "p"), ("d", "t"), ("t", "t"),
    ("g", "k"), ("k", "k"), ("j", "ch"), ("q", "ch"), ("x", "hs"), ("z", "ts"), ("c", "ts"),
    ("r", "j"), ("s", "s"), ("h", "h"), ("m", "m"), ("f", "f"), ("n", "n"), ("l", "l"),
    ("y", "y"), ("w", "w"),
)
#: Pinyin finals whose Wade-Giles spelling differs (after an initial); the rest are alike.
_WG_FINALS = {
    "ong": "ung", "iong": "iung", "ie": "ieh", "ian": "ien", "ue": "ueh", "uo": "o", "e": "o", "er": "erh",
}


def wade_giles(syllable: str) -> str:
    """A toneless pinyin syllable as toneless Wade-Giles ("xie" -> "hsieh", "jiang" -> "chiang",
    "guo" -> "kuo", "zhi" -> "chih", "si" -> "ssu", "rong" -> "jung")."""
    special = {"zhi": "chih", "chi": "chih", "shi": "shih", "ri": "jih", "zi": "tzu", "ci": "tzu",
               "si": "ssu", "you": "yu", "yan": "yen", "ye": "yeh", "yong": "yung", "e": "o",
               "er": "erh", "guo": "kuo", "kuo": "kuo", "huo": "huo", "shuo": "shuo", "gui": "kuei",
               "kui": "kuei", "he": "ho", "ge": "ko", "ke": "ko"}
    if syllable in special:
        return special[syllable]
    for initial, written in _WG_INITIALS:
        if syllable.startswith(initial) and len(syllable) > len(initial):
            final = syllable[len(initial):]
            if initial in ("d", "t", "n", "l", "z", "c", "s", "zh", "ch", "sh", "r") and final == "e":
                return written + "e"  # de -> te, zhe -> che, le -> le
            return written + _WG_FINALS.get(final, final)
    return syllable


@lru_cache(maxsize=1)
def wade_giles_characters() -> dict[str, frozenset[str]]:
    """Each Wade-Giles syllable, toneless and without apostrophes ("hsieh") -> the characters
    CC-CEDICT reads so (谢, 泄 ...): every character's pinyin readings respelled."""
    table: dict[str, set[str]] = {}
    for char, readings in load_dictionary().readings.items():
        for reading in readings:
            table.setdefault(wade_giles(reading), set()).add(normalize(char))
    return {syllable: frozenset(chars) for syllable, chars in table.items()}


def name_runs(text: str) -> list[tuple[str, ...]]:
    """The names ``text`` may write in Hong Kong's or Taiwan's spelling, each as its lower-case
    syllables: runs of two or three words, the first capitalised, each next one capitalised or
    joined by a hyphen ("Wong Wah-kei" -> ("wong", "wah", "kei")), every word a syllable of one
    romanisation.
    The longest run at each start; runs do not overlap."""
    tables = (syllable_characters(), wade_giles_characters())
    words = list(_WORD_RE.finditer(text))
    found: list[tuple[str, ...]] = []
    n = 0
    while n < len(words):
        first = words[n].group()
        if not first[0].isupper():
            n += 1
            continue
        end = n + 1
        while end < len(words) and end - n < MAX_NAME_WORDS:
            gap = text[words[end - 1].end() : words[end].start()]
            word = words[end].group()
            if not (gap == "-" or (gap == " " and word[0].isupper())):
                break
            end += 1
        run = tuple(w.group().lower() for w in words[n:end])
        while len(run) >= 2 and not any(all(syllable in table for syllable in run) for table in tables):
            run = run[:-1]
        if len(run) >= 2:
            found.append(run)
            n += len(run)
        else:
            n += 1
    return found
