"""The store's text blobs, read with positioned reads: the same bytes as the array, a damaged
file refused at opening (no descriptor left open), a file truncated later read short (no crash),
and the descriptors of an index replaced by a reload closed with it."""

from __future__ import annotations

import gc
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import load_config
from bot.engine import Engine
from corpus.errors import IndexBuildError
from index.build import open_index
from index.store import blob as blob_module
from index.store.blob import MemoryBlob, open_blob
from index.store.files import file_check
from index.store.segment import open_segment
from tests.conftest import ROOT

ARTICLE = ROOT / "corpus" / "documents" / "zhejiang-theme-education.txt"
TEXT = "全市新建城市書房35家，接待讀者1.2萬人次。共富工坊，共富工坊共富。".encode()


def saved(tmp_path: Path, data: bytes, name: str = "texts") -> Path:
    path = tmp_path / f"{name}.npy"
    np.save(path, np.frombuffer(data, dtype=np.uint8), allow_pickle=False)
    return path


def open_files(under: Path) -> list[str]:
    """What this process holds open under ``under`` (descriptors and their targets)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(under)):
            found.append(target.removesuffix(" (deleted)"))
    return found


def test_reads_are_the_arrays_bytes_and_text(tmp_path: Path) -> None:
    path = saved(tmp_path, TEXT)
    blob = open_blob(path, file_check(path))
    memory = MemoryBlob(np.frombuffer(TEXT, dtype=np.uint8))
    assert len(blob) == len(memory) == len(TEXT)
    for start, stop in [(0, len(TEXT)), (3, 9), (9, 9), (len(TEXT) - 3, len(TEXT))]:
        assert blob.read(start, stop) == memory.read(start, stop) == TEXT[start:stop]
        assert blob.text(start, stop) == memory.text(start, stop) == TEXT[start:stop].decode("utf-8", "replace")
    blob.close()
    blob.close()  # twice is harmless
    with pytest.raises(ValueError):
        blob.read(0, 3)
    assert not open_files(tmp_path)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=200), st.lists(st.binary(max_size=4), max_size=3), st.integers(1, 16))
def test_find_all_finds_every_occurrence_across_pieces(tmp_path_factory: pytest.TempPathFactory, data: bytes,
                                                      words: list[bytes], scan: int) -> None:
    expected = sorted((i, w) for w, word in enumerate(words) if word for i in range(len(data))
                      if data.startswith(word, i))
    folder = tmp_path_factory.mktemp("find")
    path = saved(folder, data)
    original = blob_module._SCAN
    blob_module._SCAN = scan  # pieces of a few bytes: occurrences across their edges
    try:
        blob = open_blob(path, file_check(path))
        for found in (list(blob.find_all(words)), list(MemoryBlob(data).find_all(words))):
            assert sorted(found) == expected
            for w in range(len(words)):  # each word's offsets increasing
                mine = [i for i, v in found if v == w]
                assert mine == sorted(mine)
        blob.close()
    finally:
        blob_module._SCAN = original


@pytest.mark.parametrize("damage", ["truncated", "garbled", "header", "dtype", "missing"])
def test_a_damaged_blob_is_refused_and_nothing_stays_open(tmp_path: Path, damage: str) -> None:
    path = saved(tmp_path, TEXT * 50)
    check = file_check(path)
    raw = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(raw[:-7])
    elif damage == "garbled":
        path.write_bytes(raw[:-3] + bytes(b ^ 0xFF for b in raw[-3:]))
    elif damage == "header":
        path.write_bytes(b"\x93NUMPY\x01\x00" + b"{garbage" + raw[16:])
        check = file_check(path)  # even with a matching check: the header itself is unreadable
    elif damage == "dtype":
        np.save(path, np.frombuffer(TEXT * 50, dtype=np.uint8).view(np.int16)[: len(TEXT) * 25], allow_pickle=False)
        check = file_check(path)
    else:
        path.unlink()
    with pytest.raises(IndexBuildError):
        open_blob(path, check)
    assert not open_files(tmp_path)


def test_a_blob_truncated_after_opening_reads_short(tmp_path: Path) -> None:
    path = saved(tmp_path, TEXT)
    blob = open_blob(path, file_check(path))
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size - 10)
    assert blob.read(0, len(TEXT)) == TEXT[:-10]
    assert blob.text(len(TEXT) - 5, len(TEXT)) == ""
    blob.close()


@pytest.mark.parametrize("name", ["texts", "norms"])
def test_a_segment_with_a_damaged_text_blob_is_rebuilt_with_its_files_closed(tmp_path: Path, name: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ARTICLE, corpus / "a.txt")
    cache = tmp_path / "cache"
    first = open_index(corpus, cache_dir=cache)
    expected = [first.passage_text(i) for i in range(first.num_passages)]
    folder = first.segments.parts[0].segment.folder
    assert folder is not None
    del first
    gc.collect()
    path = folder / f"{name}.npy"
    path.write_bytes(path.read_bytes()[:-1])
    with pytest.raises(IndexBuildError):
        open_segment(folder)
    assert not open_files(folder)
    again = open_index(corpus, cache_dir=cache)  # refused, rebuilt, served
    assert [again.passage_text(i) for i in range(again.num_passages)] == expected
    assert again.segments.parts[0].segment.folder != folder


def test_a_reload_closes_the_replaced_index_files(tmp_path: Path) -> None:
    """Every reload opens the store anew; the index it replaces holds no reference to itself, so
    it and its files go as soon as nothing uses it -- by reference counting, no collector."""
    (tmp_path / "corpus").mkdir()
    shutil.copy(ARTICLE, tmp_path / "corpus" / "a.txt")
    (tmp_path / "config.yaml").write_text(
        "corpus:\n  path: corpus\nindex:\n  cache_dir: cache\nlogging:\n  level: WARNING\n", encoding="utf-8")
    cache = tmp_path / "cache"
    engine = Engine.from_config(load_config(tmp_path / "config.yaml", environ={}))
    engine.ask("共富工坊有多少家？")
    engine.ask("How many common prosperity workshops are there?")
    assert engine.index._english is not None  # the English translator, which reads postings, is built too
    gc.disable()
    try:
        for i in range(12):
            text = f"新文件{i}\n今年全省新建了{100 + i}家共富工坊。\n"
            (tmp_path / "corpus" / f"n{i}.txt").write_text(text, encoding="utf-8")
            engine.reload()
            engine.ask("共富工坊有多少家？")
            engine.ask("How many common prosperity workshops are there?")
            folders = {part.segment.folder for part in engine.index.segments.parts}
            held = open_files(cache)
            assert {Path(target).parent for target in held} <= folders  # nothing of a replaced index
            assert sorted(Path(t).name for t in held if t.endswith(("texts.npy", "norms.npy"))) == sorted(
                ["norms.npy", "texts.npy"] * len(folders))  # each blob once
    finally:
        gc.enable()
    assert len(engine.index.segments.parts) > 1
