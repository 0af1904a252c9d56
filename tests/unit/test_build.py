"""Building the index with the cache: warm starts, additions, changes and removals segment only what changed.

That includes the user dictionary (the corpus's named terms): a document that quotes a new term,
or the removal of the only document that quoted one, re-segments only the documents containing
that term, and the index equals a fresh build without any cache.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from corpus.loader import load_corpus
from corpus.passages import split_document
from index import build as index_build
from index.build import build_index
from index.search import Index, IndexSettings, QueryTerm
from index.tokenizer import Tokenizer, extract_named_terms
from tests.conftest import DATA, ROOT


class CountingTokenizer(Tokenizer):
    """A real tokenizer that counts the passages it segments (and which)."""

    def __init__(self, user_words: list[str]) -> None:
        super().__init__(user_words)
        self.segmented = 0
        self.texts: list[str] = []

    def normalized_tokens(self, text: str) -> tuple[str, list[str]]:
        self.segmented += 1
        self.texts.append(text)
        return super().normalized_tokens(text)


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


def test_a_changed_user_dictionary_resegments_only_documents_containing_a_changed_word(
    corpus: Path, tmp_path: Path
) -> None:
    (corpus / "b.txt").write_text("新文件\n今年新建了123家工坊。\n", encoding="utf-8")
    first = _build(corpus, tmp_path / "cache", CountingTokenizer(["共富工坊"]))
    article = sum(1 for p in first.passages if p.doc == "a.txt")
    tok = CountingTokenizer(["共富工坊", "八八战略"])  # in the article, not in b.txt
    index = _build(corpus, tmp_path / "cache", tok)
    assert tok.segmented == article
    assert_same_index(index, _build(corpus, None, CountingTokenizer(["共富工坊", "八八战略"])))
    tok = CountingTokenizer(["共富工坊", "八八战略", "青创农场"])  # in no document
    _build(corpus, tmp_path / "cache", tok)
    assert tok.segmented == 0


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


# ----------------------------------------------------------------- user dictionary changes

NEW_TERM = "青创农场"  # not in jieba's dictionary: it changes the segmentation of texts holding it
MENTIONS = f"青年创业\n今年全省{NEW_TERM}吸纳了300名青年，{NEW_TERM}带动增收。\n"
UNRELATED = "其他文件\n今年全省新建了123家农场，吸纳了300名青年。\n"
QUOTES = f"新文件\n全省“{NEW_TERM}”已达1200家，带动青年就业。\n"


def _build_named(folder: Path, cache: Path | None) -> tuple[Index, CountingTokenizer]:
    """Build as the bot does: the user words are the corpus's named terms."""
    documents = load_corpus(folder)
    tokenizer = CountingTokenizer(extract_named_terms(line for d in documents for line in d.lines))
    return build_index(documents, IndexSettings(), tokenizer=tokenizer, cache_dir=cache), tokenizer


def _passages_of(folder: Path, *names: str) -> int:
    return sum(len(split_document(d)) for d in load_corpus(folder) if d.name in names)


def _weights(index: Index) -> dict[tuple[str, str], float]:
    """Every (passage, term) BM25 weight of the index, by passage key and term."""
    matrix = index.bm25.weight_matrix.tocoo()
    terms = index.bm25.terms
    return {
        (index.passages[int(p)].key, terms[int(t)]): float(w)
        for t, p, w in zip(matrix.row, matrix.col, matrix.data)
    }


def assert_same_index(index: Index, fresh: Index) -> None:
    """The same passages and the same BM25 scores for every query (passage order aside)."""
    assert index.tokenizer.user_words == fresh.tokenizer.user_words
    assert sorted(p.key for p in index.passages) == sorted(p.key for p in fresh.passages)
    lengths = dict(zip((p.key for p in index.passages), index.bm25.passage_lengths.tolist()))
    assert lengths == dict(zip((p.key for p in fresh.passages), fresh.bm25.passage_lengths.tolist()))
    assert index.bm25.avgdl == pytest.approx(fresh.bm25.avgdl, rel=1e-12)
    mine, theirs = _weights(index), _weights(fresh)
    assert mine.keys() == theirs.keys()
    assert all(mine[k] == pytest.approx(theirs[k], rel=1e-12) for k in theirs)


@pytest.mark.parametrize("mentioned", [True, False], ids=["term-in-a-cached-document", "term-nowhere-else"])
def test_added_document_quoting_a_new_term(corpus: Path, tmp_path: Path, mentioned: bool) -> None:
    cache = tmp_path / "cache"
    (corpus / "c.txt").write_text(MENTIONS if mentioned else UNRELATED, encoding="utf-8")
    (corpus / "d.txt").write_text(UNRELATED, encoding="utf-8")
    _, cold = _build_named(corpus, cache)
    assert NEW_TERM not in cold.user_words
    (corpus / "b.txt").write_text(QUOTES, encoding="utf-8")
    index, tok = _build_named(corpus, cache)
    assert NEW_TERM in tok.user_words
    # Only the new document and the cached ones containing the new term are segmented.
    expected = _passages_of(corpus, "b.txt", "c.txt") if mentioned else _passages_of(corpus, "b.txt")
    assert tok.segmented == expected
    assert all(NEW_TERM in text for text in tok.texts)
    fresh, _ = _build_named(corpus, None)
    assert_same_index(index, fresh)
    assert _scores(index, f"{NEW_TERM}有多少家") == _scores(fresh, f"{NEW_TERM}有多少家")
    # And the next start is warm again.
    _, warm = _build_named(corpus, cache)
    assert warm.segmented == 0


