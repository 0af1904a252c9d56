"""A kind of the thing a count asks, named otherwise (83所中小學 for 幾所學校): CC-CEDICT glosses the
named noun as the asked one's gloss with a modifier before it (中小学 "middle and elementary
school", 学校 "school") -- the count counts the asked things, though no character says so."""

from __future__ import annotations

import re
from functools import lru_cache

from index.english.cedict import COMMON, load_dictionary
from index.english.cedict_senses import headword_senses

#: The longest headword tried at the start of what a count names (中小学巡演: 中小学).
_LONGEST = 4
_WORD_RE = re.compile(r"[a-z]+")


@lru_cache(maxsize=4096)
def _word(head: str) -> str | None:
    """The one English word of a headword's first common gloss (学校 "school"), else None."""
    senses = _senses(head)
    if not senses:
        return None
    first = senses[0].split(";")[0].strip()
    return first if _WORD_RE.fullmatch(first) else None


@lru_cache(maxsize=4096)
def _senses(head: str) -> tuple[str, ...]:
    raw = load_dictionary().glosses.get(head)
    if raw is None:
        return ()
    lines = [line[1:] for line in raw.split(b"\n") if line[:1] == COMMON]
    return tuple(line.decode("utf-8", errors="replace").lower().split("/", 1)[0] for line in lines)


def kind_of(named: str, asked: str) -> bool:
    """Whether the normalised text ``named`` after a count begins with a noun that CC-CEDICT glosses
    as a kind of ``asked`` (its one-word gloss, with words before it: 中小学 "middle and elementary
    school" of 学校 "school"; not 学生 "student")."""
    word = _word(asked)
    if word is None:
        return False
    return any(_glossed_kind(named[:length], word) for length in range(min(_LONGEST, len(named)), 1, -1))


def word_kind_of(head: str, asked: str) -> bool:
    """Whether CC-CEDICT glosses the word ``head`` as a kind of ``asked`` (个案 "individual case" of
    案件 "case")."""
    word = _word(asked)
    return word is not None and _glossed_kind(head, word)


def head_glossed_as(char: str, asked: str) -> bool:
    """Whether CC-CEDICT glosses the character ``char``, the head of a noun (曲 of 单曲), by the
    one-word gloss of ``asked`` among its senses (曲 "tune; song", 歌 "song"): the noun names a
    kind of the asked thing, as head-final compounds do."""
    word = _word(asked)
    if word is None:
        return False
    forms = {word, word.removesuffix("s")}  # (the senses' words are base forms: "vegetables")
    return any(len(sense.words) == 1 and sense.words[0] in forms for sense in headword_senses(char))


def _glossed_kind(head: str, word: str) -> bool:
    for sense in _senses(head):
        for gloss in sense.split(";"):
            words = gloss.split()
            if len(words) >= 2 and words[-1] in (word, word + "s"):
                return True
    return False
