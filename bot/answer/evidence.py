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

import threading
import weakref
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Sequence, Set
from dataclasses import dataclass, field

import numpy as np

from bot.answer.model import WeightedWord
from bot.answer.query import Matcher, Query, matcher
from index.fields import HEADING
from bot.answer.reading import Reading
from index.search import Hit, Index

#: What a name's characters are worth when the name itself is not in the text.
NAME_PARTS = 0.25
#: The most passages of a document read to tell whether a name stands in it.
DOCUMENT_SCAN = 400
#: Up to this many postings, a term's passages are looked up one by one among the candidates'
#: (cheaper than numpy's calls on a few numbers); more are found by binary search.
FEW_POSTINGS = 64


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
    id: int = field(init=False)  # the hit's passage (a field: read ~130 times a question)

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", self.hit.index)


def word_found(word: WeightedWord | Matcher, terms: Set[str], texts: Sequence[str]) -> float:
    """How much of ``word`` a text holds (0..1): its best variant found by the index (``terms``)
    or as written in one of the normalised ``texts``."""
    m = word if isinstance(word, Matcher) else matcher(word)
    if m.name is not None:
        if m.name in terms or any(m.name in t for t in texts):
            return 1.0
        return NAME_PARTS * sum(p in terms for p in m.parts) / len(m.parts) if m.parts else 0.0
    for variant, share, written in m.variants:
        if variant in terms or (written and any(variant in t for t in texts)):
            return share
    return 0.0


def gather(reading: Reading, query: Query, hits: Sequence[Hit]) -> list[Evidence]:
    """The evidence for each hit, in the hits' order.

    What each passage of the candidates' windows holds is worked out once per passage (a
    passage is often the neighbour of another candidate), and what each heading holds once
    per heading.
    """
    if not hits:
        return []
    matchers = query.matchers
    weights = query.weights
    optional = query.optional or (False,) * len(weights)
    fixed = query.total_weight
    best = hits[0].score or 1.0
    windows = [reading.window(hit.index) for hit in hits]
    ids = sorted({j for first, last in windows for j in range(first, last + 1)})
    in_text = _found_in_texts(reading, query, matchers, ids)
    in_heading: dict[str, list[float]] = {}  # passages under the same headings hold the same heading terms
    out = []
    for hit, (first, last) in zip(hits, windows):
        head = reading.heading(hit.index)
        heading = in_heading.get(head)
        if heading is None:
            terms = {t[len(HEADING):] for t in hit.matched if t.startswith(HEADING)}
            heading = in_heading[head] = [word_found(m, terms, (head,)) for m in matchers]
        own = in_text[hit.index]
        near = own if first == last else [max(found) for found in zip(*(in_text[j] for j in range(first, last + 1)))]
        cover = window = on_heading = 0.0
        cover_of = window_of = heading_of = fixed  # what each is measured against
        for weight, o, n, h, extra in zip(weights, own, near, heading, optional):
            c, w = weight * (o if o > h else h), weight * (n if n > h else h)
            cover += c
            window += w
            on_heading += weight * h
            if extra:
                cover_of, window_of, heading_of = cover_of + c, window_of + w, heading_of + weight * h
        out.append(
            Evidence(
                hit=hit,
                bm25=hit.score / best,
                cover=cover / (cover_of or 1.0),
                window=window / (window_of or 1.0),
                heading=on_heading / (heading_of or 1.0),
                first=first,
                last=last,
            )
        )
    return out


_NONE: frozenset[str] = frozenset()


def document_cover(reading: Reading, query: Query, evidence: Evidence) -> float:
    """Share of the question found anywhere in the passage's document (headings included).

    Words its window holds are not looked for again."""
    index = reading.index
    span = index.document_passages(index.passage_document(evidence.id))
    start, end = span.start, span.stop
    terms: set[str] = set()
    for term in {t.term for t in query.terms}:
        if _held_within(index.postings(term), start, end):
            terms.add(term[len(HEADING):] if term.startswith(HEADING) else term)
    heading = reading.heading(start)
    near = "\x00".join(reading.normalized(j) for j in range(evidence.first, evidence.last + 1))
    whole: list[str] | None = None
    found = []
    for m in query.matchers:
        share = word_found(m, terms, (heading, near))
        if share < 1.0:
            if whole is None:  # the document's texts, read only when the window lacks a word
                whole = [heading, _document_text(reading, start, end)]
            share = word_found(m, terms, whole)
        found.append(share)
    return query.share(found)


def _held_within(postings: np.ndarray, start: int, end: int) -> bool:
    """Whether increasing ``postings`` hold a passage in ``start..end-1`` (binary search; a few
    as a list, cheaper than numpy's calls)."""
    if len(postings) <= FEW_POSTINGS:
        listed = postings.tolist()
        k = bisect_left(listed, start)
        return k < len(listed) and listed[k] < end
    k = int(postings.searchsorted(start))
    return k < len(postings) and int(postings[k]) < end


