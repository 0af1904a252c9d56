"""SparseBM25 scores exactly like rank_bm25, persists safely, and answers top-k correctly."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
import rank_bm25
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.errors import IndexBuildError
from index.bm25 import FORMAT_VERSION, BM25Params, SparseBM25, encode_passages

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "article.txt"
RTOL = 1e-9
ATOL = 1e-12

PARAMS = [
    BM25Params("okapi"),
    BM25Params("okapi", k1=1.2, b=0.5, epsilon=0.1),
    BM25Params("okapi", k1=2.0, b=1.0, epsilon=0.5),
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


def assert_top_k_matches(
    result: list[tuple[int, float]],
    ref_scores: np.ndarray,
    corpus: Sequence[Sequence[str]],
    query: Sequence[str],
    params: BM25Params,
    k: int,
) -> None:
    """``result`` is a valid top-k of ``ref_scores`` under the documented rules."""
    query_set = set(query)
    matching = [i for i, passage in enumerate(corpus) if query_set & set(passage)]
    if not matching:
        assert result == []
        return
    if params.variant == "plus":
        eligible = list(range(len(corpus)))  # non-matching passages all share the lowest score
    else:
        eligible = matching
    expected = sorted(eligible, key=lambda i: (-ref_scores[i], i))[:k]
    assert len(result) == len(expected)
    ids = [i for i, _ in result]
    assert len(set(ids)) == len(ids)
    assert set(ids) <= set(eligible)
    for (got_id, got_score), want_id in zip(result, expected):
        assert got_score == pytest.approx(ref_scores[got_id], rel=RTOL, abs=ATOL)
        assert got_score == pytest.approx(ref_scores[want_id], rel=RTOL, abs=ATOL)
    for (id_a, score_a), (id_b, score_b) in zip(result, result[1:]):
        assert score_a >= score_b
        if score_a == score_b:
            assert id_a < id_b, "ties must be broken by lower passage index"


@pytest.fixture(scope="module")
def article_corpus() -> list[list[str]]:
    """The test article segmented with jieba, one passage per non-empty line."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    lines = [line.strip() for line in ARTICLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [[token for token in jieba.lcut(line) if token.strip()] for line in lines]


@pytest.fixture(scope="module")
def zipf_corpus() -> list[list[str]]:
    """2,000 passages of Zipf-distributed words, plus words in more than half the passages
    (negative raw Okapi idf, so the epsilon floor is used)."""
    rng = np.random.default_rng(20240101)
    corpus = []
    for _ in range(2000):
        length = int(rng.integers(5, 80))
        words = [f"w{int(x)}" for x in rng.zipf(1.3, size=length) % 5000]
        if rng.random() < 0.8:
            words.append("的")
        if rng.random() < 0.6:
            words.extend(["是", "是"])
        rng.shuffle(words)
        corpus.append(words)
    return corpus


ARTICLE_QUERIES = [
    ["浙江", "主題", "教育"],
    ["浙江", "浙江", "黨員", "黨員", "黨員"],
    ["的", "學習", "從未見過的詞", "干部"],
    ["2023", "年", "萬名"],
    ["完全未知"],
    [],
]


@pytest.mark.parametrize("params", PARAMS, ids=repr)
def test_article_scores_equal_rank_bm25(article_corpus: list[list[str]], params: BM25Params) -> None:
    ref = reference(article_corpus, params)
    index = SparseBM25(article_corpus, params)
    for query in ARTICLE_QUERIES:
        ref_scores = ref.get_scores(query)
        np.testing.assert_allclose(index.get_scores(query), ref_scores, rtol=RTOL, atol=ATOL)
        for k in (1, 3, 10, len(article_corpus) + 5):
            assert_top_k_matches(index.top_k(query, k), ref_scores, article_corpus, query, params, k)


