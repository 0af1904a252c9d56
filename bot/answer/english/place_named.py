"""Which place, asked in English ("In *which village* does the rice farmer ... live?", "Which
village is home to the man who grabbed the AED?"): the answer is a place's name, and Chinese
writes a place by its name and the character of its kind (茆湾村, 栎溪村, 李祖村: 村 "village").

The question's words find the passages about the matter asked alike, and the lead -- which
speaks of the villages in general (覆盖全县9个乡镇, “AED进乡村”) -- ranks first. The passage naming
a village is the one that can answer. :func:`place_named_first` reads the kind from the question:
the noun right after "which"/"what" (English grammar: the noun the question word asks of) and the
single characters it was translated as (村 of 村/乡村/农村); a passage names a place of that kind
when it writes the character as a word of its own right after a name of two single characters
jieba cannot place as words (栎/溪/村, 茆/湾/村) -- none of them a word of grammar (在 村, 每个 村,
多 村: a preposition, a pronoun, a numeral) --, or as the end of a word jieba tags a place name
(乌镇: ns). Dictionary words ending in the character (农村, 行政村, 全村) are kinds, not names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.first.close import document_first
from bot.answer.reading import Reading
from bot.answer.window import window_words_text
from index.tokenizer import Tokenizer

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: How many candidates after the best are read for one naming a place of the asked kind, and the
#: share of the best's rank score it must reach.
PLACE_REACH = 5
PLACE_SHARE = 0.6
#: Name characters read before the kind's character.
NAME_CHARS = 2
#: The tags of words of grammar (closed classes): a pronoun, a numeral, a measure word, a
#: preposition, a conjunction, a particle, a locative, an adverb -- no part of a name.
_GRAMMAR_TAGS = ("r", "m", "q", "p", "c", "u", "f", "d")
_PLACE_TAG = "ns"
#: "which village", "in what town": the question word and the noun it asks of.
_ASKED_RE = re.compile(r"\b(?:which|what)\s+([a-z]+)\b", re.IGNORECASE)
_HAN_RE = re.compile(r"^[\u4e00-\u9fff]$")


def asked_kinds(query: Query) -> tuple[str, ...]:
    """The single characters the noun after the question's "which"/"what" was translated as."""
    found = _ASKED_RE.search(query.question)
    if found is None:
        return ()
    noun = found.group(1).lower()
    return tuple(dict.fromkeys(
        term
        for translation in query.translations
        if translation.english.lower() == noun and translation.term != "?"
        for term in translation.term.split("/")
        if len(term) == 1
    ))


def names_place(words: list[str], kinds: tuple[str, ...], tokenizer: Tokenizer) -> bool:
    """Whether ``words`` (a text's segmented words) name a place of one of ``kinds`` (村)."""
    for k, word in enumerate(words):
        if word in kinds:
            name = words[max(0, k - NAME_CHARS) : k]
            if len(name) == NAME_CHARS and all(
                len(part) == 1 and _HAN_RE.match(part) is not None and not tokenizer.tag(part).startswith(_GRAMMAR_TAGS)
                for part in name
            ):
                return True
        elif len(word) >= 2 and word.endswith(kinds) and tokenizer.tag(word) == _PLACE_TAG:
            return True
    return False


def place_named_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a wholly English question asking which place of a kind, with the close one
    of the best's document naming a place of that kind put first, when the best names none."""
    if query.info.kind != "where" or len(candidates) < 2 or not wholly_english(query.question):
        return candidates
    kinds = asked_kinds(query)
    if not kinds:
        return candidates
    tokenizer = reading.index.tokenizer

    def names(candidate: Candidate) -> bool:
        return names_place(tokenizer.words(window_words_text(reading, candidate.evidence)), kinds, tokenizer)

    return document_first(reading, candidates, PLACE_REACH, PLACE_SHARE, names)