_DOCUMENT_TEXTS: weakref.WeakKeyDictionary[Index, OrderedDict[int, str]] = weakref.WeakKeyDictionary()
DOCUMENT_TEXTS_KEPT = 256
_DOCUMENT_TEXTS_LOCK = threading.Lock()


def document_text(reading: Reading, passage: int) -> str:
    """The matching forms of the passages of ``passage``'s document joined by NULs (its first
    :data:`DOCUMENT_SCAN`), remembered as :func:`document_cover` remembers them: what a check of
    "does the document write X anywhere" reads, once per document, at most that much."""
    span = reading.index.document_passages(reading.index.passage_document(passage))
    return _document_text(reading, span.start, span.stop)


def _document_text(reading: Reading, start: int, end: int) -> str:
    """A document's passages' matching forms joined (its first :data:`DOCUMENT_SCAN`),
    remembered for the most recent documents of each index."""
    with _DOCUMENT_TEXTS_LOCK:
        kept = _DOCUMENT_TEXTS.setdefault(reading.index, OrderedDict())
        text = kept.get(start)
        if text is not None:
            kept.move_to_end(start)
            return text
    text = "\x00".join(reading.index.normalized_texts(range(start, min(end, start + DOCUMENT_SCAN))))
    with _DOCUMENT_TEXTS_LOCK:
        kept[start] = text
        if len(kept) > DOCUMENT_TEXTS_KEPT:
            kept.popitem(last=False)
    return text


def unknown_share(reading: Reading, query: Query, evidence: Sequence[Evidence]) -> float:
    """Share of the question's weight the documents seem to lack: words no passage or heading
    holds, and names not written in any candidate."""
    index = reading.index
    texts: list[str] | None = None
    missing = []
    for word in query.words:
        if word.pos == "phrase":
            if texts is None:
                texts = []
                for ev in evidence:
                    texts.append(reading.heading(ev.id))
                    texts.extend(reading.normalized(j) for j in range(ev.first, ev.last + 1))
            known = any(word.variants[0] in t for t in texts)
        else:
            known = any(index.doc_freq(v) > 0 or index.doc_freq(HEADING + v) > 0 for v in word.variants)
            known = known or word.written_apart  # a form a passage writes: 县(市、区)
        missing.append(0.0 if known else 1.0)
    if query.optional:  # an optional word the documents lack is not missed
        missing = [0.0 if optional else m for m, optional in zip(missing, query.optional)]
    return query.share(missing)


def _found_in_texts(
    reading: Reading, query: Query, matchers: Sequence[Matcher], ids: Sequence[int]
) -> dict[int, list[float]]:
    """For each passage id, how much of each question word its text holds (:func:`word_found`
    for every pair, worked out per word: the index's postings say which passages hold a term,
    one scan of the texts joined says which hold a variant as written)."""
    holding = _holding_terms(reading.index, query, ids)
    position = {j: n for n, j in enumerate(ids)}
    texts = [reading.normalized(j) for j in ids]
    joined = "\x00".join(texts)
    starts = []
    offset = 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + 1

    def written(variant: str) -> set[int]:
        found: set[int] = set()
        at = joined.find(variant)
        while at != -1:
            n = bisect_right(starts, at) - 1
            found.add(n)
            at = joined.find(variant, starts[n + 1] if n + 1 < len(starts) else len(joined))
        return found

    table = [[0.0] * len(matchers) for _ in ids]
    for g, m in enumerate(matchers):
        if m.name is not None:
            parts = [holding.get(p, _NO_IDS) for p in m.parts]
            for n in range(len(ids)):
                if m.parts:
                    table[n][g] = NAME_PARTS * sum(n in part for part in parts) / len(m.parts)
            for n in written(m.name) | holding.get(m.name, _NO_IDS):
                table[n][g] = 1.0
            continue
        for variant, share, as_written in reversed(m.variants):  # the best share written last
            for n in (written(variant) if as_written else set()) | holding.get(variant, _NO_IDS):
                table[n][g] = max(table[n][g], share)
    return {j: table[position[j]] for j in ids}


_NO_IDS: frozenset[int] = frozenset()


def _holding_terms(index: Index, query: Query, ids: Sequence[int]) -> dict[str, set[int]]:
    """For each of the question's (text-field) terms, the positions in ``ids`` of the passages
    the index says hold it: a term's few postings looked up one by one, many by binary search."""
    out: dict[str, set[int]] = {}
    if not ids:
        return out
    position = {j: n for n, j in enumerate(ids)}
    wanted: np.ndarray | None = None
    for term in {t.term for t in query.terms if not t.term.startswith(HEADING)}:
        postings = index.postings(term)
        if len(postings) <= FEW_POSTINGS:
            hit = {position[j] for j in postings.tolist() if j in position}
        else:
            if wanted is None:
                wanted = np.asarray(ids, dtype=np.int64)
            found = postings.take(postings.searchsorted(wanted), mode="clip") == wanted
            hit = set(found.nonzero()[0].tolist())
        if hit:
            out[term] = hit
    return out