@pytest.mark.parametrize("params", PARAMS, ids=repr)
def test_zipf_scores_equal_rank_bm25(zipf_corpus: list[list[str]], params: BM25Params) -> None:
    ref = reference(zipf_corpus, params)
    index = SparseBM25(zipf_corpus, params)
    rng = np.random.default_rng(7)
    queries = [
        ["的", "是", "w1"],
        ["w3", "w3", "w17", "nope", "w17", "的"],
        ["是"],
        ["w4999", "w2500", "w1234"],
    ]
    queries += [[f"w{int(x)}" for x in rng.zipf(1.3, size=6) % 6000] for _ in range(6)]
    for query in queries:
        ref_scores = ref.get_scores(query)
        np.testing.assert_allclose(index.get_scores(query), ref_scores, rtol=RTOL, atol=ATOL)
        for k in (1, 5, 50):
            assert_top_k_matches(index.top_k(query, k), ref_scores, zipf_corpus, query, params, k)


def test_zipf_okapi_epsilon_floor_is_used(zipf_corpus: list[list[str]]) -> None:
    params = BM25Params("okapi", epsilon=0.3)
    ref = reference(zipf_corpus, params)
    index = SparseBM25(zipf_corpus, params)
    assert index.doc_freq("的") > len(zipf_corpus) / 2
    assert index.idf("的") == pytest.approx(ref.idf["的"], rel=RTOL)
    assert index.idf("的") == pytest.approx(0.3 * ref.average_idf, rel=RTOL)
    assert index.idf("是") == pytest.approx(index.idf("的"), rel=RTOL)


@pytest.mark.parametrize("params", PARAMS, ids=repr)
def test_statistics_match_rank_bm25(article_corpus: list[list[str]], params: BM25Params) -> None:
    ref = reference(article_corpus, params)
    index = SparseBM25(article_corpus, params)
    assert index.num_passages == ref.corpus_size
    assert index.avgdl == pytest.approx(ref.avgdl, rel=1e-15)
    assert index.passage_lengths.tolist() == ref.doc_len
    assert set(index.vocabulary) == set(ref.idf)
    for term, ref_idf in ref.idf.items():
        assert index.idf(term) == pytest.approx(ref_idf, rel=RTOL, abs=ATOL)
        assert index.doc_freq(term) == sum(term in doc for doc in ref.doc_freqs)
    assert index.idf("完全未知") == 0.0
    assert index.doc_freq("完全未知") == 0
    assert index.weight_matrix.shape == (len(ref.idf), ref.corpus_size)


