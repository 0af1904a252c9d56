"""The bulk path (index.bulk) gives every passage the postings passage_tokens gives it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import index.bulk as bulk
import index.encode as encode
from corpus.loader import Document, parse_document
from corpus.errors import IndexBuildError
from index.store.assemble import Assembly, Chunk, Numbered, assemble, load_chunk, save_chunk
from index.store.segment import SegmentWriter
from index.tokenizer import Tokenizer, extract_named_terms

DATA = Path(__file__).resolve().parents[1] / "data"
# Characters whose normal form depends on their neighbours, full-width forms, characters outside
# jieba's block (inside the tokenizer's runs and not), private use (the boundary itself among
# them), the pieces of numbers and Latin words, and the suffixes a number takes (万, 亿, 余 ...).
TRICKY = (
    "e\u0301\u0327\u0308a\u030aA\u0300\u1100\u1161\u11a8\uac00\u0915\u093c\u09c7\u09be"
    "ＡＢＣ８８２１％，；：（）﹔ﬁ①㍿Ⅻ¼\u2126\u212b豈\uf91f㐀䶵鿖鿿𠀀\U000f0001\U0010fffd"
    "0123456789.%abcxyz'’- \t万亿千余多٣४𝟘"
)
WORDS = ["共富工坊", "八八戰略", "党员", "黨員", "人人人", "全省", "打造", "的", "了", "中华人民共和国", "这篇文章",
         "433.6萬名", "99.67%", "2023年4月", "covid-19", "the", "New", "York’s", "2900多名", "1.5万亿", "a1万"]


def postings(chunk: Chunk) -> tuple[list[tuple[str, int, int]], dict[str, bytes]]:
    """A chunk's (term, passage, count) entries, sorted, and its other arrays' bytes."""
    a = chunk.arrays
    rows = np.repeat(np.arange(len(chunk.terms)), a["row_lengths"]).tolist()
    entries = sorted(zip([chunk.terms[r] for r in rows], a["entry_passage"].tolist(), a["entry_tf"].tolist()))
    rest = {k: v.tobytes() for k, v in a.items() if k not in ("row_lengths", "entry_passage", "entry_tf")}
    return entries, rest


def per_passage(documents: list[Document], tokenizer: Tokenizer) -> Chunk:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(encode, "bulk_encoder", lambda tokenizer: None)
        return encode.encode_documents(documents, tokenizer, 160)


def in_bulk(documents: list[Document], tokenizer: Tokenizer) -> Chunk:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(encode, "FAST_CUT_MIN_CHARS", 0)
        return encode.encode_documents(documents, tokenizer, 160)


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return Tokenizer(["共富工坊", "人人人"])


def documents_of(texts: list[str], per_document: int = 7) -> list[Document]:
    return [
        parse_document(f"d{i:03d}.txt", ("标题" + str(i) + "\n" + "\n".join(texts[i : i + per_document]) + "\n").encode("utf-8"))
        for i in range(0, len(texts), per_document)
    ]


def external_texts(name: str, count: int) -> list[str]:
    articles = json.loads((DATA / "external" / name).read_text(encoding="utf-8"))["data"][:count]
    return [p["context"] for a in articles for p in a["paragraphs"]]


def test_bulk_chunk_of_real_texts_has_the_same_postings() -> None:
    texts = external_texts("drcd-dev.json", 8) + external_texts("cmrc2018-trial.json", 8)
    texts += (DATA / "article.txt").read_text(encoding="utf-8").splitlines()
    documents = documents_of([t for t in texts if t.strip()])
    tokenizer = Tokenizer(extract_named_terms(line for d in documents for line in d.lines))
    assert bulk.bulk_encoder(tokenizer) is None  # no jieba-rs yet: passage by passage
    ours = in_bulk(documents, tokenizer)
    assert bulk.bulk_encoder(tokenizer) is not None
    theirs = per_passage(documents, tokenizer)
    assert ours.docs == theirs.docs and ours.sections == theirs.sections
    assert postings(ours) == postings(theirs)
    assert sorted(ours.terms) == theirs.terms


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.one_of(st.sampled_from(WORDS), st.text(alphabet=st.sampled_from(TRICKY), max_size=4)),
                         min_size=1, max_size=10), min_size=1, max_size=12))
def test_bulk_chunk_of_any_text_has_the_same_postings(tokenizer: Tokenizer, parts: list[list[str]]) -> None:
    texts = ["".join(p) for p in parts]
    documents = documents_of([t for t in texts if t.strip()] or ["全省"], 3)
    assert postings(in_bulk(documents, tokenizer)) == postings(per_passage(documents, tokenizer))


def test_a_text_holding_the_boundary_goes_passage_by_passage(tokenizer: Tokenizer) -> None:
    documents = documents_of(["今年全省新建了123家共富工坊。", f"其中{bulk.BOUNDARY}北京有3家。"])
    tokenizer.segment_fast()
    encoder = bulk.bulk_encoder(tokenizer)
    assert encoder is not None
    passages = [p for d in documents for p in encode.split_document(d, 160)]
    assert encoder.chunk([], passages, [len(passages)]) is None
    assert postings(in_bulk(documents, tokenizer)) == postings(per_passage(documents, tokenizer))


def test_tables_start_afresh_with_the_same_postings(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [f"今年全省新建了{i}家共富工坊，covid-{i}病例{i}.5%，其中{i % 3}家在北京。" for i in range(60)]
    documents = documents_of(texts, 5)
    monkeypatch.setattr(encode, "FAST_CUT_MIN_CHARS", 0)
    monkeypatch.setattr(bulk, "MAX_ROWS", 20)
    tokenizer = Tokenizer(["共富工坊"])
    chunks = [encode.encode_documents([d], tokenizer, 160) for d in documents]
    assert len(bulk.bulk_encoder(tokenizer)._table) < 20 + 60  # type: ignore[union-attr]
    for document, chunk in zip(documents, chunks):
        assert postings(chunk) == postings(per_passage([document], tokenizer))


def test_numbered_chunks_merge_into_the_same_segment(tmp_path: Path) -> None:
    """Chunks whose terms travel as a worker table's numbers (each term's text once) merge into
    the segment that chunks of term texts make; a chunk out of its table's order is refused."""
    texts = external_texts("drcd-dev.json", 6) + (DATA / "article.txt").read_text(encoding="utf-8").splitlines()
    groups = [documents_of([t for t in texts if t.strip()][i::3], 5) for i in range(3)]
    tokenizer = Tokenizer(["共富工坊"])
    with pytest.MonkeyPatch.context() as m:
        m.setattr(encode, "FAST_CUT_MIN_CHARS", 0)
        numbered = [encode.encode_documents(g, tokenizer, 160, numbered=True) for g in groups]
    assert all(isinstance(c.terms, Numbered) for c in numbered)
    files = []
    for i, chunk in enumerate(numbered):
        files.append(tmp_path / f"chunk-{i}.npz")
        save_chunk(files[-1], chunk)
    plain = [per_passage(g, tokenizer) for g in groups]
    ours = assemble(lambda: (load_chunk(f) for f in files), SegmentWriter(None))
    theirs = assemble(lambda: iter(plain), SegmentWriter(None))
    assert ours.arrays.keys() == theirs.arrays.keys()
    for key, array in theirs.arrays.items():
        assert np.array_equal(ours.arrays[key], array), key
    with pytest.raises(IndexBuildError):
        Assembly().add(load_chunk(files[1]))



@settings(max_examples=50, deadline=None)
@given(st.lists(st.sets(st.integers(min_value=0, max_value=(1 << 60) - 1), max_size=300), max_size=6))
def test_packed_rows_find_every_key_added_and_no_other(batches: list[set[int]]) -> None:
    table = bulk._PackedRows(bits=2)  # tiny: collisions, probing past the end, growing
    added: dict[int, int] = {}
    for batch in batches:
        new = sorted(batch - added.keys())
        rows = [len(added) + i for i in range(len(new))]
        table.add(np.array(new, dtype=np.int64), np.array(rows, dtype=np.int64))
        added.update(zip(new, rows))
        probe = sorted(added.keys() | {k ^ 1 for k in added} | {0, 5})
        found = table.rows(np.array(probe, dtype=np.int64)).tolist()
        assert found == [added.get(k, -1) for k in probe]


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
