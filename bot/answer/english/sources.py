"""Which document an English question asking who wrote it names by its source.

"Who wrote the *People's Daily* piece?": the words between the determiner and the word for the
text say what it is (:func:`~index.english.focus.naming_the_text`) -- its source, which its byline
does not write (本報記者 李燦 陸樂) and no passage may, but its metadata does ("source: 人民日報
(People's Daily)"). A byline of another document (中央社記者林怡君) is no answer then: the
candidate passages of the document whose source names those words come first, then those of
documents that say no source (the text may be one of them); one whose source is another is none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from bot.answer.first.byline import BYLINE_RE
from index.english.cedict import load_dictionary
from index.english.focus import AUTHORSHIP, BYLINE_NOUNS, naming_the_text, naming_the_writers
from index.english.forms import capitalised_words, english_words
from index.english.lemmas import lemmatize
from index.question_words import WRITER_WORDS
from index.search import Index


T = TypeVar("T")
#: How a document stands to the source an English question names (:func:`source_rank`).
NAMED, UNSAID, OTHER = 0, 1, 2


def _naming(question: str) -> list[str]:
    """The capitalised words an English ``question`` asking who wrote a text names it by ("the
    *People's Daily* piece"), empty when it asks no writer or names the text so by none."""
    known = load_dictionary().known
    words = english_words(question)
    if not any(lemmatize(word, known) in AUTHORSHIP for word in words):
        return []
    # a source is a name: the naming words written with capitals ("the *People's Daily* piece")
    capitalised = capitalised_words(question)
    return [words[n] for n in sorted(naming_the_text(words, known)) if words[n] in capitalised]


def _writers_naming(question: str) -> list[str]:
    """The capitalised words an English ``question`` names the text's writers by, right before
    the noun for them ("the *People's Daily* reporters"): the paper they write for."""
    lowered = question.lower()
    if not any(noun in lowered for noun in BYLINE_NOUNS):
        return []  # (a cheap test first: no noun for the writers, none named)
    words = english_words(question)
    capitalised = capitalised_words(question)
    return [words[n] for n in sorted(naming_the_writers(words, load_dictionary().known)) if words[n] in capitalised]


def _a_source(index: Index, naming: Sequence[str]) -> bool:
    """Whether some document's source metadata writes the words ``naming`` in order."""
    return any(_in_order(naming, english_words(document.source)) for document in index.documents if document.source)


def _subject(index: Index, naming: Sequence[str]) -> bool:
    """Whether the words ``naming`` a text say what it tells of, not its source: no document's
    source writes them, and each has a sense the documents write (浙江 for "Zhejiang"; a paper's
    name is in the metadata, not the text)."""
    return (
        bool(naming) and not _a_source(index, naming)
        and all(index.english().senses(word) for word in naming)
    )


def source_rank(index: Index, question: str) -> Callable[[int], int] | None:
    """For an English ``question`` asking who wrote a text it names by its source ("the *People's
    Daily* piece"), how each document stands to it: :data:`NAMED` when its source metadata
    writes those words in order, :data:`UNSAID` when it has no source to tell by (it may be the
    one), :data:`OTHER` when its source is another. None when the question names no source --
    also when no document's source writes the naming words: "the *Zhejiang* article" says what
    the text is about (:func:`subject_named`), not whose it is."""
    naming = _writers_naming(question)  # "the *People's Daily* reporters": the paper, if a source says it
    if not naming or not _a_source(index, naming):
        naming = _naming(question)
    if not naming or _subject(index, naming):
        return None

    def rank(document: int) -> int:
        source = index.documents[document].source
        if not source:
            return UNSAID
        return NAMED if _in_order(naming, english_words(source)) else OTHER

    return rank


def subject_named(index: Index, question: str) -> str:
    """``question`` with a text named by capitalised words no document's source writes read as
    the text about them: "who wrote the *Zhejiang* article" as "who wrote the article about
    Zhejiang" -- a place or thing the text tells of, whose words are searched with the byline's,
    not a paper's name, which no passage writes; with the words after them up to the word for the
    text ("the *Zhejiang theme education* report" as "the report about Zhejiang theme
    education"). As it is otherwise."""
    naming = _naming(question)
    if not _subject(index, naming):
        return question
    # all the words naming it from the first capitalised one, which tell of it together ("the
    # *Zhejiang theme education* report": the report about Zhejiang theme education)
    words = english_words(question)
    positions = naming_the_text(words, load_dictionary().known)
    first = next((n for n in sorted(positions) if words[n] == naming[0]), None)
    if first is not None:
        last = first
        while last + 1 in positions:
            last += 1
        naming = words[first : last + 1]
    pattern = r"\b(" + r"\W+".join(re.escape(word) for word in naming) + r")\s+([A-Za-z]+)\b"
    return re.sub(pattern, lambda m: f"{m.group(2)} about {m.group(1)}", question, count=1, flags=re.IGNORECASE)


def _in_order(words: Sequence[str], written: Sequence[str]) -> bool:
    """Whether ``written`` holds ``words`` one after another."""
    size = len(words)
    return any(list(written[k : k + size]) == list(words) for k in range(len(written) - size + 1))


def by_named_source(
    index: Index, question: str, candidates: Sequence[T], passage: Callable[[T], int]
) -> tuple[tuple[T, ...], bool]:
    """``candidates`` (``passage`` gives each one's passage) as an English ``question`` naming its
    text by a source (:func:`source_rank`) orders them -- the named document's first, then those
    of documents saying no source, none of another's -- and whether the first is unsure (not of
    the named document). As they are, and sure, for a question naming no source."""
    rank = source_rank(index, question)
    if rank is None:
        return tuple(candidates), False
    ranks = {id(c): rank(index.passage_document(passage(c))) for c in candidates}
    kept = sorted((c for c in candidates if ranks[id(c)] != OTHER), key=lambda c: ranks[id(c)])
    return tuple(kept), bool(kept) and ranks[id(kept[0])] != NAMED


def bylines_first(
    words: Sequence[Sequence[str]], candidates: Sequence[T], text: Callable[[T], str]
) -> tuple[T, ...]:
    """``candidates`` with those whose ``text`` holds a byline first, for an English question
    asking who wrote the text itself -- one whose only searched word (``words``: each word's
    variants) is the writers' (记者, 作者: "Who wrote this article?"), the words naming the text
    dropped. Passages that merely mention a reporter otherwise rank by the word alone and can
    outrank the byline ending a long last paragraph. Others as they are ("who wrote GOTH")."""
    if len(words) != 1 or not any(variant in WRITER_WORDS for variant in words[0]):
        return tuple(candidates)
    return tuple(sorted(candidates, key=lambda c: BYLINE_RE.search(text(c)) is None))
