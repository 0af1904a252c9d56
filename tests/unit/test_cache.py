"""The token cache and the whole-index snapshot: round trips, invalidation, corruption."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from corpus.errors import IndexBuildError
from index.bm25 import BM25Params, EncodedPassages, SparseBM25, encode_passages
from index.cache import (
    FORMAT_VERSION,
    TokenCache,
    build_bm25,
    fingerprint_bytes,
    load_latest_snapshot,
    load_snapshot,
    load_snapshot_info,
    load_word_set,
    make_settings_key,
    prune_word_sets,
    save_snapshot,
    save_word_set,
    word_set_id,
)

KEY = make_settings_key({"tokenizer": "jieba", "user_dict_sha256": "0" * 64})
OTHER_KEY = make_settings_key({"tokenizer": "jieba", "user_dict_sha256": "1" * 64})

DOC_A = [["浙江", "主題", "教育"], [], ["黨員", "干部", "黨員", "引號\"與\n換行"]]
DOC_B = [["杭州", "浙江", "展覽館"], ["2023", "年", "4", "月"]]
DOC_C = [["新", "文件"], ["浙江", "新"]]
FP_A = fingerprint_bytes("文件甲".encode())
FP_B = fingerprint_bytes("文件乙".encode())
FP_C = fingerprint_bytes("文件丙".encode())


def test_put_get_round_trip(tmp_path: Path) -> None:
    cache = TokenCache(tmp_path, KEY)
    assert cache.get(FP_A) is None
    encoded = cache.put(FP_A, DOC_A)
    assert encoded.to_tokens() == DOC_A
    assert cache.get(FP_A) == DOC_A
    again = TokenCache(tmp_path, KEY).get_encoded(FP_A)
    assert again is not None
    assert again.vocabulary == encoded.vocabulary
    np.testing.assert_array_equal(again.ids, encoded.ids)
    np.testing.assert_array_equal(again.offsets, encoded.offsets)
    assert cache.get(FP_B) is None
    cache.put(FP_B, [])
    assert cache.get(FP_B) == []


def test_entries_of_another_settings_key_are_ignored(tmp_path: Path) -> None:
    TokenCache(tmp_path, KEY).put(FP_A, DOC_A)
    other = TokenCache(tmp_path, OTHER_KEY)
    assert other.get(FP_A) is None
    other.put(FP_A, DOC_B)
    assert other.get(FP_A) == DOC_B
    assert TokenCache(tmp_path, KEY).get(FP_A) == DOC_A


def test_entry_copied_under_another_key_or_fingerprint_is_a_miss(tmp_path: Path) -> None:
    cache = TokenCache(tmp_path, KEY)
    cache.put(FP_A, DOC_A)
    blob = (cache.directory / f"{FP_A}.tok").read_bytes()
    (cache.directory / f"{FP_B}.tok").write_bytes(blob)
    assert cache.get(FP_B) is None
    other = TokenCache(tmp_path, OTHER_KEY)
    other.directory.mkdir(parents=True)
    (other.directory / f"{FP_A}.tok").write_bytes(blob)
    assert other.get(FP_A) is None


def test_prune(tmp_path: Path) -> None:
    cache = TokenCache(tmp_path, KEY)
    for fp, doc in ((FP_A, DOC_A), (FP_B, DOC_B), (FP_C, DOC_C)):
        cache.put(fp, doc)
    TokenCache(tmp_path, OTHER_KEY).put(FP_A, DOC_A)
    (cache.directory / ".leftover.tok.abc.tmp").write_bytes(b"junk")
    assert cache.prune([FP_B.upper()]) == 2
    assert cache.get(FP_A) is None and cache.get(FP_C) is None
    assert cache.get(FP_B) == DOC_B
    assert not (cache.directory / ".leftover.tok.abc.tmp").exists()
    assert [p.name for p in (tmp_path / "tokens").iterdir()] == [cache.directory.name]
    assert TokenCache(tmp_path / "never-used", KEY).prune([]) == 0


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],
        lambda b: b[:-1],
        lambda b: b[:5],
        lambda b: b"",
        lambda b: b[:-4] + bytes(x ^ 0x55 for x in b[-4:]),
        lambda b: b"garbage!" + b[8:],
        lambda b: b[:12] + b"{not json" + b[21:],
    ],
    ids=["half", "minus-one-byte", "magic-only", "empty", "flipped-body", "bad-magic", "bad-header"],
)
def test_corrupt_entries_are_misses(tmp_path: Path, caplog: pytest.LogCaptureFixture, damage) -> None:
    cache = TokenCache(tmp_path, KEY)
    cache.put(FP_A, DOC_A, text="浙江主题教育\n党员干部", word_set=word_set_id(["x"]))
    path = cache.directory / f"{FP_A}.tok"
    path.write_bytes(damage(path.read_bytes()))
    with caplog.at_level(logging.WARNING, logger="index.cache"):
        assert cache.get(FP_A) is None
    assert any("corrupt" in record.getMessage() for record in caplog.records)
    cache.put(FP_A, DOC_A)  # a fresh put repairs it
    assert cache.get(FP_A) == DOC_A


def test_bad_fingerprints_are_refused(tmp_path: Path) -> None:
    cache = TokenCache(tmp_path, KEY)
    for bad in ("../../etc/passwd", "abc", "g" * 64, ""):
        with pytest.raises(ValueError):
            cache.get(bad)
        with pytest.raises(ValueError):
            cache.put(bad, DOC_A)
    with pytest.raises(ValueError):
        TokenCache(tmp_path, "")


def test_unwritable_cache_warns_and_still_encodes(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    cache = TokenCache(blocker, KEY)
    with caplog.at_level(logging.WARNING, logger="index.cache"):
        encoded = cache.put(FP_A, DOC_A)
    assert encoded.to_tokens() == DOC_A
    assert any("cannot write" in record.getMessage() for record in caplog.records)
    assert cache.get(FP_A) is None


def test_build_bm25_from_cached_documents_equals_direct_build(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    docs = [
        [[f"t{int(x)}" for x in rng.zipf(1.4, size=int(rng.integers(0, 40))) % 300] for _ in range(int(n))]
        for n in rng.integers(1, 30, size=25)
    ]
    cache = TokenCache(tmp_path, KEY)
    fps = [fingerprint_bytes(f"doc{i}".encode()) for i in range(len(docs))]
    for fp, doc in zip(fps, docs):
        cache.put(fp, doc)
    encoded = [TokenCache(tmp_path, KEY).get_encoded(fp) for fp in fps]
    assert all(e is not None for e in encoded)
    all_passages = [p for doc in docs for p in doc]
    for params in (BM25Params("okapi"), BM25Params("plus", k1=1.1), BM25Params("l")):
        merged = build_bm25(encoded, params)  # type: ignore[arg-type]
        direct = SparseBM25(all_passages, params)
        assert merged.num_passages == len(all_passages)
        assert dict(merged.vocabulary) == dict(direct.vocabulary)
        for query in (["t1", "t2", "t2"], ["t17", "nope"], ["t250"]):
            np.testing.assert_allclose(merged.get_scores(query), direct.get_scores(query), rtol=1e-12)
            assert merged.top_k(query, 5) == direct.top_k(query, 5)
    assert build_bm25([]).num_passages == 0


# ---------------------------------------------------------------------- snapshots


def _snapshot_inputs() -> tuple[list[tuple[str, str]], SparseBM25, list[dict]]:
    manifest = [("a.txt", FP_A), ("b.txt", FP_B)]
    passages = DOC_A + DOC_B
    bm25 = build_bm25([encode_passages(DOC_A), encode_passages(DOC_B)], BM25Params("okapi", k1=1.2))
    payload = [
        {"text": "".join(p), "doc": "a.txt" if i < len(DOC_A) else "b.txt", "paragraph": i}
        for i, p in enumerate(passages)
    ]
    return manifest, bm25, payload


def test_snapshot_round_trip(tmp_path: Path) -> None:
    manifest, bm25, payload = _snapshot_inputs()
    save_snapshot(tmp_path, KEY, manifest, bm25, payload)
    loaded = load_snapshot(tmp_path, KEY, [list(entry) for entry in manifest])  # type: ignore[misc]
    assert loaded is not None
    index, loaded_payload = loaded
    assert loaded_payload == payload
    assert index.params == bm25.params
    for query in (["浙江", "黨員"], ["年", "年", "nope"]):
        np.testing.assert_array_equal(index.get_scores(query), bm25.get_scores(query))
        assert index.top_k(query, 3) == bm25.top_k(query, 3)
    header = json.loads((tmp_path / "snapshot" / "snapshot.json").read_text(encoding="utf-8"))
    assert header["format_version"] == FORMAT_VERSION
    for npz_path in (tmp_path / "snapshot").rglob("*.npz"):
        with np.load(npz_path, allow_pickle=False) as npz:
            assert all(npz[name].dtype != object for name in npz.files)


@pytest.mark.parametrize(
    "manifest",
    [
        [("b.txt", FP_B), ("a.txt", FP_A)],
        [("a.txt", FP_A), ("b.txt", FP_C)],
        [("a.txt", FP_A), ("b2.txt", FP_B)],
        [("a.txt", FP_A)],
        [("a.txt", FP_A), ("b.txt", FP_B), ("c.txt", FP_C)],
        [],
    ],
    ids=["reordered", "changed", "renamed", "removed", "added", "empty"],
)
def test_snapshot_for_other_documents_is_none(tmp_path: Path, manifest: list[tuple[str, str]]) -> None:
    saved_manifest, bm25, payload = _snapshot_inputs()
    save_snapshot(tmp_path, KEY, saved_manifest, bm25, payload)
    assert load_snapshot(tmp_path, KEY, manifest) is None
    assert load_snapshot(tmp_path, KEY, saved_manifest) is not None


def test_snapshot_under_other_settings_is_none(tmp_path: Path) -> None:
    manifest, bm25, payload = _snapshot_inputs()
    assert load_snapshot(tmp_path, KEY, manifest) is None
    save_snapshot(tmp_path, KEY, manifest, bm25, payload)
    assert load_snapshot(tmp_path, OTHER_KEY, manifest) is None


def test_snapshot_save_replaces_previous_generation(tmp_path: Path) -> None:
    manifest, bm25, payload = _snapshot_inputs()
    save_snapshot(tmp_path, KEY, manifest[:1], bm25, payload)
    save_snapshot(tmp_path, KEY, manifest, bm25, payload)
    generations = [p for p in (tmp_path / "snapshot").iterdir() if p.name.startswith("gen-")]
    assert len(generations) == 1
    assert load_snapshot(tmp_path, KEY, manifest[:1]) is None
    assert load_snapshot(tmp_path, KEY, manifest) is not None


def _corrupt_payload(root: Path) -> None:
    path = next(root.glob("gen-*/payload.json"))
    path.write_bytes(path.read_bytes()[:-3])


def _corrupt_arrays(root: Path) -> None:
    path = next(root.glob("gen-*/bm25/*.npz"))
    blob = bytearray(path.read_bytes())
    blob[len(blob) // 3] ^= 0x01
    path.write_bytes(bytes(blob))


def _truncate_header(root: Path) -> None:
    path = root / "snapshot.json"
    path.write_bytes(path.read_bytes()[:40])


def _bump_version(root: Path) -> None:
    path = root / "snapshot.json"
    header = json.loads(path.read_text(encoding="utf-8"))
    header["format_version"] = FORMAT_VERSION + 1
    path.write_text(json.dumps(header), encoding="utf-8")


def _remove_arrays(root: Path) -> None:
    next(root.glob("gen-*/bm25/*.npz")).unlink()


@pytest.mark.parametrize(
    "damage",
    [_corrupt_payload, _corrupt_arrays, _truncate_header, _bump_version, _remove_arrays],
)
def test_damaged_snapshot_is_none(tmp_path: Path, damage) -> None:
    manifest, bm25, payload = _snapshot_inputs()
    save_snapshot(tmp_path, KEY, manifest, bm25, payload)
    damage(tmp_path / "snapshot")
    assert load_snapshot(tmp_path, KEY, manifest) is None


def test_snapshot_rejects_bad_inputs(tmp_path: Path) -> None:
    manifest, bm25, _ = _snapshot_inputs()
    with pytest.raises(TypeError):
        save_snapshot(tmp_path, KEY, manifest, bm25, {"not": {1, 2}})
    with pytest.raises(TypeError):
        save_snapshot(tmp_path, KEY, [("a.txt", 3)], bm25, [])  # type: ignore[list-item]


def test_settings_key_is_canonical() -> None:
    assert make_settings_key({"a": 1, "b": "x"}) == make_settings_key({"b": "x", "a": 1})
    assert make_settings_key({"a": 1}) != make_settings_key({"a": 2})


def test_latest_snapshot_lets_a_document_be_appended(tmp_path: Path) -> None:
    manifest, bm25, payload = _snapshot_inputs()
    assert load_latest_snapshot(tmp_path, KEY) is None
    save_snapshot(tmp_path, KEY, manifest, bm25, payload)
    assert load_latest_snapshot(tmp_path, OTHER_KEY) is None
    snapshot = load_latest_snapshot(tmp_path, KEY)
    assert snapshot is not None
    assert snapshot.manifest == tuple(manifest)
    assert snapshot.passages_payload == payload
    grown = snapshot.bm25.extended(DOC_C)
    direct = SparseBM25(DOC_A + DOC_B + DOC_C, bm25.params)
    for query in (["浙江", "新"], ["文件", "黨員", "黨員"]):
        np.testing.assert_allclose(grown.get_scores(query), direct.get_scores(query), rtol=1e-12)


def test_build_bm25_refuses_inconsistent_documents() -> None:
    good = encode_passages(DOC_A)
    bad = EncodedPassages(vocabulary=good.vocabulary[:2], ids=good.ids, offsets=good.offsets)
    with pytest.raises(IndexBuildError):
        build_bm25([good, bad])


# ---------------------------------------------------------------- word sets and texts


def test_entry_keeps_text_and_word_set_and_can_be_retagged(tmp_path: Path) -> None:
    cache = TokenCache(tmp_path, KEY)
    text = "浙江主题教育\n党员干部" * 50
    one, two = word_set_id(["共富工坊"]), word_set_id(["共富工坊", "八八战略"])
    cache.put(FP_A, DOC_A, text=text, word_set=one)
    entry = cache.get_entry(FP_A)
    assert entry is not None and entry.encoded is not None
    assert (entry.word_set, entry.text, entry.encoded.to_tokens()) == (one, text, DOC_A)
    light = cache.get_entry(FP_A, tokens=False)
    assert light is not None and light.encoded is None and light.text == text
    path = cache.directory / f"{FP_A}.tok"
    before = path.read_bytes()
    assert cache.retag(FP_A, two)
    after = path.read_bytes()
    assert after != before and after.endswith(before[-200:])  # text and tokens byte for byte
    entry = cache.get_entry(FP_A)
    assert entry is not None and (entry.word_set, entry.text, cache.get(FP_A)) == (two, text, DOC_A)
    assert not cache.retag(FP_B, two)  # no entry


def test_corrupt_text_is_a_miss_even_without_tokens(tmp_path: Path) -> None:
    cache = TokenCache(tmp_path, KEY)
    cache.put(FP_A, DOC_A, text="浙江" * 100, word_set=word_set_id([]))
    path = cache.directory / f"{FP_A}.tok"
    blob = bytearray(path.read_bytes())
    header_end = 12 + int.from_bytes(blob[8:12], "little")
    blob[header_end + 3] ^= 0x40  # inside the compressed text
    path.write_bytes(bytes(blob))
    assert cache.get_entry(FP_A, tokens=False) is None
    assert cache.get_entry(FP_A) is None


def test_word_set_registry(tmp_path: Path) -> None:
    words = ["共富工坊", "八八战略"]
    set_id = save_word_set(tmp_path, words)
    assert set_id == word_set_id(reversed(words)) == word_set_id(words + words)
    assert load_word_set(tmp_path, set_id) == frozenset(words)
    assert load_word_set(tmp_path, word_set_id(["别的"])) is None
    assert load_word_set(tmp_path, "../../etc/passwd") is None
    empty = save_word_set(tmp_path, [])
    assert load_word_set(tmp_path, empty) == frozenset()
    # A file that does not hold the set it is named after is not trusted.
    path = tmp_path / "wordsets" / f"{set_id}.json"
    path.write_text(json.dumps({"format_version": FORMAT_VERSION, "words": ["共富工坊"]}), encoding="utf-8")
    assert load_word_set(tmp_path, set_id) is None
    path.write_text("{trunc", encoding="utf-8")
    assert load_word_set(tmp_path, set_id) is None
    assert save_word_set(tmp_path, words) == set_id  # rewritten
    assert load_word_set(tmp_path, set_id) == frozenset(words)
    assert prune_word_sets(tmp_path, {set_id}) == 1
    assert load_word_set(tmp_path, empty) is None and load_word_set(tmp_path, set_id) is not None


def test_snapshot_records_its_word_set(tmp_path: Path) -> None:
    manifest, bm25, payload = _snapshot_inputs()
    one, two = word_set_id(["共富工坊"]), word_set_id(["八八战略"])
    save_snapshot(tmp_path, KEY, manifest, bm25, payload, word_set=one)
    assert load_snapshot(tmp_path, KEY, manifest, word_set=one) is not None
    assert load_snapshot(tmp_path, KEY, manifest, word_set=two) is None
    latest = load_latest_snapshot(tmp_path, KEY)
    assert latest is not None and latest.word_set == one


def test_snapshot_info_reads_the_header_alone(tmp_path: Path) -> None:
    manifest, bm25, payload = _snapshot_inputs()
    assert load_snapshot_info(tmp_path, KEY) is None
    save_snapshot(tmp_path, KEY, manifest, bm25, payload, word_set=word_set_id(["共富工坊"]))
    _remove_arrays(tmp_path / "snapshot")  # the header alone still answers
    info = load_snapshot_info(tmp_path, KEY)
    assert info is not None
    assert info.manifest == tuple(manifest) and info.word_set == word_set_id(["共富工坊"])
    assert load_snapshot_info(tmp_path, OTHER_KEY) is None
    assert load_snapshot(tmp_path, KEY, manifest, info.word_set) is None  # the full load checks the arrays
    _truncate_header(tmp_path / "snapshot")
    assert load_snapshot_info(tmp_path, KEY) is None
