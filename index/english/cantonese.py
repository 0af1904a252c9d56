"""Names in Hong Kong's spelling: Chinese names written in the Hong Kong Government Cantonese
Romanisation, as Hong Kong people's names are in English ("Wong Wah-kei" for 黃華麒, "Leung
Chung-tai"), which neither CC-CEDICT nor pinyin spells.

:func:`name_runs` finds such a name in an English question -- two or three words, the first
written with a capital away from where the sentence starts, the others capitalised or joined to it
by a hyphen, each a syllable of the romanisation (where a sentence starts too: the
syllables, capitals and hyphens are evidence enough) -- and :func:`syllable_characters` gives the
characters each syllable may stand for (normalised as the index writes them); which string of
them is the name is for the documents to say (``bot.answer.english``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from index.normalize import normalize

_DATA = "hk_romanisation.tsv"
_WORD_RE = re.compile(r"[A-Za-z]+")
MAX_NAME_WORDS = 3  # a surname and a given name of one or two syllables


@lru_cache(maxsize=1)
def syllable_characters() -> dict[str, frozenset[str]]:
    """Each romanised syllable ("wong") -> the characters it spells, as the index normalises them
    (黄, 王, 汪 ...). Read once per process from ``data/hk_romanisation.tsv``."""
    text = resources.files("index.english").joinpath("data", _DATA).read_text(encoding="utf-8")
    table: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        syllable, _, characters = line.partition("\t")
        table[syllable] = frozenset(normalize(char) for char in characters)
    return table


def name_runs(text: str) -> list[tuple[str, ...]]:
    """The Hong Kong-spelled names ``text`` may write, each as its lower-case syllables: runs of
    two or three words, the first capitalised, each next one capitalised
    or joined by a hyphen ("Wong Wah-kei" -> ("wong", "wah", "kei")), every word a syllable.
    The longest run at each start; runs do not overlap."""
    table = syllable_characters()
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
        while len(run) >= 2 and not all(syllable in table for syllable in run):
            run = run[:-1]
        if len(run) >= 2:
            found.append(run)
            n += len(run)
        else:
            n += 1
    return found
