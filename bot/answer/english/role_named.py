"""Who holds a role, asked in English ("Who is the *head* of Tainan's Water Resources Bureau?",
"Who was the *county magistrate* who proposed building the aqueduct?", "Who heads the bureau?"):
the passage that names a person right after the role's translation (水利局長邱文彬指出, 知縣俞承璋
親往勘察) answers it, though the document's lead names the body or the thing and holds as many of
the question's words -- as :func:`bot.answer.persons.role_first` does for a Chinese question.

The role is read by English grammar alone: the noun phrase after "who is/was the" (up to "of",
"who", "that" ... or the question's end), or the verb "heads"/"headed" (:data:`HEAD_WORDS`); its
translations are the terms the question's words there were matched to. A person is named so in
Chinese news and chronicles as a title followed by the name: a surname (a character CC-CEDICT
gives as a surname) the segmenter leaves alone, and a given name of single characters -- no
dictionary word (not 总书记和党中央: 和 is a surname too, but 党中央 a word).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.answer.english.titles import HEAD_WORDS
from bot.answer.first.close import document_first
from bot.answer.query import Query
from bot.answer.reading import Reading
from bot.answer.window import window_words_text
from index.english.cedict import surnames

if TYPE_CHECKING:
    from bot.answer import Candidate

#: How many candidates after the best are read for one naming a person in the role asked, and
#: the share of the best's rank score it must reach to come first.
ROLE_NAMED_REACH = 4
ROLE_NAMED_SHARE = 0.5
MIN_ROLE_CHARS = 2  # a one-character term (长, 人) is no title alone

#: The role a "who is the ..." question asks the holder of: the words after the article up to a
#: preposition, a relative pronoun or the question's end (closed classes of English grammar).
_ROLE_RE = re.compile(
    r"^\s*who\s+(?:is|was|are|were)\s+(?:the\s+)?(?P<role>[a-z][a-z' -]*?)"
    r"(?=\s+(?:of|who|that|which|at|in|for|on|from|to|with|behind|under|during)\b|\s*[?,.!]|\s*$)",
    re.IGNORECASE,
)
#: "who heads the bureau": the verb is the role.
_HEADS_RE = re.compile(r"^\s*who\s+(?P<role>[a-z]+)\b", re.IGNORECASE)
_HAN_RE = re.compile(r"^[\u4e00-\u9fff]$")


def asked_role(question: str) -> str | None:
    """The English words of the role a who question asks the holder of, lower case, or None."""
    found = _ROLE_RE.match(question)
    if found is not None:
        return found.group("role").lower()
    found = _HEADS_RE.match(question)
    if found is not None and found.group("role").lower() in HEAD_WORDS:
        return found.group("role").lower()
    return None


def role_terms(query: Query, role: str) -> tuple[str, ...]:
    """The corpus terms the question's words within ``role`` were translated as."""
    words = set(re.findall(r"[a-z']+", role))
    return tuple(dict.fromkeys(
        term
        for translation in query.translations
        if translation.term != "?" and words.issuperset(re.findall(r"[a-z']+", translation.english.lower()))
        for term in translation.term.split("/")
        if len(term) >= MIN_ROLE_CHARS
    ))


@lru_cache(maxsize=1)
def surname_characters() -> frozenset[str]:
    """The characters CC-CEDICT gives as surnames."""
    return frozenset(char for chars in surnames().values() for char in chars)


_surnames = surname_characters


def names_after(words: list[str], titles: tuple[str, ...], family: frozenset[str]) -> bool:
    """Whether ``words`` (a text's segmented words) name a person right after one of ``titles``:
    a word ending in the title, then a surname and a given name's character, each a word alone."""
    for k in range(1, len(words) - 1):
        word = words[k]
        if len(word) != 1 or word not in family:
            continue
        after = words[k + 1]
        if len(after) != 1 or _HAN_RE.match(after) is None:
            continue
        if words[k - 1].endswith(titles):
            return True
    return False


