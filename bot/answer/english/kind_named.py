"""Which thing of a kind, asked in English ("Which *stream* does the Miandie Tang complex stand
beside?", "On the bank of which *river* does Quemen Fort stand?", "Which *island* do the ferries
go to?", "Which *village* is the grower from?"): the passage that writes a name of that kind --
a name ending in the kind's character (繡溪, 閬汊江, 青螺島, 白鷺灣村) -- answers it, though the
document's lead holds as many of the question's words and names only the thing asked about.

The kind is read by English grammar: the noun right after "which" (after a preposition, or
"the bank/shore/side of", or alone), followed by an auxiliary verb or a preposition ("which
stream *does*", "which district *of*"; not "which *stubborn* problem", "which team *beat*"). Its characters come from CC-CEDICT: a one-character headword
glossed with the noun (島 "island", 村 "village"), or the first character of a two-character
headword glossed with it whose own first gloss is no verb (溪流 "stream": 溪 "creek"; not 流
"to flow"). A name of the kind is that character standing as a word of its own after a word
of Chinese characters (the segmenter has no word for 繡溪: 繡 溪), not the start of a longer
place name (沾 川 市: a city).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.first.close import document_first
from bot.answer.query import Query
from bot.answer.reading import Reading
from bot.answer.window import window_words_text
from index.english.cedict import COMMON, load_dictionary
from index.english.glosses import gloss_index

if TYPE_CHECKING:
    from bot.answer import Candidate

#: How many candidates after the best are read for one naming a thing of the asked kind, and
#: the share of the best's rank score it must reach to come first (a name without its kind's
#: character, 阿加尼亞 the capital, is no name this reads: a passage far below the best stays there).
KIND_NAMED_REACH = 4
KIND_NAMED_SHARE = 0.85

#: "which stream", "on the bank of which river", "in which village", "from which station".
_WHICH_RE = re.compile(
    r"^\s*(?:(?:on|in|at|from|to|near|beside|along|by|into|onto)\s+"
    r"(?:the\s+(?:bank|banks|shore|shores|side|edge|coast|foot|mouth)\s+of\s+)?)?"
    r"which\s+(?P<kind>[a-z]+)(?=\s*[?,]|\s*$|\s+(?:is|was|are|were|does|do|did|has|have|had|of|in|on|at|near)\b)",
    re.IGNORECASE,
)
#: Characters that make a name the name of an administrative unit when they follow it (沾川 市,
#: 浔岫 市): a closed class of Chinese place-name grammar.
_UNIT_AFTER = frozenset("省市县縣府州郡镇鎮乡鄉区區")
_HAN_RE = re.compile(r"^[\u4e00-\u9fff]+$")


def asked_kind(question: str) -> str | None:
    """The noun of the kind a "which <noun>" question asks a name of, singular, or None."""
    found = _WHICH_RE.match(question)
    if found is None:
        return None
    kind = found.group("kind").lower()
    if kind.endswith("ies"):
        return kind[:-3] + "y"
    if kind.endswith("s") and not kind.endswith("ss"):
        return kind[:-1]
    return kind


_BOUND_RE = re.compile(r"^\(bound form\)\s*")


@lru_cache(maxsize=1)
def _one_character_glosses() -> dict[str, tuple[str, ...]]:
    """Every one-character headword's one-word glosses of its common entries, in order
    ("(bound form) river" read as "river"), built once per process."""
    found: dict[str, tuple[str, ...]] = {}
    for head, raw in load_dictionary().glosses.items():
        if len(head) != 1:
            continue
        words = [
            _BOUND_RE.sub("", gloss.strip())
            for entry in raw.split(b"\n") if entry[:1] == COMMON
            for gloss in entry[1:].decode("utf-8", "replace").strip("/").split("/")
        ]
        words = [word for word in words if word.isascii() and word.isalpha()]
        if words:
            found[head] = tuple(words)
    return found


@lru_cache(maxsize=1)
def _glossed_characters() -> dict[str, frozenset[str]]:
    """A one-word gloss to the one-character headwords glossed so (river: 江, 河, 川 ...)."""
    found: dict[str, set[str]] = {}
    for head, words in _one_character_glosses().items():
        for word in words:
            found.setdefault(word, set()).add(head)
    return {word: frozenset(heads) for word, heads in found.items()}


@lru_cache(maxsize=512)
def kind_characters(kind: str) -> frozenset[str]:
    """The characters ending a name of ``kind`` (an English noun), from CC-CEDICT: one-character
    headwords glossed with it (島 "island"), and those glossed with the second gloss of one whose
    first gloss it is (浜 "stream/creek": 溪 "creek") that also lead a two-character headword
    glossed with it (溪流 "stream"; not 村 for "city", through 邑 "city/village")."""
    glossed = _glossed_characters()
    found = set(glossed.get(kind, ()))
    leading = {head[0] for head in gloss_index().glossed.get(kind, ()) if len(head) == 2}  # 溪流: 溪
    for head in list(found):
        words = _one_character_glosses()[head]
        if len(words) > 1 and words[0] == kind:
            found |= glossed.get(words[1], frozenset()) & leading
    return frozenset(found)


def names_kind(words: list[str], chars: frozenset[str], asked: frozenset[str], text: str | None = None) -> bool:
    """Whether ``words`` (a text's segmented words) write a name ending in one of ``chars``: the
    character as a word alone after a word of Chinese characters, neither of them part of the
    question's own terms, and not followed by an administrative unit's character; written
    together in ``text`` when given (the segmenter drops the punctuation between words)."""
    for k in range(1, len(words)):
        if words[k] not in chars:
            continue
        before = words[k - 1]
        if _HAN_RE.match(before) is None or before in asked or before in chars:
            continue
        if any(before[-1] + words[k] in term for term in asked):  # 柘 川 of the asked 柘川油坊
            continue
        if text is not None and before[-1] + words[k] not in text:  # 組成，島西側: a clause opens
            continue
        if k + 1 < len(words) and words[k + 1] in _UNIT_AFTER:
            continue
        return True
    return False


def kind_named_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a wholly English "which <kind>" question, with the close one of the
    best's document writing a name of the kind put first, when the best writes none."""
    if len(candidates) < 2 or not query.translations or not wholly_english(query.question):
        return candidates
    kind = asked_kind(query.question)
    if kind is None:
        return candidates
    chars = kind_characters(kind)
    if not chars:
        return candidates
    asked = frozenset(
        term for translation in query.translations if translation.term != "?" for term in translation.term.split("/")
    )
    words = reading.index.tokenizer.words

    def names(candidate: Candidate) -> bool:
        text = window_words_text(reading, candidate.evidence)
        return names_kind(words(text), chars, asked, text)

    return document_first(reading, candidates, KIND_NAMED_REACH, KIND_NAMED_SHARE, names)