def test_removed_document_that_quoted_a_term(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (corpus / "b.txt").write_text(QUOTES, encoding="utf-8")
    (corpus / "c.txt").write_text(MENTIONS, encoding="utf-8")
    (corpus / "d.txt").write_text(UNRELATED, encoding="utf-8")
    _, cold = _build_named(corpus, cache)
    assert NEW_TERM in cold.user_words
    (corpus / "b.txt").unlink()
    index, tok = _build_named(corpus, cache)
    assert NEW_TERM not in tok.user_words
    assert tok.segmented == _passages_of(corpus, "c.txt")  # the only document still containing it
    assert all(NEW_TERM in text for text in tok.texts)
    assert_same_index(index, _build_named(corpus, None)[0])
    _, warm = _build_named(corpus, cache)
    assert warm.segmented == 0


@pytest.mark.parametrize("max_old", [0, 8])
def test_a_sequence_of_dictionary_changes_stays_exact(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, max_old: int
) -> None:
    """Add, add, remove, change: after every step the cached index equals a fresh one, and
    the registry of word sets stays small (entries still valid under older word sets are
    re-recorded under the current one once they refer to more than ``max_old`` sets)."""
    monkeypatch.setattr(index_build, "MAX_OLD_WORD_SETS", max_old)
    cache = tmp_path / "cache"
    steps = [
        ("b.txt", QUOTES),
        ("c.txt", MENTIONS),
        ("e.txt", "又一文件\n“一类事”和“青年创业”都提到了。\n"),
        ("b.txt", None),
        ("c.txt", UNRELATED),
        ("e.txt", None),
    ]
    _build_named(corpus, cache)
    for name, text in steps:
        if text is None:
            (corpus / name).unlink()
        else:
            (corpus / name).write_text(text, encoding="utf-8")
        index, _ = _build_named(corpus, cache)
        assert_same_index(index, _build_named(corpus, None)[0])
        sets = len(list((cache / "wordsets").glob("*.json")))
        assert 1 <= sets <= max_old + 1
    if max_old == 0:
        assert sets == 1
    # Every entry left refers to a recorded word set.
    for tok in (cache / "tokens").glob("*/*.tok"):
        blob = tok.read_bytes()
        header = json.loads(blob[12 : 12 + int.from_bytes(blob[8:12], "little")])
        assert (cache / "wordsets" / f"{header['word_set']}.json").exists()


def test_unknown_word_set_means_resegmenting(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (corpus / "d.txt").write_text(UNRELATED, encoding="utf-8")
    first, _ = _build_named(corpus, cache)
    for path in (cache / "wordsets").glob("*.json"):
        path.write_text('{"format_version": 2, "words": ["假的"]}', encoding="utf-8")
    (corpus / "b.txt").write_text(QUOTES, encoding="utf-8")
    index, tok = _build_named(corpus, cache)
    assert tok.segmented == index.num_passages  # nothing can be trusted without the old word set
    assert_same_index(index, _build_named(corpus, None)[0])


def test_tokens_of_a_text_without_user_words_do_not_depend_on_them() -> None:
    """jieba's ``total`` stays the base dictionary's: adding words (frequent ones here, which
    would raise it the most) changes nothing for texts that do not contain them."""
    texts = [
        "全省企业职工参加了培训",
        "浙江省企业职工人数增长",
        (DATA / "article.txt").read_text(encoding="utf-8"),
    ]
    words = ["一个", "我们", "他们", "自己", "国家", "可以", "这个", "什么", "进行", "地方"]
    base = Tokenizer([])
    assert not any(w in text for w in words for text in texts)
    for user_words in (words, words[:3], [NEW_TERM], extract_named_terms(texts[2].splitlines())):
        tokenizer = Tokenizer(user_words)
        assert tokenizer._jieba.total == base._jieba.total
        for text in texts:
            if not any(w in text for w in tokenizer.user_words):
                assert tokenizer.tokens(text) == base.tokens(text)
    # Without that, the first two texts would be segmented otherwise ("企业职工" as one word).
    unfixed = Tokenizer(words)
    unfixed._jieba.total += sum(unfixed._jieba.FREQ[w] for w in unfixed.user_words)
    assert unfixed.tokens(texts[0]) != base.tokens(texts[0])
    assert unfixed.tokens(texts[1]) != base.tokens(texts[1])
