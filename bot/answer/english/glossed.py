"""Latin names the documents gloss: 碧海蓝天（Aqua Marine）, 台北101（英语：Taipei 101）.

Encyclopedia articles give a foreign or English name once, in brackets after the Chinese name
they then use throughout. An English question names the thing in Latin letters ("When was Aqua
Marine completed?"), which the dictionary may not know; the documents' own gloss says which
Chinese name it is, so the question searches that name -- every passage about the thing, not
only the one writing the Latin.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from index.english.cedict import load_dictionary
from index.english.cedict_senses import headword_senses
from index.english.lemmas import lemmatize
from index.fields import HEADING
from index.search import Index

#: Passages holding the Latin words read for a gloss (the first ones).
GLOSS_SAMPLE = 20
GLOSSED_SURE = 0.9  # a name the documents gloss: this surely the thing the question names
_NAME_CHARS = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff·・]"
_MAX_NAME = 8  # characters of the Chinese name, at most
#: A name's characters before where and how it is called (not 在: "X在英国称之 ...").
_NAME_BEFORE = r"[\u3400-\u4dbf\u4e00-\u5727\u5729-\u9fff\uf900-\ufaff·・]"
#: Verbs saying what a thing is called: 称之, 称为, 又称, 叫做, 名为 (simplified: the text normalised).
_CALLED = r"(?:又|也|亦|俗|通)?(?:称之为|称之|称为|称作|叫做|名为)"
_BEFORE_LATIN = 12  # characters in the brackets before the Latin name ("英语：", "法语:")


def glossed_name(index: Index, words: Sequence[str]) -> str | None:
    """The Chinese name the documents gloss with the Latin ``words`` (lower case, in order),
    written just before them in brackets ("碧海蓝天(aqua marine)" -> 碧海蓝天), or None.

    Of the Chinese characters before the brackets, the longest ending that some other passage
    writes too is the name (not "位于九龙的碧海蓝天"); a name written nowhere else adds nothing.
    """
    if not words or any(not word.isascii() or not word.isalpha() for word in words):
        return None
    rows = passages_with_all(index, words)
    latin = r"\W+".join(re.escape(word) for word in words)
    pattern = re.compile(
        rf"({_NAME_CHARS}{{2,{2 * _MAX_NAME}}})\s*\([^()]{{0,{_BEFORE_LATIN}}}?\b{latin}\b((?:[ -]+[a-z]+)*)"
    )
    # "欧洲越橘在英国称之bilberry、blueberry": a name said to be called the Latin words, maybe
    # where (在英国) and among others (a list of Latin names)
    called = re.compile(
        rf"({_NAME_BEFORE}{{2,{2 * _MAX_NAME}}})(?:在{_NAME_CHARS}{{1,6}}?)?{_CALLED}\s*"
        rf"(?:[a-z][a-z -]*[、,]\s*)*(?<![a-z]){latin}(?![a-z])()"
    )
    for row in rows[:GLOSS_SAMPLE].tolist():
        text = index.normalized_text(int(row))
        found = pattern.search(text) or called.search(text)
        if found is None:
            continue
        name = _name_ending(index, found.group(1), int(row))
        rest = found.group(2).replace("-", " ").split()
        if name is not None and rest and _glosses(name, rest[-1]):
            # the words asked are the start of the glossed name ("Gisborne" of "Gisborne
            # Region"), whose last word the name's ending translates (区 "region"): what stands
            # before that ending names it (吉斯伯恩 of 吉斯伯恩大区), not the ending (大区)
            run = found.group(1)
            return _name_ending(index, run[: len(run) - len(name)], int(row))
        if name is not None:
            return name
    return None


def _name_ending(index: Index, run: str, row: int) -> str | None:
    """The longest ending of ``run`` (up to :data:`_MAX_NAME` characters, at least two) that a
    passage other than ``row`` writes too, else that heads another passage, or None."""
    for size in range(min(_MAX_NAME, len(run)), 1, -1):
        if _written_elsewhere(index, run[-size:], row):
            return run[-size:]
    # a name no other passage writes, but the one the document is titled with
    for size in range(min(_MAX_NAME, len(run)), 1, -1):
        if _heads_others(index, run[-size:], row):
            return run[-size:]
    return None


def _glosses(name: str, word: str) -> bool:
    """Whether an ending of ``name`` is a dictionary headword one of whose senses is ``word``
    (区 "region"; a word's base form)."""
    lemma = lemmatize(word, load_dictionary().known)
    return any(
        sense.words == (lemma,) for size in range(1, len(name) + 1) for sense in headword_senses(name[-size:])
    )


def _written_elsewhere(index: Index, name: str, row: int) -> bool:
    """Whether a passage other than ``row`` writes ``name``."""
    pieces = [
        piece for word in index.tokenizer.query_words(name)
        for piece in (word.variants[1:] if word.pos == "phrase" else word.variants[:1])
    ]
    return any(
        other != row and name in index.normalized_text(other)
        for other in passages_with_all(index, pieces)[: GLOSS_SAMPLE + 1].tolist()
    )


def _heads_others(index: Index, name: str, row: int) -> bool:
    """Whether ``name``'s words are in the heading of a passage other than ``row``: a document
    titled with the name (欧洲越橘) is about it throughout, though its text may not repeat it."""
    pieces = [
        HEADING + piece for word in index.tokenizer.query_words(name)
        for piece in (word.variants[1:] if word.pos == "phrase" else word.variants[:1])
    ]
    return any(other != row for other in passages_with_all(index, pieces)[:2].tolist())


def passages_with_all(index: Index, terms: Sequence[str]) -> np.ndarray:
    """The passages holding every one of ``terms`` (none for no terms)."""
    rows: np.ndarray | None = None
    for term in terms:
        held = index.postings(term)
        rows = held if rows is None else np.intersect1d(rows, held, assume_unique=True)
        if not len(rows):
            break
    return rows if rows is not None else np.zeros(0, dtype=np.int64)


#: How many passages holding both words are read for one written right before the other.
WRITTEN_BEFORE_SAMPLE = 20


def written_before(index: Index, first: str, second: str) -> bool:
    """Whether a passage writes ``first`` right before ``second`` (前 before 总理)."""
    rows = passages_with_all(index, [first, second])
    return any(first + second in index.normalized_text(int(row)) for row in rows[:WRITTEN_BEFORE_SAMPLE].tolist())
