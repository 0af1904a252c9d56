"""The cold build's shortcuts give exactly what the plain steps give: NFKC through NFKD, a text's
runs cut in one jieba-rs call with placeholders for numbers and Latin words, a chunk's postings."""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from itertools import chain
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import index.tokenizer as tokenizer_module
from index.normalize import normalize
from index.store.assemble import make_chunk
from index.tokenizer import _RUN_RE, STOP_WORDS, Tokenizer, _nfkc, extract_named_terms

DATA = Path(__file__).resolve().parents[1] / "data"

# Characters whose NFKC depends on their neighbours (combining marks, Hangul jamo, a base letter
# before them), full-width and compatibility forms, characters outside jieba's blocks, private
# use (the placeholders' plane), and the pieces of numbers and Latin words.
TRICKY = (
    "e\u0301\u0327\u0308a\u030aA\u0300\u1100\u1161\u11a8\uac00\u0915\u093c\u09c7\u09be\u0b47\u0b3e"
    "ＡＢＣ８８２１％，；：（）﹔ﬁ①㍿Ⅻ¼\u2126\u212b豈\uf91f㐀䶵鿖鿿𠀀\U000f0000\U000f0001\U0010fffd"
    "0123456789.%abcxyz'’-"
)
WORDS = ["共富工坊", "八八戰略", "党员", "黨員", "人人人", "全省", "打造", "的", "了", "中华人民共和国",
         "433.6萬名", "99.67%", "2023年4月", "covid-19", "the", "New", "York’s", "2900多名", "1.5万亿"]


def reference_tokens(tokenizer: Tokenizer, norm: str) -> list[str]:
    """The tokens as the tokenizer made them run by run (its former ``_tokens``)."""
    out: list[str] = []
    for match in _RUN_RE.finditer(norm):
        kind = match.lastgroup
        if kind in ("num", "pct"):
            out.append(match.group("num"))
            if match.group("pct"):
                out.append(match.group("num") + "%")
        elif kind == "lat":
            value = match.group().strip("'’-")
            if value and value not in STOP_WORDS:
                out.append(value)
        else:
            for word in tokenizer._cut(match.group()):
                if word not in STOP_WORDS:
                    out.extend((word, *tokenizer._sub_words(word)))
    return out


def test_nfkc_of_every_basic_plane_character_is_unicodedatas() -> None:
    chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    assert [_nfkc(c) for c in chars] == [unicodedata.normalize("NFKC", c) for c in chars]
    text = "".join(chars)
    assert _nfkc(text) == unicodedata.normalize("NFKC", text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(TRICKY + "全省共打造家"), max_size=30))
def test_nfkc_of_any_text_is_unicodedatas(text: str) -> None:
    assert _nfkc(text) == unicodedata.normalize("NFKC", text)


def external_texts(name: str, count: int) -> list[str]:
    articles = json.loads((DATA / "external" / name).read_text(encoding="utf-8"))["data"][:count]
    return [p["context"] for a in articles for p in a["paragraphs"]]


@pytest.fixture(scope="module")
def tokenizers() -> tuple[Tokenizer, Tokenizer]:
    texts = external_texts("drcd-dev.json", 10) + [(DATA / "article.txt").read_text(encoding="utf-8")]
    words = extract_named_terms(texts) + ["共富工坊"]
    plain, fast = Tokenizer(words), Tokenizer(words)
    fast.segment_fast()
    assert fast._fast is not None
    return plain, fast


def test_tokens_are_the_run_by_run_tokens(tokenizers: tuple[Tokenizer, Tokenizer]) -> None:
    texts = external_texts("drcd-dev.json", 10) + external_texts("cmrc2018-trial.json", 10)
    texts += (DATA / "article.txt").read_text(encoding="utf-8").splitlines()
    for tokenizer in tokenizers:
        for text in texts:
            norm, tokens = tokenizer.normalized_tokens(text)
            assert norm == normalize(text)
            assert tokens == reference_tokens(tokenizer, norm), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(alphabet=st.sampled_from(TRICKY), max_size=4)), max_size=12))
def test_tokens_of_any_text_are_the_run_by_run_tokens(tokenizers: tuple[Tokenizer, Tokenizer], parts: list[str]) -> None:
    text = "".join(parts)
    for tokenizer in tokenizers:
        norm, tokens = tokenizer.normalized_tokens(text)
        assert norm == normalize(text) and tokens == reference_tokens(tokenizer, norm)


def test_tokens_stay_the_same_when_placeholders_are_reused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Placeholders are a bounded set: when they run out they start again, the memo forgotten."""
    texts = [f"今年全省新建了{i}家共富工坊，covid-{i}病例{i}.5%，其中{i % 3}家在北京" for i in range(40)]
    expected = [Tokenizer(["共富工坊"]).normalized_tokens(t) for t in texts]
    monkeypatch.setattr(tokenizer_module, "PLACEHOLDERS", 3)
    for fast in (False, True):
        small = Tokenizer(["共富工坊"])
        if fast:
            small.segment_fast()
        assert [small.normalized_tokens(t) for t in texts] == expected
        assert len(small._placeholders) <= 3


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["a", "b", "共富", "§x", "7", "ü" * 30]), max_size=8), min_size=1, max_size=6))
def test_a_chunks_postings_are_each_terms_passages_in_order_with_their_counts(passages: list[list[str]]) -> None:
    rows = [(i + 1, 0, None if i % 2 else "節", f"text {i}", f"norm {i}", tokens) for i, tokens in enumerate(passages)]
    chunk = make_chunk([{"name": "d"}], rows, [len(rows)])
    counts = [Counter(tokens) for tokens in passages]
    assert chunk.terms == sorted(set(chain.from_iterable(passages)))
    a = chunk.arrays
    entries = iter(zip(a["entry_passage"].tolist(), a["entry_tf"].tolist()))
    for term, size in zip(chunk.terms, a["row_lengths"].tolist()):
        assert [next(entries) for _ in range(size)] == [(p, c[term]) for p, c in enumerate(counts) if term in c]
    assert a["lengths"].tolist() == [len(tokens) for tokens in passages]
    assert a["section"].tolist() == [-1 if i % 2 else 0 for i in range(len(passages))]


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
