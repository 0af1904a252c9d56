"""Building the index with the cache: warm starts, additions, changes and removals segment only what changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from corpus.loader import load_corpus
from index.build import build_index
from index.search import IndexSettings, QueryTerm
from index.tokenizer import Tokenizer
from tests.conftest import DATA, ROOT


class CountingTokenizer(Tokenizer):
    """A real tokenizer that counts the passages it segments."""

    def __init__(self, user_words: list[str]) -> None:
        super().__init__(user_words)
        self.segmented = 0

    def tokens(self, text: str) -> list[str]:
        self.segmented += 1
        return super().tokens(text)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(ROOT / "corpus" / "documents" / "zhejiang-theme-education.txt", folder / "a.txt")
    return folder


def _build(folder: Path, cache: Path | None, tokenizer: CountingTokenizer):
    return build_index(load_corpus(folder), IndexSettings(), tokenizer=tokenizer, cache_dir=cache)


def _scores(index, question: str) -> list[tuple[str, float]]:
    terms = [QueryTerm(t) for t in index.tokenizer.query_terms(question)]
    return [(h.passage.key, round(h.score, 9)) for h in index.search(terms, 10)]


def test_warm_start_segments_nothing_and_scores_the_same(corpus: Path, tmp_path: Path) -> None:
    words = ["共富工坊"]
    cold = CountingTokenizer(words)
    first = _build(corpus, tmp_path / "cache", cold)
    assert cold.segmented == first.num_passages
    warm = CountingTokenizer(words)
    second = _build(corpus, tmp_path / "cache", warm)
    assert warm.segmented == 0
    assert _scores(first, "全省共打造了多少家共富工坊") == _scores(second, "全省共打造了多少家共富工坊")


def test_added_document_is_the_only_one_segmented(corpus: Path, tmp_path: Path) -> None:
    words = ["共富工坊"]
    _build(corpus, tmp_path / "cache", CountingTokenizer(words))
    (corpus / "b.txt").write_text("新文件\n今年全省新建了123家共富工坊。\n", encoding="utf-8")
    tok = CountingTokenizer(words)
    index = _build(corpus, tmp_path / "cache", tok)
    assert tok.segmented == 1
    fresh = _build(corpus, None, CountingTokenizer(words))
    # The same passages and the same BM25 scores as a fresh build.
    assert sorted(p.key for p in index.passages) == sorted(p.key for p in fresh.passages)
    assert _scores(index, "新建了多少家共富工坊") == _scores(fresh, "新建了多少家共富工坊")


def test_changed_and_removed_documents(corpus: Path, tmp_path: Path) -> None:
    words = ["共富工坊"]
    (corpus / "b.txt").write_text("新文件\n今年新建了123家工坊。\n", encoding="utf-8")
    _build(corpus, tmp_path / "cache", CountingTokenizer(words))
    (corpus / "b.txt").write_text("新文件\n今年新建了456家工坊。\n", encoding="utf-8")
    tok = CountingTokenizer(words)
    index = _build(corpus, tmp_path / "cache", tok)
    assert tok.segmented == 1
    assert any("456家" in p.text for p in index.passages)
    (corpus / "b.txt").unlink()
    tok = CountingTokenizer(words)
    index = _build(corpus, tmp_path / "cache", tok)
    assert tok.segmented == 0
    assert not any("456家" in p.text for p in index.passages)
    assert np.isclose(index.bm25.avgdl, _build(corpus, None, CountingTokenizer(words)).bm25.avgdl)


def test_a_new_user_dictionary_invalidates_the_cache(corpus: Path, tmp_path: Path) -> None:
    _build(corpus, tmp_path / "cache", CountingTokenizer(["共富工坊"]))
    tok = CountingTokenizer(["共富工坊", "八八战略"])
    index = _build(corpus, tmp_path / "cache", tok)
    assert tok.segmented == index.num_passages


def test_corrupt_snapshot_is_rebuilt_not_trusted(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _build(corpus, cache, CountingTokenizer(["共富工坊"]))
    for npz in cache.rglob("*.npz"):
        npz.write_bytes(b"garbage")
    tok = CountingTokenizer(["共富工坊"])
    again = _build(corpus, cache, tok)
    assert _scores(first, "共富工坊") == _scores(again, "共富工坊")


def test_article_copy_in_tests_data_matches_the_corpus_text() -> None:
    corpus_text = (ROOT / "corpus" / "documents" / "zhejiang-theme-education.txt").read_text(encoding="utf-8")
    article = (DATA / "article.txt").read_text(encoding="utf-8")
    assert article.splitlines()[2] in corpus_text
