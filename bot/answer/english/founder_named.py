"""Who made a thing, asked in English ("Who founded the pawnshop?", "Who set up the foundry?"),
answered from a history: the founding's paragraph names the founder as the subject of a dated
sentence, after a word for who he was (嘉慶九年（1804年），本縣*商人閔載厚*集資白銀約6800兩，購得…,
乾隆四十一年（1776年），徽州府*匠人邵啟泰*攜徒弟5人來到檀口鎮) -- often with no verb the
question's translates ("founded": 创办, where the text writes 開設, 建坊, 開爐).

Translated words find every paragraph of the history alike, and the lead, which names the thing
and its founding but no person (謙濟當，位於…), ranks first; the founding's paragraph may rank
far below it. A history tells its deeds in order of time, and the making comes before every later
one (:mod:`bot.answer.english.founded`): the later paragraphs name later people the same way
(其子荀允和擴建, 知縣蔡廷玉主持修復). :func:`founder_first` puts first, among the candidates of the
best's document, the one with the earliest sentence that opens with a date (a year, no range: a
life span 1794年—1861年 dates no deed) and names a person after a noun -- when the best names no
one so and asks no role ("who was the founder": :mod:`bot.answer.english.role_named`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.first.close import moved_first
from bot.answer.english.basics import wholly_english
from bot.answer.english.founded import dates_a_founding, founding_asked, year_of
from bot.answer.english.rates import candidate_text
from bot.answer.english.role_named import asked_role, surname_characters
from bot.answer.reading import Reading
from index.figures import passage_figures
from index.normalize import normalize
from index.tokenizer import Tokenizer

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: How many candidates are read for the founding's paragraph, and the share of the best's rank
#: score it must reach: a history's paragraphs hold the thing's name alike, and the lead and the
#: museum's paragraphs hold more of the question's other words (measured over every English dev set).
FOUNDER_REACH = 10
FOUNDER_SHARE = 0.4
#: A date fronted at the head of its sentence: nothing but a mark of the sentence's end (or the
#: passage's start) before it, an era name's single character (清, 明) allowed; a comma after it.
_SENTENCE_HEAD_RE = re.compile(r"(?:^|[。！？；!?;])\s*[\u4e00-\u9fff]?$")
_FRONTED_RE = re.compile(r"^\s*[，,]")
_SENTENCE_END_RE = re.compile(r"[。！？；!?;]")
#: The part of speech jieba gives a common noun (商人, 匠人, 茶商; 人 of 汭陂鎮人): the word
#: before a name that says who the person was. Not 其子 (a pronoun's phrase) nor 坊主 (cut 坊/主).
_NOUN_TAG = "n"
#: Tags (closed classes) a surname character takes where it is no name -- a verb or a word of
#: grammar (前 of 由前店: a locative; 坊 of 料器坊: a bound noun morpheme) -- and those the character after it takes where it is no
#: given name (和 of 庫樓和後宅: a conjunction; 口 of 檀口: a measure word; a particle, a
#: preposition, a numeral).
_NO_SURNAME_TAGS = ("v", "d", "c", "p", "u", "f", "ng")
#: The tag jieba gives a person's name (nr, nrt, nrfg).
_NAME_TAG = "nr"
_NOT_GIVEN_TAGS = ("c", "u", "p", "f", "q", "m")
_HAN_RE = re.compile(r"^[\u4e00-\u9fff]$")


def names_after_noun(words: list[str], tokenizer: Tokenizer, family: frozenset[str]) -> bool:
    """Whether ``words`` name a person right after a common noun (jieba's ``n``: 商人, 匠人)."""
    return any(
        tokenizer.tag(words[k - 1]) == _NOUN_TAG and person_at(words, k, tokenizer, family) for k in range(1, len(words))
    )


def person_at(words: list[str], k: int, tokenizer: Tokenizer, family: frozenset[str]) -> bool:
    """Whether ``words[k]`` begins a person's name: a surname character standing alone, then a
    given name -- one character (褚 秉 謙), or a two-character word jieba tags as a name (宓 崇禮:
    nrt). (Not a longer word a surname opens, though jieba tag it a name: 陳列館 and 鐘樓 are
    tagged nr.)"""
    word = words[k]
    if len(word) != 1 or word not in family:
        return False
    if k + 1 >= len(words) or tokenizer.tag(word).startswith(_NO_SURNAME_TAGS):
        return False
    after = words[k + 1]
    tag = tokenizer.tag(after)
    if len(after) == 1:
        return _HAN_RE.match(after) is not None and not tag.startswith(_NOT_GIVEN_TAGS)
    return len(after) == 2 and tag.startswith(_NAME_TAG)


def founded_by_year(text: str, tokenizer: Tokenizer, family: frozenset[str]) -> float | None:
    """The earliest year of ``text``'s sentences that open with a date (one year, no range) and
    name a person after a noun in what follows it; None when none does."""
    years: list[float] = []
    for figure in passage_figures(text):
        if figure.kind != "date" or figure.split or "y" not in figure.parts:
            continue
        if _SENTENCE_HEAD_RE.search(text[: figure.start]) is None or _FRONTED_RE.match(text[figure.end :]) is None:
            continue
        rest = text[figure.end :]
        end = _SENTENCE_END_RE.search(rest)
        sentence = normalize(rest[: end.start() if end else len(rest)])
        if names_after_noun(tokenizer.words(sentence), tokenizer, family):
            years.append(figure.value)
    return min(years) if years else None


def _earliest_named(reading: Reading, candidates: tuple[Candidate, ...]) -> tuple[int, float]:
    """Which of ``candidates`` after the best, of the best's document and within
    :data:`FOUNDER_REACH` and :data:`FOUNDER_SHARE`, names a person at the earliest fronted date,
    and that year; (0, inf) when none does."""
    tokenizer = reading.index.tokenizer
    family = surname_characters()
    document = reading.place(candidates[0].evidence.id)[0]
    floor = FOUNDER_SHARE * candidates[0].score
    chosen, earliest = 0, float("inf")
    for n, candidate in enumerate(candidates[1:FOUNDER_REACH], 1):
        if candidate.score < floor:
            break
        if reading.place(candidate.evidence.id)[0] != document:
            continue
        year = founded_by_year(candidate_text(reading, candidate), tokenizer, family)
        if year is not None and year < earliest:
            chosen, earliest = n, year
    return chosen, earliest


def founder_dated_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a wholly English date question asking a making (:func:`founding_asked`)
    with the one whose fronted date names a person earliest put first (:func:`_earliest_named`),
    when its own date is that one, earlier than the best's, and the best's sentence writes no
    founding (1987年，攬漪茶樓公佈為縣級文物保護單位 for "when was the teahouse founded": 乾隆五十八年
    （1793年），徽州茶商鄔鶴年以紋銀約1200兩購得河畔舊宅); others as they are."""
    if query.info.kind != "date" or len(candidates) < 2 or not wholly_english(query.question):
        return candidates
    if not founding_asked(query.question):
        return candidates
    year = year_of(candidates[0])
    if year is None or dates_a_founding(reading, candidates[0]):
        return candidates
    chosen, earliest = _earliest_named(reading, candidates)
    if chosen == 0 or earliest >= year or year_of(candidates[chosen]) != earliest:
        return candidates
    return moved_first(candidates, chosen)


def founder_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a wholly English question asking who made a thing (:func:`founding_asked`,
    no role asked) with the candidate of the best's document whose fronted date names a person
    earliest (:func:`founded_by_year`) put first, when the best names no person after a noun;
    others as they are."""
    if query.info.kind != "who" or len(candidates) < 2 or not wholly_english(query.question):
        return candidates
    if not founding_asked(query.question) or asked_role(query.question) is not None:
        return candidates
    tokenizer = reading.index.tokenizer
    family = surname_characters()
    best_words = tokenizer.words(normalize(candidate_text(reading, candidates[0])))
    if names_after_noun(best_words, tokenizer, family):
        return candidates
    chosen, _ = _earliest_named(reading, candidates)
    if chosen == 0:
        return candidates
    return moved_first(candidates, chosen)
