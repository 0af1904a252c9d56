"""BM25 from the store scores exactly like rank_bm25, and a segmented index with deletion marks
scores exactly (to the bit) like one built from the live passages alone."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
import rank_bm25
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.bm25 import BM25Params
from index.bm25.score import absent_term_score, pair_weights
from index.bm25 import topk
from index.bm25.topk import top_k
from index.search import scored_postings
from index.store.assemble import assemble, make_chunk
from index.store.segment import Segment, SegmentWriter
from index.store.segments import LiveSegment, SegmentSet

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "article.txt"
RTOL = 1e-9

PARAMS = [
    BM25Params("okapi"),
    BM25Params("okapi", k1=1.2, b=0.5, epsilon=0.1),
    BM25Params("plus"),
    BM25Params("plus", k1=0.9, b=0.4, delta=0.5),
    BM25Params("l"),
    BM25Params("l", k1=1.2, b=0.9, delta=1.0),
]


def reference(corpus: Sequence[Sequence[str]], params: BM25Params) -> rank_bm25.BM25:
    """The rank_bm25 model that defines the scores for ``params``."""
    if params.variant == "okapi":
        return rank_bm25.BM25Okapi(corpus, k1=params.k1, b=params.b, epsilon=params.epsilon)
    if params.variant == "plus":
        return rank_bm25.BM25Plus(corpus, k1=params.k1, b=params.b, delta=params.delta)
    return rank_bm25.BM25L(corpus, k1=params.k1, b=params.b, delta=params.delta)


def segment_of(docs: Sequence[Sequence[Sequence[str]]], first: int = 0) -> Segment:
    """A segment of documents given as token lists per passage (named doc-<n>)."""
    records = [{"name": f"doc-{first + i:04d}", "title": "t", "fingerprint": "0" * 64, "named": []}
               for i in range(len(docs))]
    rows = [(1, j, None, "x", "x", list(p)) for d in docs for j, p in enumerate(d)]
    chunk = make_chunk(records, rows, [len(d) for d in docs])
    return assemble(lambda: iter([chunk]), SegmentWriter(None))


def single(docs: Sequence[Sequence[Sequence[str]]]) -> SegmentSet:
    return SegmentSet([LiveSegment(segment_of(docs))], np.zeros(len(docs), np.int32), np.arange(len(docs)))


def search(index: SegmentSet, query: Sequence[str], params: BM25Params, k: int,
           weighted: Sequence[float] = ()) -> list[tuple[int, float]]:
    """What Index.search computes: duplicate terms add their weights (1.0, or ``weighted``), top k
    by score then id."""
    stats = index.stats(okapi=params.variant == "okapi")
    weights: dict[str, float] = {}
    for n, term in enumerate(query):
        if index.term(term).df:
            weights[term] = weights.get(term, 0.0) + (weighted[n] if weighted else 1.0)
    terms, constant = [], 0.0
    # the weights as Index.search gets them: Okapi's and Plus's by (tf, length) pair
    pairs = [pair_weights(part.segment.pair_tf, part.segment.pair_length, stats, params) for part in index.parts]
    for term, weight in weights.items():
        postings = scored_postings(index, term, stats, params, pairs=pairs if pairs[0] is not None else None)
        terms.append((postings, weight))
        constant += weight * absent_term_score(postings.idf, params)
    ranked = top_k(terms, index.num_passages, k, constant)
    return list(zip(ranked.ids.tolist(), ranked.scores.tolist()))


def assert_matches_reference(corpus: list[list[str]], index: SegmentSet, params: BM25Params,
                             queries: list[list[str]], k: int = 10) -> None:
    ref = reference(corpus, params)
    for query in queries:
        expected = ref.get_scores(query)
        got = search(index, query, params, k)
        holding = [i for i, p in enumerate(corpus) if set(query) & set(p)]
        order = sorted(holding, key=lambda i: (-expected[i], i))[:k]
        assert [i for i, _ in got] == order or all(
            expected[i] == pytest.approx(expected[j], rel=RTOL) for (i, _), j in zip(got, order)
        ), query
        for i, score in got:
            assert score == pytest.approx(expected[i], rel=RTOL, abs=1e-12)


@pytest.fixture(scope="module")
def article_corpus() -> list[list[str]]:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    lines = [line.strip() for line in ARTICLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [[token for token in jieba.lcut(line) if token.strip()] for line in lines]


@pytest.fixture(scope="module")
def zipf_corpus() -> list[list[str]]:
    """2,000 passages of Zipf-distributed words, and words in more than half of them (so the
    Okapi epsilon floor is used)."""
    rng = np.random.default_rng(20240101)
    corpus = []
    for _ in range(2000):
        words = [f"w{int(x)}" for x in rng.zipf(1.3, size=int(rng.integers(5, 80))) % 5000]
        if rng.random() < 0.8:
            words.append("的")
        if rng.random() < 0.6:
            words.extend(["是", "是"])
        rng.shuffle(words)
        corpus.append(words)
    return corpus


def zipf_queries() -> list[list[str]]:
    rng = np.random.default_rng(7)
    queries = [["的", "是", "w1"], ["w3", "w3", "w17", "nope", "w17", "的"], ["是"], ["w4999", "w2500", "w1234"]]
    return queries + [[f"w{int(x)}" for x in rng.zipf(1.3, size=6) % 6000] for _ in range(8)]


@pytest.mark.parametrize("params", PARAMS, ids=repr)
def test_article_scores_equal_rank_bm25(article_corpus: list[list[str]], params: BM25Params) -> None:
    queries = [["浙江", "主題", "教育"], ["浙江", "浙江", "黨員", "黨員"], ["的", "學習", "從未見過的詞", "干部"],
               ["2023", "年", "萬名"], ["完全未知"], []]
    index = single([[p] for p in article_corpus])
    assert_matches_reference(article_corpus, index, params, queries, k=len(article_corpus))


@pytest.mark.parametrize("params", PARAMS, ids=repr)
def test_zipf_scores_equal_rank_bm25(zipf_corpus: list[list[str]], params: BM25Params) -> None:
    index = single([zipf_corpus[i : i + 20] for i in range(0, len(zipf_corpus), 20)])
    assert_matches_reference(zipf_corpus, index, params, zipf_queries(), k=30)


ADDED_NAMES = {"between": "doc-{:04d}x", "after": "zz-{:04d}", "before": "aa-{:04d}"}


def segmented(docs: list[list[list[str]]], deleted: set[int], added: list[list[list[str]]],
              where: str = "between") -> SegmentSet:
    """``docs`` in one segment with ``deleted`` marked, ``added`` in a second; documents are
    named so that the added ones sort between the old ones (the index order interleaves them),
    or ``where="after"``/``"before"`` all of them."""
    main = segment_of(docs)
    extra = [{"name": ADDED_NAMES[where].format(2 * i + 1)} for i in range(len(added))]
    second = segment_of(added)
    for record, new in zip(second.docs, extra):
        record.update(new)
    live_df = np.diff(main.indptr).copy()
    for d in deleted:
        for passage in docs[d]:
            for term in set(passage):
                live_df[main.vocabulary.row(term)] -= 1
    names = [(main.docs[i]["name"], 0, i) for i in range(len(docs)) if i not in deleted]
    names += [(second.docs[i]["name"], 1, i) for i in range(len(added))]
    names.sort()
    return SegmentSet(
        [LiveSegment(main, frozenset(deleted), live_df), LiveSegment(second)],
        np.array([s for _, s, _ in names]), np.array([i for _, _, i in names]),
    )


@pytest.mark.parametrize("params", PARAMS, ids=repr)
def test_segments_with_deletions_score_exactly_like_a_fresh_build(zipf_corpus: list[list[str]], params: BM25Params) -> None:
    docs = [zipf_corpus[i : i + 20] for i in range(0, 1600, 20)]
    added = [zipf_corpus[i : i + 20] for i in range(1600, 2000, 20)]
    deleted = {3, 10, 11, 40, 79}
    index = segmented(docs, deleted, added)
    # The live documents in index (name) order, built as one segment from scratch.
    order = sorted([(f"doc-{i:04d}", docs[i]) for i in range(len(docs)) if i not in deleted]
                   + [(f"doc-{2 * i + 1:04d}x", d) for i, d in enumerate(added)])
    live = [d for _, d in order]
    fresh = single(live)
    assert index.num_passages == fresh.num_passages
    assert index.stats(True) == fresh.stats(True)
    for query in zipf_queries():
        assert search(index, query, params, 30) == search(fresh, query, params, 30)  # to the bit
        assert index.term(query[0]).df == fresh.term(query[0]).df
    assert_matches_reference([p for d in live for p in d], index, params, zipf_queries(), k=30)


@pytest.mark.parametrize("where", ["between", "after", "before"])
def test_segmented_postings_are_a_fresh_builds(zipf_corpus: list[list[str]], where: str) -> None:
    """A term's postings over two segments come out in index order, with the same dtypes, whether
    the added segment's passages interleave with the others (a merge) or follow or precede them
    all (put end to end)."""
    docs = [zipf_corpus[i : i + 20] for i in range(0, 1600, 20)]
    added = [zipf_corpus[i : i + 20] for i in range(1600, 2000, 20)]
    deleted = {3, 10, 11, 40, 79}
    index = segmented(docs, deleted, added, where)
    names = [(f"doc-{i:04d}", docs[i]) for i in range(len(docs)) if i not in deleted]
    fresh = single([d for _, d in sorted(names + [(ADDED_NAMES[where].format(2 * i + 1), d)
                                                   for i, d in enumerate(added)])])
    terms = sorted({t for doc in docs + added for passage in doc for t in passage})
    assert sum(1 for t in terms if min(index.term(t).rows) >= 0) > 100  # many terms in both segments
    for term in terms:
        got, expected = index.postings(term), fresh.postings(term)
        for mine, theirs in zip(got, expected):
            assert np.array_equal(mine, theirs), term
            assert mine.dtype == theirs.dtype or not len(mine), term  # (a term deleted everywhere: empty)
    for query in zipf_queries():
        assert search(index, query, BM25Params("plus"), 30) == search(fresh, query, BM25Params("plus"), 30)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    corpus=st.lists(st.lists(st.sampled_from(list("abcdefgh")), min_size=1, max_size=12), min_size=2, max_size=30),
    query=st.lists(st.sampled_from(list("abcdefghz")), min_size=1, max_size=5),
    k=st.integers(1, 8),
)
def test_property_top_k_equals_rank_bm25(corpus: list[list[str]], query: list[str], k: int) -> None:
    for params in (BM25Params("plus"), BM25Params("l")):
        assert_matches_reference(corpus, single([[p] for p in corpus]), params, [query], k=k)


def test_pruned_top_k_equals_every_posting_to_the_bit(zipf_corpus: list[list[str]],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """MaxScore (used for queries with many postings) finds the same passages with the same
    scores, to the bit, as adding up every posting -- with weighted and repeated terms, any k."""
    index = single([zipf_corpus[i : i + 20] for i in range(0, len(zipf_corpus), 20)])
    rng = np.random.default_rng(3)
    cases = [(q, [float(w) for w in rng.uniform(0.1, 3.0, len(q))], k)
             for q in zipf_queries() + [["的", "是", "w2", "w3", "w5", "w8", "w1", "是"]] for k in (1, 7, 30, 500)]
    for params in (BM25Params("plus"), BM25Params("l"), BM25Params("okapi", epsilon=0.5)):
        monkeypatch.setattr(topk, "EVERY_POSTING", 1 << 40)
        every = [search(index, q, params, k, w) for q, w, k in cases]
        monkeypatch.setattr(topk, "EVERY_POSTING", 0)
        pruned = [search(index, q, params, k, w) for q, w, k in cases]
        assert pruned == every
        assert any(len(found) > 1 for found in pruned)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    corpus=st.lists(st.lists(st.sampled_from(list("abcdefgh")), min_size=1, max_size=12), min_size=2, max_size=40),
    query=st.lists(st.tuples(st.sampled_from(list("abcdefghz")), st.floats(0.05, 4.0)), min_size=1, max_size=6),
    k=st.integers(1, 8),
)
def test_property_pruned_top_k_equals_every_posting(corpus: list[list[str]], query: list[tuple[str, float]], k: int,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    index = single([[p] for p in corpus])
    terms, weights = [t for t, _ in query], [w for _, w in query]
    for params in (BM25Params("plus"), BM25Params("l")):
        monkeypatch.setattr(topk, "EVERY_POSTING", 1 << 40)
        every = search(index, terms, params, k, weights)
        monkeypatch.setattr(topk, "EVERY_POSTING", 0)
        assert search(index, terms, params, k, weights) == every


def test_params_defaults_and_validation() -> None:
    assert BM25Params("plus").delta == 1.0 and BM25Params("l").delta == 0.5
    assert BM25Params.from_dict(BM25Params("okapi", k1=1.2).to_dict()) == BM25Params("okapi", k1=1.2)
    for bad in ({"variant": "x"}, {"k1": -1}, {"b": 2}, {"delta": -1}, {"k1": float("nan")}, {"b": True}):
        with pytest.raises(ValueError):
            BM25Params(**bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        BM25Params.from_dict({"variant": "plus", "bogus": 1})