def role_named_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a wholly English who question asking the holder of a role, with the
    close one of the best's document naming a person right after the role's translation put
    first, when the best names none so."""
    if query.info.kind != "who" or not query.translations or len(candidates) < 2:
        return candidates
    role = asked_role(query.question)
    if role is None:
        return candidates
    titles = role_terms(query, role)
    if not titles:
        return candidates
    family = _surnames()
    words = reading.index.tokenizer.words

    def names(candidate: Candidate) -> bool:
        return names_after(words(window_words_text(reading, candidate.evidence)), titles, family)

    return document_first(reading, candidates, ROLE_NAMED_REACH, ROLE_NAMED_SHARE, names)


#: A question asking who did something: "who" and a verb, no auxiliary ("who *founded* the
#: works", not "who *was* the founder": a role; not "who *did* he learn under").
_WHO_DID_RE = re.compile(r"^\s*who\s+(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\b)[a-z]+", re.IGNORECASE)
#: What ends the clause a doer is named in after 由.
_CLAUSE_END = frozenset("，,。；;：:！？!?、（）()「」《》“”")
DOER_SPAN = 11  # words read after 由 for the doer's name
DOER_DEED_REACH = 9  # candidates read for a doer by 由 in a passage writing the asked deed
#: A surname character the segmenter tags so here is a verb or a word of grammar, no name
#: (漁船 歸 港: "fishing boats return to port"; 塔樓 也 是: "the tower is also"): the best's
#: passage names no one by it.
_NO_NAME_TAGS = ("v", "d", "c", "p", "u", "f")


def _person_at(words: list[str], k: int, family: frozenset[str]) -> bool:
    """Whether ``words[k]`` is a surname standing alone, then a given name's single character."""
    return (
        len(words[k]) == 1 and words[k] in family and k + 1 < len(words)
        and len(words[k + 1]) == 1 and _HAN_RE.match(words[k + 1]) is not None
    )


def names_by_agent(words: list[str], family: frozenset[str]) -> bool:
    """Whether ``words`` name a person as the doer of a deed by 由 (由寧國府商人封允昌創辦, 由守備郜承勛督工)."""
    for k, word in enumerate(words):
        if word != "由":
            continue
        for j in range(k + 1, min(k + 1 + DOER_SPAN, len(words))):
            if words[j] in _CLAUSE_END:
                break
            if _person_at(words, j, family):
                return True
    return False


def doer_named_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a wholly English question asking who did something ("Who founded the
    Ruifeng dye works?"), with the close one of the best's document that names a person as the
    doer by 由 put first -- when the best names no person at all, after a title or by 由: the
    lead and the story around the thing hold its words as well as the deed's passage does."""
    if query.info.kind != "who" or not query.translations or len(candidates) < 2:
        return candidates
    if _WHO_DID_RE.match(query.question) is None or asked_role(query.question) is not None:
        return candidates
    family = _surnames()
    tokenizer = reading.index.tokenizer

    def words(candidate: Candidate) -> list[str]:
        return tokenizer.words(window_words_text(reading, candidate.evidence))

    best = words(candidates[0])
    if names_by_agent(best, family) or any(
        _person_at(best, k, family) and len(best[k - 1]) >= 2 and tokenizer.tag(best[k - 1]).startswith("n")
        and not tokenizer.tag(best[k]).startswith(_NO_NAME_TAGS)
        for k in range(1, len(best))
    ):
        return candidates
    ordered = document_first(
        reading, candidates, ROLE_NAMED_REACH, ROLE_NAMED_SHARE, lambda c: names_by_agent(words(c), family)
    )
    if ordered is not candidates:
        return ordered
    # Further down the best's document, only a passage also writing the asked deed (由...負責設計
    # for "designed"): a chronicle names by 由 the doers of other deeds too (由鎮上紳商集資恢復).
    deed = deed_terms(query)
    if not deed:
        return candidates
    return document_first(
        reading, candidates, DOER_DEED_REACH, ROLE_NAMED_SHARE,
        lambda c: any(term in window_words_text(reading, c.evidence) for term in deed)
        and names_by_agent(words(c), family),
    )


def deed_terms(query: Query) -> tuple[str, ...]:
    """The corpus terms the verb right after "who" was translated as (of two characters or more)."""
    found = _WHO_DID_RE.match(query.question)
    if found is None:
        return ()
    return verb_terms(query, found.group(0).split()[-1])


def verb_terms(query: Query, verb: str) -> tuple[str, ...]:
    """The corpus terms (of two characters or more) of ``query``'s translations of the English ``verb``."""
    verb = verb.lower()
    return tuple(dict.fromkeys(
        term
        for translation in query.translations
        if translation.term != "?" and verb in re.findall(r"[a-z']+", translation.english.lower())
        for term in translation.term.split("/")
        if len(term) >= MIN_ROLE_CHARS
    ))
