"""A verb of one character the segmenter joined to the noun before it (碑刻於哪年: 碑刻, "an
inscription", where the reader means 碑 / 刻於, "the stele was inscribed in"): read apart when no
document holds the joined word, the documents hold the noun, and they write the verb before 于."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.answer.apart import APART_SAMPLE
from bot.answer.model import WeightedWord
from index.search import Index, QueryTerm


def verb_before_yu(
    index: Index, text: str, words: list[WeightedWord], shares: Callable[[tuple[str, ...], str], Sequence[float] | None]
) -> list[WeightedWord]:
    """``words`` with a word of two characters no document holds, written right before 于 in the
    normalised ``text`` (碑刻于哪年), read as its two characters (碑, 刻) when the documents hold
    the first and write the second before 于 (``shares``: the weights of a word's variants)."""
    out: list[WeightedWord] = []
    for word in words:
        head = word.variants[0]
        if (
            word.pos or len(head) != 2 or head + "于" not in text or any(index.doc_freq(v) > 0 for v in word.variants)
            or index.doc_freq(head[0]) == 0 or not _written_before_yu(index, head[1])
        ):
            out.append(word)
            continue
        for part in head:
            out.extend(WeightedWord(w.variants, w.pos, shares=shares(w.variants, w.pos)) for w in index.tokenizer.query_words(part))
    return out


def _written_before_yu(index: Index, verb: str) -> bool:
    """Whether a passage holding ``verb`` (of those searched for it) writes it right before 于."""
    return any(verb + "于" in index.normalized_text(hit.index) for hit in index.search([QueryTerm(verb)], APART_SAMPLE))
