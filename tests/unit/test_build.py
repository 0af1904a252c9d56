"""Building the index with the store: warm starts open it, changes become segments, and every
segmented index answers exactly (byte for byte) like a fresh build of the same corpus."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pytest

from bot.answer import answer_question
from bot.format.json_answer import answer_to_json
from corpus.loader import load_corpus
from index import build as index_build
from index.build import build_index, open_index
from index.search import Index, IndexSettings
from index.store import key as store_key
from index.tokenizer import Tokenizer
from tests.conftest import DATA, ROOT
from tests.tokens import tokens as index_tokens

ARTICLE = ROOT / "corpus" / "documents" / "zhejiang-theme-education.txt"
NEW_TERM = "青创农场"  # not in jieba's dictionary: it changes the segmentation of texts holding it
MENTIONS = f"青年创业\n今年全省{NEW_TERM}吸纳了300名青年，{NEW_TERM}带动增收。\n"
UNRELATED = "其他文件\n今年全省新建了123家农场，吸纳了300名青年。\n"
SAMPLE = 1500  # questions asked at each step of the byte-for-byte test, however many sets there are
QUOTES = f"新文件\n全省“{NEW_TERM}”已达1200家，带动青年就业。\n"


class Counting:
    """Counts the passages segmented (every build path tokenises through passage_tokens)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.texts: list[str] = []
        original = index_build.encode_documents.__globals__["passage_tokens"]

        def counted(tokenizer, passage):  # type: ignore[no-untyped-def]
            self.texts.append(passage.text)
            return original(tokenizer, passage)

        monkeypatch.setitem(index_build.encode_documents.__globals__, "passage_tokens", counted)

    def take(self) -> int:
        count = len(self.texts)
        self.texts.clear()
        return count


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(ARTICLE, folder / "a.txt")
    return folder


