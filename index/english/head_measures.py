"""Whether a counted noun is a person, read from the dictionary's measure words of its head.

A Chinese compound noun ends in its head (学生, 研究生, 留学生: kinds of 生; 党员, 会员: kinds of
员), and the words sharing a head are counted alike. CC-CEDICT notes the measure words ("CL:")
of only some of them: 学生 has none, but 小学生 takes 名, 留学生 位, 医生 位 and 名. So a counted
noun of which neither the dictionary nor the corpus gives a measure word of its own is read as a
person when most of the dictionary's words ending in its last character that have measure words
are counted with those of persons (名, 位): a count of things (84座) then counts something else.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from index.english.cedict import load_dictionary, specific_classifiers
from index.english.glosses import gloss_index
from index.english.lemmas import lemmatize
from index.figures.units import unit_dimension
from index.question_words import PERSON_MEASURES, PERSON_ONLY_MEASURES

#: Measure words of persons (not of visits, 人次): what a count of persons is written in.
PERSONS = PERSON_MEASURES
#: ... and of households and firms, which people of a trade are counted in (藥商達218家: merchants).
HOUSEHOLDS = "家"
#: The dictionary's measure words that say a word names a person.
_PERSON_CLASSIFIERS = PERSON_ONLY_MEASURES
#: The share of a head's words with measure words that must be counted as persons (more than):
#: 家 (专家 位, but 国家 个) names things as well; 生 (学生 ... but 花生 粒) four in five.
PERSON_SHARE = 0.75
#: The words with measure words a head must end (one alone says too little: 系统 of 总统).
HEAD_WORDS = 2


@lru_cache(maxsize=1)
def _heads() -> tuple[dict[str, int], dict[str, int]]:
    """For each last character of a dictionary word of two characters or more with measure words
    of its own: how many such words end in it, and how many of those are counted as persons."""
    words: Counter[str] = Counter()
    persons: Counter[str] = Counter()
    for head, raw in load_dictionary().glosses.items():
        if len(head) < 2 or b"CL:" not in raw:
            continue
        own = specific_classifiers(head)
        if not own:
            continue
        words[head[-1]] += 1
        if _PERSON_CLASSIFIERS & set(own):
            persons[head[-1]] += 1
    return dict(words), dict(persons)


def person_by_head(term: str) -> bool:
    """Whether ``term`` (a corpus term of two characters or more: 学生, 志愿者) names a person by
    its head: the dictionary's words ending in its last character that have measure words of
    their own are mostly counted with those of persons (小学生 名, 留学生 位)."""
    if len(term) < 2:
        return False
    words, persons = _heads()
    found = words.get(term[-1], 0)
    return found >= HEAD_WORDS and persons.get(term[-1], 0) > PERSON_SHARE * found


def _measured_person(head: str) -> bool:
    """Whether a dictionary headword is counted as a person: by its own measure words (医生 位,
    名) or by its head's (:func:`person_by_head`)."""
    return bool(_PERSON_CLASSIFIERS & set(specific_classifiers(head))) or person_by_head(head)


def _glossed_person(head: str) -> bool:
    """Whether a dictionary headword names a person: by measure words (:func:`_measured_person`)
    or by what its head character means (:func:`person_by_gloss`)."""
    return _measured_person(head) or person_by_gloss(head)


@lru_cache(maxsize=1)
def _character_glosses() -> dict[str, tuple[str, ...]]:
    """The one-word glosses of each single-character headword (客: customer, guest, visitor)."""
    found: dict[str, list[str]] = {}
    for word, heads in gloss_index().glossed.items():
        for head in heads:
            if len(head) == 1:
                found.setdefault(head, []).append(word)
    return {head: tuple(words) for head, words in found.items()}


def _measured_noun(lemma: str) -> bool:
    """Whether at least :data:`ENGLISH_PERSON_SHARE` of the words glossed by the English noun
    ``lemma`` alone are counted as persons (:func:`_measured_person`)."""
    heads = [head for head in gloss_index().glossed.get(lemma, ()) if len(head) >= 2]
    return bool(heads) and sum(_measured_person(head) for head in heads) >= ENGLISH_PERSON_SHARE * len(heads)


