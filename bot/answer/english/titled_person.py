"""Who holds a role, asked in English, when the role's translation is not the title the text
writes ("Who is the *director* of Tingli county's health commission?": director -> 指导, 引导,
where the text writes 县卫生健康局局长邵闻溪; "Who is the director of the new science museum?":
馆长杜文琳).

English names a rank generically (director, head, chief) and the body apart; Chinese news names
an official by a title made from the body headed, written right before the name (局长, 馆长,
院长). :func:`~bot.answer.english.role_named.role_named_first` finds the person after the role's
own translation; this step reads the title by its form instead: a common noun (jieba's ``n``)
whose head CC-CEDICT counts as a person (:func:`~index.english.head_measures.person_by_head`,
:func:`~index.english.head_measures.person_by_gloss`: 局长, 馆长; not 增长, a verb), then a
person's name (:func:`~bot.answer.english.founder_named.person_at`). The title must be the asked
body's: its clause writes one of the question's other translated terms right before it (县卫生健康局
局长: 县, 卫生, 健康), or the title begins with the last character of one (馆长 of 科技馆) -- so a
byline's 记者 or a villager quoted (村民鲁德顺) is no answer to it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.english.founder_named import person_at
from bot.answer.english.role_named import asked_role, surname_characters
from bot.answer.first.close import document_first
from bot.answer.reading import Reading
from bot.answer.window import window_words_text
from index.english.head_measures import person_by_gloss, person_by_head
from index.tokenizer import Tokenizer

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: How many candidates after the best are read, and the share of the best's rank score one must
#: reach to come first: the lead and the story hold the body's words as well as the passage
#: naming its head does (measured over every English dev set).
TITLED_REACH = 8
TITLED_SHARE = 0.6
#: How many characters before the title its clause is read for the body's words.
BODY_SPAN = 10
MIN_TITLE_CHARS = 2
_NOUN_TAG = "n"
#: Marks that end a clause or open an aside: the body named before a title stands within them.
_CLAUSE_MARKS_RE = re.compile(r"[，,。；;：:！？!?、（）()「」《》“”\s]")


def body_terms(query: Query, role: str) -> tuple[str, ...]:
    """The corpus terms the question's words outside the asked ``role`` were translated as."""
    role_words = set(re.findall(r"[a-z']+", role))
    return tuple(dict.fromkeys(
        term
        for translation in query.translations
        if translation.term != "?" and not role_words.issuperset(re.findall(r"[a-z']+", translation.english.lower()))
        for term in translation.term.split("/")
        if term
    ))


def is_title(word: str, tokenizer: Tokenizer) -> bool:
    """Whether ``word`` is a common noun whose head names a person (局长, 馆长, 渡夫)."""
    return (
        len(word) >= MIN_TITLE_CHARS and tokenizer.tag(word) == _NOUN_TAG
        and (person_by_head(word) or person_by_gloss(word))
    )


def names_body_head(text: str, body: tuple[str, ...], tokenizer: Tokenizer, family: frozenset[str]) -> bool:
    """Whether normalised ``text`` names a person right after a title of the body ``body`` names."""
    words = tokenizer.words(text)
    lasts = {term[-1] for term in body}
    at = 0
    for k, word in enumerate(words):
        start = text.find(word, at)
        if start >= 0:
            at = start + len(word)
        if k == 0 or not person_at(words, k, tokenizer, family):
            continue
        title = words[k - 1]
        if not is_title(title, tokenizer):
            continue
        if title[0] in lasts:
            return True
        title_start = text.rfind(title, 0, max(start, 0))
        before = text[max(0, title_start - BODY_SPAN) : max(title_start, 0)]
        clause = _CLAUSE_MARKS_RE.split(before)[-1]
        if any(term in clause for term in body):
            return True
    return False


def titled_person_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a wholly English who question asking the holder of a role, with the close
    one of the best's document naming a person right after a title of the asked body put first,
    when the best names none so."""
    if query.info.kind != "who" or len(candidates) < 2 or not wholly_english(query.question):
        return candidates
    role = asked_role(query.question)
    if role is None:
        return candidates
    body = body_terms(query, role)
    if not body:
        return candidates
    tokenizer = reading.index.tokenizer
    family = surname_characters()

    def names(candidate: Candidate) -> bool:
        return names_body_head(window_words_text(reading, candidate.evidence), body, tokenizer, family)

    return document_first(reading, candidates, TITLED_REACH, TITLED_SHARE, names)
