"""What speaks for a candidate passage: how much of the question it holds, alone, with the
sentences around it, and with its document.

A question word is *found* in a text when the index says the text holds one of its variants,
or when the word (two characters or more) stands in the text as written -- so a word the
question and the passage segment differently still counts. A name the dictionary lacks
(:meth:`~index.tokenizer.Tokenizer.query_words` part of speech "phrase") counts only as written;
its single characters alone count for little. Headings (the document's title, the section)
count for every passage under them.

Coverages are shares of the question's weight (:attr:`Query.weights`), 0..1:

- ``cover``: the passage itself and its headings;
- ``window``: the passage with its neighbours in the same paragraph (what a reader is shown);
- ``document``: anything in the passage's document (computed for the best candidates only).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from bot.answer.model import WeightedWord
from bot.answer.query import Query
from index.fields import HEADING
from index.normalize import aligner_for, normalize
from index.search import Hit, Index

#: What a name's characters are worth when the name itself is not in the text.
NAME_PARTS = 0.25
#: The most passages of a document read to tell whether a name stands in it.
DOCUMENT_SCAN = 400


@dataclass(frozen=True)
class Evidence:
    """A candidate passage and the measures that rank it (see the module docstring)."""

    hit: Hit
    bm25: float  # its BM25 score over the best candidate's
    cover: float
    window: float
    heading: float  # share found in its headings alone
    first: int  # the window: passage ids first..last (same document and paragraph)
    last: int

    @property
    def id(self) -> int:
        return self.hit.index


def normalized(text: str) -> str:
    """A passage's matching form (remembered with its character alignment)."""
    return aligner_for(text).normalized


@lru_cache(maxsize=4096)
def heading_text(title: str, section: str | None) -> str:
    return normalize(f"{title}\n{section or ''}")


def word_found(word: WeightedWord, terms: set[str] | frozenset[str], texts: Sequence[str]) -> float:
    """How much of ``word`` a text holds (0..1): its best variant found by the index (``terms``)
    or as written in one of the normalised ``texts``."""
    if word.pos == "phrase":
        name = word.variants[0]
        if name in terms or any(name in t for t in texts):
            return 1.0
        parts = word.variants[1:]
        return NAME_PARTS * sum(p in terms for p in parts) / len(parts) if parts else 0.0
    best = 0.0
    top = word.share(0) or 1.0
    for position, variant in enumerate(word.variants):
        share = min(1.0, word.share(position) / top)
        if share <= best:
            continue
        if variant in terms or (_as_written(variant) and any(variant in t for t in texts)):
            best = share
    return best


def _as_written(variant: str) -> bool:
    """Whether a variant may be looked for as a substring (not a lone character or a Latin word)."""
    return len(variant) >= 2 and not variant.isascii()


def share_found(query: Query, found: Iterable[float]) -> float:
    total = query.total_weight
    return sum(w * f for w, f in zip(query.weights, found)) / total if total > 0 else 0.0


def gather(index: Index, query: Query, hits: Sequence[Hit]) -> list[Evidence]:
    """The evidence for each hit, in the hits' order.

    What each passage of the candidates' windows holds is worked out once per passage (a
    passage is often the neighbour of another candidate), and what each heading holds once
    per heading.
    """
    if not hits:
        return []
    passages = index.passages
    words = query.words
    weights = query.weights
    total = query.total_weight or 1.0
    best = hits[0].score or 1.0
    windows = [_window(index, hit.index) for hit in hits]
    ids = sorted({j for first, last in windows for j in range(first, last + 1)})
    present = _present(index, query, ids)
    in_text = {
        j: [word_found(w, present.get(j, _NONE), (normalized(passages[j].text),)) for w in words] for j in ids
    }
    in_heading: dict[tuple[str, str | None], list[float]] = {}
    out = []
    for hit, (first, last) in zip(hits, windows):
        passage = passages[hit.index]
        key = (passage.title, passage.section)
        heading = in_heading.get(key)
        if heading is None:
            terms = {t[len(HEADING):] for t in hit.matched if t.startswith(HEADING)}
            head = heading_text(passage.title, passage.section)
            heading = in_heading[key] = [word_found(w, terms, (head,)) for w in words]
        own = in_text[hit.index]
        around = [in_text[j] for j in range(first, last + 1)]
        cover = window = on_heading = 0.0
        for g, weight in enumerate(weights):
            h = heading[g]
            cover += weight * max(own[g], h)
            window += weight * max(h, *(found[g] for found in around))
            on_heading += weight * h
        out.append(
            Evidence(
                hit=hit,
                bm25=hit.score / best,
                cover=cover / total,
                window=window / total,
                heading=on_heading / total,
                first=first,
                last=last,
            )
        )
    return out


_NONE: frozenset[str] = frozenset()


def document_cover(index: Index, query: Query, passage_id: int) -> float:
    """Share of the question found anywhere in the passage's document (headings included)."""
    span = index.document_passages(index.passage_document(passage_id))
    start, end = span.start, span.stop
    terms: set[str] = set()
    for term in {t.term for t in query.terms}:
        postings = index.postings(term)
        k = int(np.searchsorted(postings, start))
        if k < len(postings) and postings[k] < end:
            terms.add(term[len(HEADING):] if term.startswith(HEADING) else term)
    passages = index.passages
    head = heading_text(passages[start].title, passages[start].section)
    texts = [head] + [normalized(passages[j].text) for j in range(start, min(end, start + DOCUMENT_SCAN))]
    return share_found(query, (word_found(w, terms, texts) for w in query.words))


def unknown_share(index: Index, query: Query, evidence: Sequence[Evidence]) -> float:
    """Share of the question's weight the documents seem to lack: words no passage or heading
    holds, and names not written in any candidate."""
    texts: list[str] = []
    passages = index.passages
    for ev in evidence:
        passage = passages[ev.id]
        texts.append(heading_text(passage.title, passage.section))
        texts.extend(normalized(passages[j].text) for j in range(ev.first, ev.last + 1))
    missing = []
    for word in query.words:
        if word.pos == "phrase":
            known = word.variants[0] in set().union(*(set(ev.hit.matched) for ev in evidence)) or any(
                word.variants[0] in t for t in texts
            )
        else:
            known = any(index.doc_freq(v) > 0 or index.doc_freq(HEADING + v) > 0 for v in word.variants)
        missing.append(0.0 if known else 1.0)
    return share_found(query, missing)


def _window(index: Index, passage_id: int) -> tuple[int, int]:
    """The passage's neighbours in its paragraph: ids ``first..last`` around it."""
    passages = index.passages
    passage = passages[passage_id]
    first = last = passage_id
    if passage_id > 0:
        before = passages[passage_id - 1]
        if before.doc == passage.doc and before.paragraph == passage.paragraph:
            first = passage_id - 1
    if passage_id + 1 < len(passages):
        after = passages[passage_id + 1]
        if after.doc == passage.doc and after.paragraph == passage.paragraph:
            last = passage_id + 1
    return first, last


def _present(index: Index, query: Query, ids: Sequence[int]) -> dict[int, set[str]]:
    """For each passage id of ``ids``, the question's (text-field) terms it holds."""
    wanted = np.asarray(ids, dtype=np.int64)
    out: dict[int, set[str]] = {}
    if not len(wanted):
        return out
    for term in {t.term for t in query.terms if not t.term.startswith(HEADING)}:
        postings = index.postings(term)
        if not len(postings):
            continue
        where = np.searchsorted(postings, wanted)
        where[where >= len(postings)] = len(postings) - 1
        for j in wanted[postings[where] == wanted].tolist():
            out.setdefault(j, set()).add(term)
    return out