words = st.sampled_from(["甲", "乙", "丙", "丁", "戊", "己", "庚"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    corpus=st.lists(st.lists(words, min_size=0, max_size=10), min_size=1, max_size=15).filter(
        lambda c: any(c)
    ),
    query=st.lists(st.one_of(words, st.just("未知")), min_size=0, max_size=6),
    variant=st.sampled_from(["okapi", "plus", "l"]),
    k1=st.floats(0.05, 3.0),
    b=st.floats(0.0, 0.95),
    epsilon=st.floats(0.0, 1.0),
    delta=st.floats(0.0, 2.0),
    k=st.integers(1, 20),
)
def test_property_equals_rank_bm25(
    corpus: list[list[str]],
    query: list[str],
    variant: str,
    k1: float,
    b: float,
    epsilon: float,
    delta: float,
    k: int,
) -> None:
    params = BM25Params(variant, k1=k1, b=b, epsilon=epsilon, delta=delta)  # type: ignore[arg-type]
    ref_scores = reference(corpus, params).get_scores(query)
    index = SparseBM25(corpus, params)
    np.testing.assert_allclose(index.get_scores(query), ref_scores, rtol=RTOL, atol=ATOL)
    assert_top_k_matches(index.top_k(query, k), ref_scores, corpus, query, params, k)


@pytest.mark.parametrize("variant", ["okapi", "l"])
def test_top_k_returns_only_matching_passages(zipf_corpus: list[list[str]], variant: str) -> None:
    index = SparseBM25(zipf_corpus, BM25Params(variant))  # type: ignore[arg-type]
    rare = sorted(t for t in index.vocabulary if 2 <= index.doc_freq(t) <= 4)
    query = [rare[0], rare[1], "nope", rare[2], rare[0]]
    matching = {i for i, p in enumerate(zipf_corpus) if set(query) & set(p)}
    assert 0 < len(matching) < 50
    result = index.top_k(query, 50)
    assert {i for i, _ in result} == matching


def test_okapi_negative_idf_top_k_keeps_to_matching_passages() -> None:
    """Documented: with a negative average IDF, matching passages may score below 0 and
    non-matching ones (score 0) are still not returned."""
    corpus = [["a", "b"], ["a", "b", "c"], ["a"], ["b", "a", "a"], ["c", "a"]]
    ref_scores = rank_bm25.BM25Okapi(corpus).get_scores(["b"])
    index = SparseBM25(corpus)
    assert index.idf("b") < 0
    result = index.top_k(["b"], 5)
    assert [i for i, _ in result] == [1, 3, 0]
    assert [s for _, s in result] == pytest.approx(ref_scores[[1, 3, 0]].tolist(), rel=RTOL)


def test_plus_top_k_fills_with_lowest_non_matching_passages() -> None:
    corpus = [["a"], ["b"], ["c", "x"], ["d"], ["x", "x"]]
    index = SparseBM25(corpus, BM25Params("plus"))
    ref_scores = reference(corpus, BM25Params("plus")).get_scores(["x"])
    result = index.top_k(["x"], 4)
    assert [i for i, _ in result] == [4, 2, 0, 1]
    assert [s for _, s in result] == pytest.approx(ref_scores[[4, 2, 0, 1]].tolist(), rel=RTOL)
    assert [i for i, _ in index.top_k(["x"], 2)] == [4, 2]
    assert len(index.top_k(["x"], 100)) == 5


@pytest.mark.parametrize("params", PARAMS, ids=repr)
def test_empty_and_unknown_queries(article_corpus: list[list[str]], params: BM25Params) -> None:
    index = SparseBM25(article_corpus, params)
    assert index.top_k([], 5) == []
    assert index.top_k(["完全未知", "另一個未知"], 5) == []
    assert index.top_k(["浙江"], 0) == []
    assert not index.get_scores([]).any()
    assert index.get_scores([]).shape == (len(article_corpus),)
    with pytest.raises(ValueError):
        index.top_k(["浙江"], -1)
    with pytest.raises(TypeError):
        index.top_k("浙江", 3)


def test_ties_broken_by_lower_index() -> None:
    corpus = [["z"], ["a", "b"], ["q"], ["a", "b"], ["a", "b"], ["b", "a"]]
    index = SparseBM25(corpus)
    assert [i for i, _ in index.top_k(["a"], 3)] == [1, 3, 4]
    assert [i for i, _ in index.top_k(["a", "b"], 10)] == [1, 3, 4, 5]


def test_params_defaults_and_validation() -> None:
    assert BM25Params("plus").delta == 1.0
    assert BM25Params("l").delta == 0.5
    assert BM25Params().variant == "okapi" and BM25Params().k1 == 1.5 and BM25Params().b == 0.75
    assert BM25Params.from_dict(BM25Params("l", k1=1.1).to_dict()) == BM25Params("l", k1=1.1)
    for bad in (
        {"variant": "bm11"},
        {"k1": -1.0},
        {"b": 1.5},
        {"delta": -0.1},
        {"k1": float("nan")},
        {"epsilon": "0.2"},
    ):
        with pytest.raises(ValueError):
            BM25Params(**bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        BM25Params.from_dict({"variant": "okapi", "k3": 1})


def test_build_from_token_ids_equals_build_from_tokens(zipf_corpus: list[list[str]]) -> None:
    params = BM25Params("okapi", epsilon=0.2)
    direct = SparseBM25(zipf_corpus, params)
    encoded = encode_passages(zipf_corpus)
    from_ids = SparseBM25.from_token_ids(encoded.vocabulary, encoded.ids, encoded.offsets, params)
    per_passage = [
        encoded.ids[encoded.offsets[i] : encoded.offsets[i + 1]] for i in range(encoded.num_passages)
    ]
    from_arrays = SparseBM25.from_id_arrays(encoded.vocabulary, per_passage, params)
    # A vocabulary with extra, unused terms (in another order) gives the same scores.
    extra_vocab = ["unused-1", *encoded.vocabulary, "unused-2"]
    from_superset = SparseBM25.from_token_ids(extra_vocab, encoded.ids + 1, encoded.offsets, params)
    assert "unused-1" not in from_superset.vocabulary
    assert encoded.to_tokens() == zipf_corpus
    for query in (["的", "w1", "w1"], ["w20", "是", "nope"]):
        expected = direct.get_scores(query)
        for other in (from_ids, from_arrays, from_superset):
            np.testing.assert_allclose(other.get_scores(query), expected, rtol=RTOL, atol=ATOL)
            assert other.top_k(query, 7) == direct.top_k(query, 7)


def test_bad_token_ids_are_refused() -> None:
    with pytest.raises(IndexBuildError):
        SparseBM25.from_token_ids(["a"], np.array([0, 1], dtype=np.int32), np.array([0, 2]))
    with pytest.raises(IndexBuildError):
        SparseBM25.from_token_ids(["a"], np.array([0, 0], dtype=np.int32), np.array([0, 3]))
    with pytest.raises(IndexBuildError):
        SparseBM25.from_token_ids(["a", "a"], np.array([0, 1], dtype=np.int32), np.array([0, 2]))
    with pytest.raises(TypeError):
        SparseBM25(["not tokenised"])


def test_empty_collections_score_zero() -> None:
    for corpus in ([], [[], []]):
        for variant in ("okapi", "plus", "l"):
            index = SparseBM25(corpus, BM25Params(variant))  # type: ignore[arg-type]
            assert index.num_passages == len(corpus)
            assert index.get_scores(["a"]).tolist() == [0.0] * len(corpus)
            assert index.top_k(["a"], 3) == []


@pytest.mark.parametrize("params", [BM25Params("okapi"), BM25Params("plus"), BM25Params("l")], ids=repr)
def test_extended_equals_rebuild(zipf_corpus: list[list[str]], params: BM25Params) -> None:
    base = SparseBM25(zipf_corpus[:1500], params)
    extra = zipf_corpus[1500:] + [["brand-new", "的", "brand-new"]]
    grown = base.extended(extra)
    rebuilt = SparseBM25(zipf_corpus[:1500] + extra, params)
    assert grown.num_passages == rebuilt.num_passages
    assert base.num_passages == 1500  # the original is untouched
    for query in (["的", "w5", "brand-new"], ["是", "w2", "w2"], ["brand-new"]):
        np.testing.assert_allclose(grown.get_scores(query), rebuilt.get_scores(query), rtol=RTOL, atol=ATOL)
        assert [i for i, _ in grown.top_k(query, 10)] == [i for i, _ in rebuilt.top_k(query, 10)]
    assert grown.doc_freq("brand-new") == 1


def test_with_params_equals_fresh_build(article_corpus: list[list[str]]) -> None:
    base = SparseBM25(article_corpus, BM25Params("okapi"))
    for params in PARAMS:
        query = ["浙江", "黨員", "黨員"]
        np.testing.assert_array_equal(
            base.with_params(params).get_scores(query), SparseBM25(article_corpus, params).get_scores(query)
        )


# ---------------------------------------------------------------------- persistence


@pytest.mark.parametrize("params", [BM25Params("okapi", k1=1.3), BM25Params("plus"), BM25Params("l")], ids=repr)
def test_save_load_round_trip(tmp_path: Path, zipf_corpus: list[list[str]], params: BM25Params) -> None:
    index = SparseBM25(zipf_corpus, params)
    index.save(tmp_path / "idx")
    loaded = SparseBM25.load(tmp_path / "idx")
    assert loaded.params == params
    assert loaded.num_passages == index.num_passages
    assert dict(loaded.vocabulary) == dict(index.vocabulary)
    assert loaded.avgdl == index.avgdl
    np.testing.assert_array_equal(loaded.passage_lengths, index.passage_lengths)
    for query in (["的", "w1", "w1"], ["w7", "是", "nope"], []):
        np.testing.assert_array_equal(loaded.get_scores(query), index.get_scores(query))
        assert loaded.top_k(query, 10) == index.top_k(query, 10)


def test_saved_files_need_no_pickle(tmp_path: Path, article_corpus: list[list[str]]) -> None:
    SparseBM25(article_corpus).save(tmp_path)
    header = json.loads((tmp_path / "header.json").read_text(encoding="utf-8"))
    assert header["format_version"] == FORMAT_VERSION
    assert header["num_passages"] == len(article_corpus)
    data_files = list(tmp_path.glob("*.npz"))
    assert [p.name for p in data_files] == [header["data_file"]]
    with np.load(data_files[0], allow_pickle=False) as npz:
        for name in npz.files:
            assert npz[name].dtype != object
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["header.json", header["data_file"]])


def test_second_save_replaces_the_first(tmp_path: Path, article_corpus: list[list[str]]) -> None:
    SparseBM25(article_corpus[:5]).save(tmp_path)
    SparseBM25(article_corpus).save(tmp_path)
    assert len(list(tmp_path.glob("*.npz"))) == 1
    assert SparseBM25.load(tmp_path).num_passages == len(article_corpus)


def _saved(tmp_path: Path, corpus: list[list[str]]) -> tuple[dict, Path]:
    SparseBM25(corpus).save(tmp_path)
    header = json.loads((tmp_path / "header.json").read_text(encoding="utf-8"))
    return header, tmp_path / header["data_file"]


def test_load_refuses_other_format_version(tmp_path: Path, article_corpus: list[list[str]]) -> None:
    header, _ = _saved(tmp_path, article_corpus)
    header["format_version"] = FORMAT_VERSION + 1
    (tmp_path / "header.json").write_text(json.dumps(header), encoding="utf-8")
    with pytest.raises(IndexBuildError, match="format_version"):
        SparseBM25.load(tmp_path)


def test_load_refuses_truncated_data(tmp_path: Path, article_corpus: list[list[str]]) -> None:
    _, data = _saved(tmp_path, article_corpus)
    data.write_bytes(data.read_bytes()[:-100])
    with pytest.raises(IndexBuildError, match="truncated"):
        SparseBM25.load(tmp_path)


def test_load_refuses_corrupt_data(tmp_path: Path, article_corpus: list[list[str]]) -> None:
    _, data = _saved(tmp_path, article_corpus)
    blob = bytearray(data.read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    data.write_bytes(bytes(blob))
    with pytest.raises(IndexBuildError, match="corrupt"):
        SparseBM25.load(tmp_path)


def test_load_refuses_inconsistent_arrays(tmp_path: Path, article_corpus: list[list[str]]) -> None:
    """Arrays that pass the checksum (rewritten with a fresh header) but are not an index."""
    index = SparseBM25(article_corpus)
    index.save(tmp_path)
    header = json.loads((tmp_path / "header.json").read_text(encoding="utf-8"))
    data = tmp_path / header["data_file"]
    with np.load(data, allow_pickle=False) as npz:
        arrays = {name: npz[name].copy() for name in npz.files}
    arrays["indices"][0] = len(article_corpus) + 10
    np.savez(data, allow_pickle=False, **arrays)
    header.pop("data_sha256")
    header["data_bytes"] = data.stat().st_size
    (tmp_path / "header.json").write_text(json.dumps(header), encoding="utf-8")
    with pytest.raises(IndexBuildError, match="not a valid BM25 index"):
        SparseBM25.load(tmp_path)


def test_load_refuses_missing_and_malformed(tmp_path: Path) -> None:
    with pytest.raises(IndexBuildError, match="no BM25 index header"):
        SparseBM25.load(tmp_path / "nothing-here")
    tmp_path.joinpath("header.json").write_text('{"format": "zh-news-qa-bot/sparse-bm25", "form', encoding="utf-8")
    with pytest.raises(IndexBuildError, match="not valid JSON"):
        SparseBM25.load(tmp_path)
    tmp_path.joinpath("header.json").write_text('{"format": "something-else"}', encoding="utf-8")
    with pytest.raises(IndexBuildError, match="not a BM25 index"):
        SparseBM25.load(tmp_path)


def test_save_to_unwritable_place_raises_index_build_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(IndexBuildError):
        SparseBM25([["a"]]).save(blocker / "idx")