@lru_cache(maxsize=4096)
def person_by_gloss(term: str) -> bool:
    """Whether ``term`` (two characters or more: 乘客, 旅客) names a person by what its last
    character means: a compound ends in its head (乘客 is a kind of 客), and more than
    :data:`PERSON_SHARE` of the head's one-word glosses are English nouns of persons by the
    dictionary's measure words (客: customer, guest, visitor -- 客人 位, 来访者 ...; not 运: use,
    move, luck ...). For the many persons' words that have no measure word of their own, nor a
    head enough of whose words have one (乘客, 旅客, 游客: 客 ends one word noted with one)."""
    if len(term) < 2:
        return False
    glosses = _character_glosses().get(term[-1], ())
    return bool(glosses) and sum(_measured_noun(word) for word in glosses) > PERSON_SHARE * len(glosses)


#: The share of an English noun's dictionary words that must be counted as persons ("stand":
#: 代表 of 26 -- a verb's senses; "soldier": 军人 of 10).
ENGLISH_PERSON_SHARE = 0.1


@lru_cache(maxsize=4096)
def english_person(word: str) -> bool:
    """Whether the English plural noun ``word`` ("soldiers") names persons: at least a tenth of
    the dictionary's words glossed by it alone are counted as persons (军人 of 士兵, 军人, 战士 ...
    for "soldier") -- whichever of them the question was translated to. Not a word that is no
    plural ("new": 新人): what "how many" counts is."""
    return _plural_of_persons(word, _measured_person, ENGLISH_PERSON_SHARE)


#: The share of an English noun's dictionary words that must name persons by measure words or by
#: their head character's glosses (:func:`english_person_glossed`): most of them ("passenger":
#: 乘客 of 乘客, 座儿) -- the glosses read more words as persons than measure words do.
GLOSSED_PERSON_SHARE = 0.5


@lru_cache(maxsize=4096)
def english_person_glossed(word: str) -> bool:
    """Whether the English plural noun ``word`` ("passengers") names persons: at least half of
    the dictionary's words glossed by it alone name persons (:func:`_glossed_person`: 乘客, a
    kind of 客) -- a stricter share than :func:`english_person`'s, as the head character's
    glosses make more words persons ("meters": 表 ... of 计 -- no)."""
    return _plural_of_persons(word, _glossed_person, GLOSSED_PERSON_SHARE)


def _plural_of_persons(word: str, person: Callable[[str], bool], share: float) -> bool:
    """Whether ``word`` is an English plural and at least ``share`` of the dictionary's words of
    two characters or more glossed by its singular alone are persons by ``person``."""
    lemma = lemmatize(word.lower(), load_dictionary().known)
    heads = [head for head in gloss_index().glossed.get(lemma, ()) if len(head) >= 2]
    if lemma == word.lower() or not heads:
        return False
    return sum(person(head) for head in heads) >= share * len(heads)


def head_persons(counted: str | None, units: frozenset[str]) -> frozenset[str]:
    """The measure words of persons for a counted term the dictionary and the corpus give no
    specific measure word of its own (``units`` holds only itself and 个) and whose head names a
    person (:func:`person_by_head`), with 家 (people of a trade are counted as firms:
    藥商達218家); nothing otherwise."""
    if counted is None or not unmeasured(counted, units):
        return frozenset()
    return PERSONS | {HOUSEHOLDS} if person_by_head(counted) else frozenset()


def unmeasured(counted: str, units: frozenset[str]) -> bool:
    """Whether neither the dictionary nor the corpus gives ``counted`` a specific measure word of
    its own (``units`` holds only itself and 个) and it is no measure word itself (户 for
    "households": 3.42万户)."""
    return all(u in (counted, "个") for u in units) and unit_dimension(counted) is None
