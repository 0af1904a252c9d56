"""A name the dictionary lacks, cut short where its last character begins a dictionary word
that no document holds (李日|华中|进士 of 李日华中进士: 华中 is "Central China"): read as the name
the passages write (李日华), the rest of the word on its own -- else the question is declined for
naming 华中, which no document writes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.answer.model import WeightedWord
from bot.answer.apart import APART_SAMPLE
from index.search import Index, QueryTerm


def name_carried_on(
    index: Index, words: list[WeightedWord], shares: Callable[[tuple[str, ...], str], Sequence[float] | None]
) -> list[WeightedWord]:
    """``words`` with each name (a "phrase") followed by a word no document holds read with the
    start of that word, where the passages write the name only so continued (``shares``: the
    weights of a word's variants, as the question's other words get them)."""
    out: list[WeightedWord] = []
    skip = -1
    for n, word in enumerate(words):
        if n == skip:
            continue  # read into the name before it
        name = word.variants[0]
        after = words[n + 1].variants[0] if n + 1 < len(words) else ""
        if word.pos != "phrase" or len(after) < 2 or words[n + 1].pos or index.doc_freq(after) > 0:
            out.append(word)
            continue
        joined = next((name + after[:k] for k in range(len(after) - 1, 0, -1) if _only_so(index, name, after[:k])), None)
        if joined is None:
            out.append(word)
            continue
        chars = tuple(dict.fromkeys(joined))
        out.append(WeightedWord((joined, *chars), "phrase", shares=(1.0,) * (1 + len(chars))))
        rest = index.tokenizer.query_words(after[len(joined) - len(name) :])
        out.extend(WeightedWord(w.variants, w.pos, shares=shares(w.variants, w.pos)) for w in rest)
        skip = n + 1
    return out


def _only_so(index: Index, name: str, more: str) -> bool:
    """Whether the passages that write ``name`` (of those searched for its characters) write it
    only followed by ``more`` (李日 always as 李日华; not 潘仕成, written alone as often as 潘仕成出资)."""
    seen = False
    for hit in index.search([QueryTerm(ch) for ch in dict.fromkeys(name)], APART_SAMPLE):
        text = index.normalized_text(hit.index)
        start = text.find(name)
        while start >= 0:
            if not text.startswith(more, start + len(name)):
                return False
            seen = True
            start = text.find(name, start + 1)
    return seen
