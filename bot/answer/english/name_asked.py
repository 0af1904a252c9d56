"""What a thing is called, asked in English ("What is the salt merchants' guild hall called?",
"What was the airport called before?", "What is the name of the ferry?"): the answer is a name,
and Chinese writes the name given to a thing after a naming verb that follows the thing --
鹽商會館名「聚源堂」 (名 "to be named"), 名其井曰「雲汲」, 机场……前称H. F. Verwoerd机场, 又稱茶亭橋.

The question's words find the passages about the thing alike: the lead telling what it is and
where (鹽商會館1處) holds as many of them as the passage giving its name. :func:`name_asked_first`
puts first the close candidate of the best's document whose sentence writes one of the question's
terms and, after it, a naming verb: a word of naming (CC-CEDICT's senses "to be called", "formerly
called", "also known as": 稱為, 前稱, 又稱, 原名, 俗稱 ...: the closed class :data:`NAMING_WORDS`), or
a single naming character (名, 稱, 號, 叫, 曰) right before a quoted name -- 名 alone is as often a
measure word (87名) or part of a word (著名), which a quote after it rules out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.first.close import document_first
from bot.answer.reading import Reading
from index.normalize import normalize
from index.question_words import OTHER_NAME

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: How many candidates after the best are read for one giving the asked name, and the share of
#: the best's rank score it must reach.
NAME_REACH = 5
NAME_SHARE = 0.6
#: "what is X called", "what was X called before", "what is X known as", "what is the name of
#: X", "name of X?": the English forms asking a name (a closed class of the grammar of asking).
_ASKED_RE = re.compile(
    r"^\s*(?:what(?:'s|’s|\s+(?:is|was|are|were))\b.*\b(?:called|known\s+as)\b(?:\s+\w+){0,3}\s*\?*\s*$"
    r"|(?:what(?:'s|’s|\s+(?:is|was|are|were))\s+)?(?:the\s+)?(?:\w+\s+)?name\s+of\b)",
    re.IGNORECASE,
)
#: Words of naming, normalised (Simplified): the words introducing another name the index already
#: knows (:data:`index.question_words.OTHER_NAME`: 又称, 别名, 俗称 ...) and those giving the thing's
#: own or former name (称为, 名为, 叫做, 号称, 前称, 原名, 原称, 简称, 古称, 今称, 统称 ...).
NAMING_WORDS = tuple(dict.fromkeys((
    *OTHER_NAME, "称为", "名为", "叫做", "号称", "前称", "原名", "原称", "又名", "简称", "古称", "今称",
    "统称", "或称", "一名",
)))
#: A single naming character (名 "to be named", 称, 号, 叫, 曰) right before a quoted name.
_QUOTED_NAMING_RE = re.compile(r"[名称号叫曰][「“『《\"]")
_SENTENCE_END_RE = re.compile(r"[。！？；!?;]")


def asks_name(question: str) -> bool:
    """Whether an English ``question`` asks what a thing is called."""
    return _ASKED_RE.search(question) is not None


def thing_terms(query: Query) -> tuple[str, ...]:
    """The corpus terms the question's words were translated as (those naming the thing)."""
    return tuple(dict.fromkeys(
        term
        for translation in query.translations
        if translation.term != "?"
        for term in translation.term.split("/")
        if term
    ))


def gives_name(text: str, terms: tuple[str, ...]) -> bool:
    """Whether normalised ``text`` has a sentence writing one of ``terms`` and, after it, a naming
    word or a naming character before a quoted name."""
    for sentence in _SENTENCE_END_RE.split(text):
        starts = [sentence.find(term) for term in terms if term in sentence]
        if not starts:
            continue
        after = sentence[min(starts) + 1 :]
        if _QUOTED_NAMING_RE.search(after) is not None or any(word in after for word in NAMING_WORDS):
            return True
    return False


def name_asked_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a wholly English question asking what a thing is called, with the close
    one of the best's document whose passage gives a name after a naming word put first, when
    the best's gives none."""
    if len(candidates) < 2 or not wholly_english(query.question) or not asks_name(query.question):
        return candidates
    terms = tuple(normalize(term) for term in thing_terms(query))
    if not terms:
        return candidates

    def names(candidate: Candidate) -> bool:
        return gives_name(normalize(reading.text(candidate.evidence.id)), terms)

    return document_first(reading, candidates, NAME_REACH, NAME_SHARE, names)