def questions() -> list[str]:
    out = []
    for path in sorted(DATA.glob("*.jsonl")):
        out += [json.loads(line)["q"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def answers(index: Index, asked: list[str]) -> list[str]:
    return [json.dumps(answer_to_json(answer_question(index, q)), ensure_ascii=False) for q in asked]


def fresh(folder: Path) -> Index:
    return build_index(load_corpus(folder), IndexSettings())


def test_warm_start_segments_nothing_and_answers_the_same(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    count = Counting(monkeypatch)
    first = open_index(corpus, cache_dir=tmp_path / "cache")
    assert count.take() == first.num_passages
    second = open_index(corpus, cache_dir=tmp_path / "cache")
    assert count.take() == 0
    asked = questions()[:40]
    assert answers(first, asked) == answers(second, asked)


def test_an_unchanged_file_is_not_even_read(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    open_index(corpus, cache_dir=tmp_path / "cache")
    monkeypatch.setattr(index_build, "load_document", lambda path: pytest.fail(f"read {path}"))
    open_index(corpus, cache_dir=tmp_path / "cache")


def test_adds_replaces_and_removes_answer_byte_for_byte_like_a_fresh_build(corpus: Path, tmp_path: Path,
                                                                           monkeypatch) -> None:
    count = Counting(monkeypatch)
    cache = tmp_path / "cache"
    (corpus / "m.txt").write_text(UNRELATED, encoding="utf-8")
    open_index(corpus, cache_dir=cache)
    count.take()
    everything = questions()
    asked = everything[:: -(-len(everything) // SAMPLE)]  # spread over every set; each step asks them twice
    steps = [
        ("0.txt", "新文件\n今年全省新建了123家共富工坊。\n", 1),  # sorts first: the index order shifts
        ("m.txt", "其他文件\n今年全省新建了456家农场，吸纳了9名青年。\n", 1),  # replaced
        ("z.txt", QUOTES, None),  # a new user word: documents holding it are re-segmented too
        ("0.txt", None, 0),  # removed
    ]
    for name, text, segmented in steps:
        count.take()
        if text is None:
            (corpus / name).unlink()
        else:
            (corpus / name).write_text(text, encoding="utf-8")
        index = open_index(corpus, cache_dir=cache)
        if segmented is not None:
            assert count.take() == segmented
        assert [d.name for d in index.documents] == sorted(p.name for p in corpus.iterdir())
        reference = fresh(corpus)
        assert [p.key for p in index.passages] == [p.key for p in reference.passages]
        assert answers(index, asked) == answers(reference, asked)
    assert len(index.segments.parts) > 1  # the last index really was segmented


def test_small_segments_are_merged_without_touching_the_largest(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    """Past MAX_SEGMENTS, an update re-segments the small segments' documents into its new one;
    the big segment is never segmented again, and the index answers like a fresh build."""
    count = Counting(monkeypatch)
    monkeypatch.setattr(index_build, "MAX_SEGMENTS", 3)
    cache = tmp_path / "cache"
    big = open_index(corpus, cache_dir=cache).num_passages
    asked = questions()[:30]
    for i in range(5):
        count.take()
        (corpus / f"n{i}.txt").write_text(f"新文件{i}\n今年全省新建了{100 + i}家共富工坊，吸纳了{i}名青年。\n",
                                          encoding="utf-8")
        index = open_index(corpus, cache_dir=cache)
        assert len(index.segments.parts) <= 3
        assert 1 <= count.take() <= i + 1  # only the small documents, never the article
        assert max(part.segment.num_passages for part in index.segments.parts) == big
        assert answers(index, asked) == answers(fresh(corpus), asked)
    assert len(index.segments.parts) == 2  # merged at least once


def test_user_word_change_resegments_only_documents_holding_it(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    count = Counting(monkeypatch)
    cache = tmp_path / "cache"
    (corpus / "c.txt").write_text(MENTIONS, encoding="utf-8")
    (corpus / "d.txt").write_text(UNRELATED, encoding="utf-8")
    open_index(corpus, cache_dir=cache)
    count.take()
    (corpus / "b.txt").write_text(QUOTES, encoding="utf-8")
    index = open_index(corpus, cache_dir=cache)
    assert NEW_TERM in index.tokenizer.user_words
    assert sorted(count.texts) == sorted(p.text for p in index.passages if p.doc in ("b.txt", "c.txt"))
    assert index.doc_freq(NEW_TERM) == fresh(corpus).doc_freq(NEW_TERM) == 2


def test_damaged_store_is_rebuilt_never_served(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    asked = questions()[:20]
    expected = answers(open_index(corpus, cache_dir=cache), asked)
    # (Files are damaged only when no index maps them: the store never rewrites a file in place.)
    for path in (cache / "store").rglob("indices.npy"):
        path.write_bytes(b"garbage")
    assert answers(open_index(corpus, cache_dir=cache), asked) == expected
    for path in (cache / "store").rglob("texts.npy"):
        data = bytearray(path.read_bytes())
        data[-3] ^= 0xFF
        path.write_bytes(bytes(data))
    assert answers(open_index(corpus, cache_dir=cache), asked) == expected
    (cache / "store" / "state.json").write_text("{not json", encoding="utf-8")
    assert answers(open_index(corpus, cache_dir=cache), asked) == expected


def test_damaged_weight_codes_are_rebuilt_never_served(corpus: Path, tmp_path: Path) -> None:
    """The weight codes and their (tf, length) pairs are checked like every stored array: one
    flipped byte, a truncated file or garbage, and the segment is refused and built again.
    (One test for the three: every index a test builds costs the test process memory.)"""
    cache = tmp_path / "cache"
    asked = questions()[:10]
    expected = answers(open_index(corpus, cache_dir=cache), asked)
    for name, damage in (("wcode", "flipped"), ("pair_tf", "truncated"), ("pair_length", "garbage")):
        damaged = list((cache / "store").rglob(f"{name}.npy"))
        assert damaged
        for path in damaged:
            data = bytearray(path.read_bytes())
            if damage == "garbage":
                data = bytearray(b"garbage")
            elif damage == "truncated":
                del data[-2:]
            else:
                data[-1] ^= 0xFF
            path.write_bytes(bytes(data))
        written = {path.read_bytes() for path in damaged}
        assert answers(open_index(corpus, cache_dir=cache), asked) == expected
        assert not written & {path.read_bytes() for path in (cache / "store").rglob(f"{name}.npy")}, name


def test_a_change_to_the_tokenizer_source_rebuilds_the_cache(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    """Bug: the cache was keyed on a hand-bumped TOKENIZER_VERSION, so an edit of the tokenizer's
    code without a bump served stale tokens. Now the key hashes the source of what shapes tokens."""
    count = Counting(monkeypatch)
    cache = tmp_path / "cache"
    open_index(corpus, cache_dir=cache)
    count.take()
    import index.tokenizer as tokenizer_module

    edited = tmp_path / "tokenizer.py"
    edited.write_text(Path(tokenizer_module.__file__).read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    monkeypatch.setattr(tokenizer_module, "__file__", str(edited))
    index = open_index(corpus, cache_dir=cache)
    assert count.take() == index.num_passages


def test_cache_key_covers_the_shaping_modules_and_settings() -> None:
    assert {"index.tokenizer", "index.normalize", "corpus.passages", "index.fields"} <= set(store_key.SHAPING_MODULES)
    assert store_key.cache_key(160, 1) == store_key.cache_key(160, 1)
    assert store_key.cache_key(160, 1) != store_key.cache_key(200, 1)


def test_jieba_cache_is_never_in_the_shared_temp_folder(tmp_path: Path, monkeypatch) -> None:
    """Bug: jieba's marshal cache was read from and written to /tmp/jieba.cache (world-writable)."""
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    home = tmp_path / "home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    (shared / "jieba.cache").write_bytes(b"planted by someone else")
    index_tokens(Tokenizer(["共富工坊"]), "全省共打造8821家共富工坊")
    # Neither read (it would fail) nor written (jieba would replace it).
    assert [p.name for p in shared.iterdir()] == ["jieba.cache"]
    assert (shared / "jieba.cache").read_bytes() == b"planted by someone else"
    private = tmp_path / "cache" / "jieba"
    Tokenizer([], dictionary_cache=private)
    assert (private / "jieba.cache").is_file()
    assert private.stat().st_mode & 0o077 == 0


def test_normalized_texts_come_from_the_store(corpus: Path, tmp_path: Path) -> None:
    from index.normalize import normalize

    (corpus / "b.txt").write_text(UNRELATED + "第二段\n黨員幹部參加了學習。\n", encoding="utf-8")
    (corpus / "c.txt").write_text('---\ntitle: "兩行的\\n標題 ＡＢ"\n---\n黨員幹部參加了學習。\n', encoding="utf-8")
    for index in (open_index(corpus, cache_dir=tmp_path / "cache"), fresh(corpus)):
        assert [index.normalized_text(i) for i in range(index.num_passages)] == [
            normalize(p.text) for p in index.passages]
        # the headings' form too, even under a title of two lines
        assert [index.normalized_forms(i) for i in range(index.num_passages)] == [
            (normalize(p.text), normalize(f"{p.title}\n{p.section or ''}")) for p in index.passages]
        assert any("\n" in p.title for p in index.passages)
        for d in range(len(index.documents)):  # and a document's at once
            span = index.document_passages(d)
            assert index.normalized_texts(span) == [normalize(index.passages[i].text) for i in span]


def test_passages_and_documents_are_lazy_sequences(corpus: Path, tmp_path: Path) -> None:
    (corpus / "b.txt").write_text(UNRELATED, encoding="utf-8")
    index = open_index(corpus, cache_dir=tmp_path / "cache")
    reference = fresh(corpus)
    assert list(index.passages) == list(reference.passages)
    assert index.passages[-1] == reference.passages[-1] and index.passages[:3] == list(reference.passages)[:3]
    assert [d.title for d in index.documents] == [d.title for d in load_corpus(corpus)]
    for d in range(len(index.documents)):
        for p in index.document_passages(d):
            assert index.passage_document(p) == d
            assert index.passages[p].doc == index.documents[d].name
    assert index.vocabulary()["共富工坊"] == index.doc_freq("共富工坊") > 0
    assert dict(index.vocabulary().items()) == dict(reference.vocabulary().items())


@pytest.mark.parametrize("sample", ["external-drcd-dev-sample.json", "external-cmrc2018-trial-sample.json"])
def test_external_sets_answer_byte_for_byte_after_segment_updates(tmp_path: Path, sample: str, monkeypatch) -> None:
    """Real documents no one here wrote (samples of the external dev sets, one file per article
    as the external scorer builds them): half indexed, then the rest added, one replaced and one
    removed -- the segmented index answers every question exactly like a fresh build."""
    monkeypatch.setattr(index_build, "REBUILD_SHARE", 1.0)  # segments, however much changed
    data = json.loads((DATA / sample).read_text(encoding="utf-8"))["data"]
    folder = tmp_path / "corpus"
    folder.mkdir()

    def write(i: int, art: dict, extra: str = "") -> None:
        body = "\n\n".join(p["context"].strip() for p in art["paragraphs"]) + extra
        title = (art.get("title") or body[:12]).strip()
        (folder / f"{i:04d}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")

    for i, art in enumerate(data):
        if i % 2 == 0:
            write(i, art)
    cache = tmp_path / "cache"
    open_index(folder, cache_dir=cache)
    for i, art in enumerate(data):
        if i % 2:
            write(i, art)
    write(0, data[0], "\n\n補充一段：“新名詞”共有12個。")
    (folder / "0002.txt").unlink()
    index = open_index(folder, cache_dir=cache)
    assert len(index.segments.parts) == 2
    asked = [q["question"] for art in data for p in art["paragraphs"] for q in p["qas"]]
    assert answers(index, asked) == answers(fresh(folder), asked)


@pytest.mark.slow
def test_parallel_cold_build_streams_chunks_into_the_same_segment(tmp_path: Path, monkeypatch) -> None:
    """The cold build in worker processes (files in several chunks, merged and streamed into the
    store) writes exactly the arrays a one-chunk build in this process makes, and answers alike."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    external = json.loads((DATA / "external-drcd-dev-sample.json").read_text(encoding="utf-8"))["data"]
    for i, article in enumerate(external[:7]):
        body = "\n\n".join(p["context"] for p in article["paragraphs"])
        (folder / f"{i:02d}.txt").write_text(f"{article['title']}\n\n{body}\n", encoding="utf-8")
    shutil.copy(ARTICLE, folder / "zz.txt")
    monkeypatch.setattr(index_build, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(index_build.os, "cpu_count", lambda: 2)
    monkeypatch.setattr("index.encode.FILES_PER_TASK", 3)
    chunks: list[int] = []
    encode = index_build.Workers.encode

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        files = encode(self, *args, **kwargs)
        chunks.append(len(files))
        return files

    monkeypatch.setattr(index_build.Workers, "encode", counted)
    parallel = open_index(folder, cache_dir=tmp_path / "cache")
    assert chunks == [3]
    serial = fresh(folder)
    ours, theirs = parallel.segments.parts[0].segment, serial.segments.parts[0].segment
    assert len(parallel.segments.parts) == 1 and ours.folder is not None and serial.num_passages > 80
    assert ours.arrays.keys() == theirs.arrays.keys()
    for name, array in theirs.arrays.items():
        assert np.array_equal(ours.arrays[name], array), name
        assert ours.arrays[name].dtype == array.dtype, name
    assert ours.blobs.keys() == theirs.blobs.keys() == {"texts", "norms"}
    for name, blob in theirs.blobs.items():
        assert ours.blobs[name].read(0, len(ours.blobs[name])) == blob.read(0, len(blob)), name
    assert ours.docs == theirs.docs
    asked = questions()[:20] + [qa["question"] for a in external[:7] for p in a["paragraphs"] for qa in p["qas"]][:20]
    assert answers(parallel, asked) == answers(serial, asked)
