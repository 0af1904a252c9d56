"""The tokenizer seen as flat lists, as tests and benchmarks compare them (the engine itself
reads :meth:`Tokenizer.normalized_tokens` and :meth:`Tokenizer.query_words`)."""

from __future__ import annotations

from index.tokenizer import Tokenizer


def tokens(tokenizer: Tokenizer, text: str) -> list[str]:
    """A passage's index tokens, in order, sub-words after their word."""
    return tokenizer.normalized_tokens(text)[1]


def query_terms(tokenizer: Tokenizer, question: str) -> list[str]:
    """A question's search terms: its content words and their sub-words, without question words."""
    return [term for word in tokenizer.query_words(question) for term in word.variants]
