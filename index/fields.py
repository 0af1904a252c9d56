"""What a passage is indexed under: its own words, and the words of the headings above it.

A passage's tokens are its text's tokens (:meth:`~index.tokenizer.Tokenizer.normalized_tokens`)
followed by the tokens of its document's title and its section heading, each marked with
:data:`HEADING` -- a separate field, so that a question's word found in a heading counts for every
passage under it (a question naming an encyclopedia article's subject finds the paragraph that
never repeats it) without changing how often the word itself occurs in passage text.

Every build path calls :func:`passage_tokens`; its output is a black box to the store (the
normalised text, kept to find user words later, and the tokens BM25 counts), and its source is
part of the cache key (:mod:`index.store.key`), so changing it rebuilds the index.
"""

from __future__ import annotations

import weakref

from corpus.passages import Passage
from index.tokenizer import Tokenizer

HEADING = "§"  # prefix of heading-field terms; tokenizing never produces it


def heading_term(term: str) -> str:
    """The heading-field form of a search term."""
    return HEADING + term


def passage_tokens(tokenizer: Tokenizer, passage: Passage) -> tuple[str, list[str]]:
    """``(normalised text, tokens)`` of a passage: its text, then its headings' field terms."""
    norm, tokens = tokenizer.normalized_tokens(passage.text)
    heading_norm, heading = _heading_tokens(tokenizer, passage.title, passage.section or "")
    return norm + "\n" + heading_norm, tokens + list(heading)


#: Each tokenizer's headings, tokenised once (a document's passages share them), kept as long as the
#: tokenizer is: an lru_cache keyed by the tokenizer kept every tokenizer it had seen -- jieba's
#: tables, tens of MB each -- alive after the index built with it was replaced.
_HEADINGS: weakref.WeakKeyDictionary[Tokenizer, dict[tuple[str, str], tuple[str, tuple[str, ...]]]] = (
    weakref.WeakKeyDictionary()
)


def _heading_tokens(tokenizer: Tokenizer, title: str, section: str) -> tuple[str, tuple[str, ...]]:
    known = _HEADINGS.setdefault(tokenizer, {})
    found = known.get((title, section))
    if found is None:
        norm, tokens = tokenizer.normalized_tokens(f"{title}\n{section}")
        found = known[(title, section)] = norm, tuple(dict.fromkeys(heading_term(t) for t in tokens))
    return found
