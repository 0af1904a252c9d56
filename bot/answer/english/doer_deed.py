"""Who did a deed, asked in English ("Who *proposed* building the clan's ancestral hall?", "Who was
the rockery master who *designed* the garden?"): the passage that names a person as the subject
of the asked verb's translation -- the name right before it, in its clause (第六世孫鄭崇德*倡議*建祠,
蘇州疊山匠人戈守田主持*設計*, 知縣韋承紱*倡議*改築磚城) -- answers it, though the document's lead
names the thing and another person (供奉始遷祖鄭廷槐, 鹽商聶懷珣營建的私家園林) and holds as many of
the question's words.

The deed is read by English grammar alone: the verb right after "who" -- at the question's head
or after a relative "who" ("the magistrate *who proposed*"), not an auxiliary ("who *was* the
founder": a role, :mod:`bot.answer.english.role_named`). Its translations (of two characters or
more, as :func:`~bot.answer.english.role_named.deed_terms` reads them) are looked for right after a
person's name: a surname character standing alone and a given name
(:func:`~bot.answer.english.founder_named.person_at`), after a common noun saying who he was
(世孫, 匠人, 知縣) or at a clause's head, with at most a word between (主持, 負責: who led a deed
did it) -- :func:`doer_deed_first` puts first the close candidate naming so, when the best does not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.english.founder_named import person_at
from bot.answer.english.role_named import surname_characters, verb_terms
from bot.answer.first.close import close_first
from bot.answer.reading import Reading
from bot.answer.window import window_words_text
from index.tokenizer import Tokenizer

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: The verb of a who question's deed: the word right after "who", anywhere in the question, when
#: no auxiliary (a closed class of English grammar: "who *was* the founder" asks a role, "who *did*
#: he learn under" another's deed).
_DEED_RE = re.compile(
    r"\bwho\s+(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|may|might|must)\b)"
    r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
#: What ends the clause a name and its verb stand in.
_CLAUSE_END_RE = re.compile(r"[，,。；;：:！？!?、（）()「」《》“”]")
#: How many characters after the surname the deed's term may begin: a given name of two
#: characters and a word of two between (戈|守田主持设计: 4).
DOER_GAP = 4
#: The part of speech jieba gives a noun (商人, 知縣, 世孫, 族人; nr, ns... too): the word before a
#: name that says who the person was.
_NOUN_TAG = "n"
#: How many candidates are read, and the share of the best's rank score one must reach to come
#: first (measured over every English dev set).
DOER_DEED_REACH = 6
DOER_DEED_SHARE = 0.75


def asked_deed(query: Query) -> tuple[str, ...]:
    """The corpus terms the verb after "who" in ``query``'s question was translated as (of two
    characters or more); () when it names none."""
    found = _DEED_RE.search(query.question)
    if found is None:
        return ()
    return verb_terms(query, found.group("verb"))


def names_doer(text: str, deed: tuple[str, ...], tokenizer: Tokenizer, family: frozenset[str]) -> bool:
    """Whether the normalised ``text`` names a person right before one of ``deed``'s terms, in its
    clause: a surname alone and a given name (:func:`person_at`), after a noun or at the clause's
    head, the term beginning at most :data:`DOER_GAP` characters after the surname."""
    if not any(term in text for term in deed):
        return False  # (cheap test first: the deed is not written at all)
    words = tokenizer.words(text)
    for k, word in enumerate(words):
        if not person_at(words, k, tokenizer, family):
            continue
        before = words[k - 1] if k else "。"
        if not (_CLAUSE_END_RE.fullmatch(before) or tokenizer.tag(before).startswith(_NOUN_TAG)):
            continue
        rest = "".join(words[k + 1 : k + 6])
        end = _CLAUSE_END_RE.search(rest)
        rest = rest[: end.start() if end else len(rest)]
        if any(0 <= rest.find(term) <= DOER_GAP for term in deed):
            return True
    return False


def doer_deed_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a wholly English who question asking a deed's doer (:func:`asked_deed`)
    with the close one naming a person right before the deed's translation (:func:`names_doer`)
    put first, when the best names none so; others as they are."""
    if query.info.kind != "who" or len(candidates) < 2 or not wholly_english(query.question):
        return candidates
    deed = asked_deed(query)
    if not deed:
        return candidates
    tokenizer = reading.index.tokenizer
    family = surname_characters()

    def shows(candidate: Candidate) -> bool:
        return names_doer(window_words_text(reading, candidate.evidence), deed, tokenizer, family)

    if shows(candidates[0]):
        return candidates
    return close_first(candidates, DOER_DEED_REACH, (1 - DOER_DEED_SHARE) * candidates[0].score, shows)
