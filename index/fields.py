"""What a passage is indexed under: the one function every build path calls.

Its output is a black box to the store: the normalised text (kept to find user words later) and
the tokens BM25 counts. Its source is part of the cache key (:mod:`index.store.key`), so changing
it rebuilds the index.
"""

from __future__ import annotations

from corpus.passages import Passage
from index.tokenizer import Tokenizer


def passage_tokens(tokenizer: Tokenizer, passage: Passage) -> tuple[str, list[str]]:
    """``(normalised text, index tokens)`` of ``passage``."""
    return tokenizer.normalized_tokens(passage.text)
