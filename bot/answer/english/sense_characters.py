"""Whether a clause writes an unsearched English word by the characters of its dictionary senses.

A question's word that no Chinese word was searched for (its translation "?": "timbers",
"racks", "carpenter") is a word none of whose CC-CEDICT translations any document writes as a
term of its own. Chinese often writes such a thing inside a longer word or apart: 杉木大料 writes
木料 "timber" as 木 … 料, 木货架 writes 架 "rack" inside 货架, 木拱桥匠师 writes 木匠 "carpenter" as
木 … 匠. Where the clause that gives a figure writes every character of one of the word's
translations, the word is there, only its English name missed it: it counts as one of the
question's words the clause holds (:func:`~bot.answer.english.clause_held.clause_words`), as an
understood word would. An off-topic question's unsearched words ("password": 密码, "carpet": 地毯,
"router": 路由器) rarely have every character of a sense in the one clause its other words find.

The senses are CC-CEDICT's one-word glosses of common nouns (:func:`index.english.glosses.gloss_index`,
``glossed``: "timber" -> 木料, 材), read once per word. Only words of three letters or more typed
in lower case (a capitalised one is a name: its pinyin, not a gloss, would spell it), and only a
translation whose characters are written in the clause apart from the characters of the
question's other words found there (a clause's 木 counts for "wooden" or "timber", not both) and
from the figure itself (吨 of 312.6万吨 is the unit asked, no word beside it: "how many *tonnes*").
A word the dictionary glosses mostly as a verb ("admit") counts only by a sense of two characters
or more: its one-character senses (进, 认) stand inside words of nearly every clause (进一步) --
on the dev sets, 433.6万名党员在……进一步增强 "vouched" for "new Party members ... admit" so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from bot.answer.english.basics import NOT_SEARCHED, SEPARATOR
from bot.answer.model import Translation
from index.english.glosses import gloss_index
from index.english.lemmas import lemmatize

#: A sense of more characters than this is a description ("通关密语" for "password" is one; a
#: longer one says what the thing is in words, which a clause writes by chance).
MAX_SENSE_CHARACTERS = 3


@lru_cache(maxsize=4096)
def word_senses(word: str) -> tuple[str, ...]:
    """The CC-CEDICT headwords glossing the English ``word`` (or its base form) by one word, of
    at most :data:`MAX_SENSE_CHARACTERS` characters -- of two or more for a verb (:func:`verb_like`):
    a verb's one-character senses (进 "to admit", 认) stand in nearly every clause, inside other
    words (进一步)."""
    glossed = gloss_index().glossed
    lower = word.lower()
    heads = (*glossed.get(lower, ()), *glossed.get(lemmatize(lower, glossed), ()))
    shortest = 2 if verb_like(lower) else 1
    return tuple(dict.fromkeys(
        head for head in heads if shortest <= len(head) <= MAX_SENSE_CHARACTERS and not reduplicated(head)
    ))


def reduplicated(head: str) -> bool:
    """Whether ``head`` is one character doubled (年年 "every year", 人人 "everyone"): Chinese
    reduplication distributes its character over every instance -- a clause writing 年 once (2024年)
    writes no "every year", and a sense read by its characters would find one there."""
    return len(head) == 2 and head[0] == head[1]


def verb_like(word: str) -> bool:
    """Whether CC-CEDICT glosses the English ``word`` more often as a verb ("to admit") than
    otherwise -- by the form as written where the dictionary glosses that form ("fishing": a
    noun, though "to fish" outnumbers "fish"), else by its base form."""
    index = gloss_index()
    glossed_so = index.verb_uses.get(word, 0) or index.other_uses.get(word, 0)
    return index.verb_share(word if glossed_so else lemmatize(word, index.glossed)) > 0.5


def unsearched_words(question: str, english: Iterable[str]) -> list[str]:
    """The lower-case words of three letters or more of the unsearched units ``english`` that
    ``question`` types in lower case (not a name's)."""
    found: list[str] = []
    for unit in english:
        for word in unit.split():
            if len(word) >= 3 and word.isalpha() and re.search(rf"(?<![A-Za-z]){re.escape(word.lower())}(?![A-Za-z])", question):
                found.append(word.lower())
    return list(dict.fromkeys(found))


def missed_words(translations: Iterable[Translation], clause: str) -> list[str]:
    """The English of the searched ``translations`` (:class:`~bot.answer.model.Translation`) none
    of whose Chinese words ``clause`` writes: "investment", searched as 投资, where the clause writes
    累计投入足球场建设资金 -- the sense written apart, as 投入 … 资金, which no search reaches (jieba
    keeps each character inside a word of its own); :func:`senses_written` reads it there."""
    return [
        t.english for t in translations
        if t.term != NOT_SEARCHED and not any(w in clause for w in t.term.split(SEPARATOR) if w)
    ]


def unit_heads(english: Iterable[str]) -> frozenset[str]:
    """The last words of the unsearched units ``english``, lower-cased: each the head of its English
    phrase ("new *party*", "south *gate*"), naming the thing, where the words before it describe it."""
    return frozenset(unit.split()[-1].lower() for unit in english if unit.split())


def senses_written(
    words: Sequence[str], clause: str, taken: str = "", heads: frozenset[str] = frozenset(), shortest: int = 1
) -> int:
    """How many of ``words`` (:func:`unsearched_words`) ``clause`` writes by every character of one
    of their senses (:func:`word_senses`), or, for a word of ``heads`` (:func:`unit_heads`) no more
    a verb than otherwise, by the head of a sense (:func:`sense_head`) -- no character counted
    twice nor one of ``taken`` (the characters of the question's other words the clause holds), and
    no sense shorter than ``shortest``.
    (A describing word's senses name no kind: "new" -> 新生, whose 生 stands in 产生.)"""
    used = set(taken)
    held = 0
    for word in words:
        senses = tuple(sense for sense in word_senses(word) if len(sense) >= shortest)
        found = next((sense for sense in senses if all(ch in clause and ch not in used for ch in sense)), None)
        if found is None and word in heads and not verb_like(word):
            found = next((head for sense in senses if (head := sense_head(sense)) and head in clause and head not in used), None)
        if found is not None:
            used.update(found)
            held += 1
    return held


#: The characters that end a Chinese noun as a suffix, naming no kind of thing (桌子, 鸟儿, 木头, 工人,
#: 作者, 专家, 演员, 选手, 教师, 战士, 绿化, 弹性, 我们; 样式, 类型, 温度, 比率, 产品, 动物): a closed
#: grammatical class of productive suffixes, every one standing in clauses of every kind.
NOUN_SUFFIXES = frozenset("子儿头人者家员手师士化性们式型度率品物")


def sense_head(sense: str) -> str:
    """The head of a compound sense of two characters or more: its last character, which names the
    kind of thing the compound is (零售商 "retailer" is a 商, 女生 "schoolgirl" a 生, 矮树 "bush" a
    树) -- a clause writing 商家 or 学生 writes that kind -- or "" where the sense is one character or
    ends in a suffix (:data:`NOUN_SUFFIXES`: 炉子 "oven" is no kind of 子)."""
    return sense[-1] if len(sense) >= 2 and sense[-1] not in NOUN_SUFFIXES else ""
