"""Where a question word is written as a word of its own, not as the end of another word."""

from __future__ import annotations

from collections.abc import Container, Sequence

from index.normalize import CharAligner
from index.search import Index


def own_spans(
    aligner: CharAligner, term: str, spans: Sequence[tuple[int, int]], index: Index, asked: Container[str]
) -> Sequence[tuple[int, int]]:
    """The spans of ``term`` in the text that are not the end of a longer word the documents
    index and the question does not ask (出口 in 进出口总值 is imports and exports together, 出口
    in 出口1975.2亿元 the exports asked): a figure is near what the question names where the text
    names it. All of them when every one is so (the text names it no other way), and for a word
    of one character (part of many words) or not in Chinese characters."""
    text = aligner.normalized
    if len(term) < 2 or len(text) != len(aligner.original) or not all("\u4e00" <= ch <= "\u9fff" for ch in term):
        return spans
    own = [
        (start, end) for start, end in spans
        if start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff"
        or text[start - 1 : end] in asked or index.doc_freq(text[start - 1 : end]) == 0
    ]
    return own or spans
