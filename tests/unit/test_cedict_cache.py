"""CC-CEDICT's cache in the user's cache folder: the same dictionary as parsing gives, and any file
that is not exactly what was written -- another source, a short or altered one -- is a miss, never
an error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from index.english import cedict
from index.english import cedict_cache
from index.english.cedict_cache import cache_file, read_cached, write_cached

CHUNKS = {b"%": b"\x02percent (Tw)", "纳米".encode(): b"\x02nanometer", "布什".encode(): b"\x01Bush (name)\n\x02bush"}
READINGS = {"纳": frozenset({"na"}), "行": frozenset({"xing", "hang"})}


def test_what_is_written_reads_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "cedict.bin"
    write_cached(path, b"123:456", CHUNKS, READINGS)
    chunks, readings = read_cached(path, b"123:456") or ({}, {})
    assert chunks == CHUNKS and list(chunks) == list(CHUNKS)
    assert readings == READINGS


@pytest.mark.parametrize("spoil", ["other source", "altered byte", "short", "longer", "garbage", "missing"])
def test_a_file_not_exactly_as_written_is_a_miss(tmp_path: Path, spoil: str) -> None:
    path = tmp_path / "cedict.bin"
    write_cached(path, b"123:456", CHUNKS, READINGS)
    raw = path.read_bytes()
    key = b"123:456"
    if spoil == "other source":
        key = b"123:457"
    elif spoil == "altered byte":
        path.write_bytes(raw[:-5] + bytes([raw[-5] ^ 1]) + raw[-4:])
    elif spoil == "short":
        path.write_bytes(raw[:-1])
    elif spoil == "longer":
        path.write_bytes(raw + b"\0")
    elif spoil == "garbage":
        path.write_bytes(b"\x00" * 200)
    else:
        path.unlink()
    assert read_cached(path, key) is None


def test_an_unwritable_folder_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    write_cached(blocker / "cedict.bin", b"1:2", CHUNKS, READINGS)  # no exception
    assert not (blocker / "cedict.bin").exists()


def test_the_dictionary_is_the_same_parsed_cached_or_after_a_spoilt_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = cache_file(cedict.source_key(cedict._data_file()))  # type: ignore[arg-type]
    assert str(path).startswith(str(tmp_path))
    try:
        cedict.load_dictionary.cache_clear()
        parsed = cedict.load_dictionary()  # parses the shipped file, writes the cache
        assert path.exists() and path.stat().st_mode & 0o077 == 0
        cedict.load_dictionary.cache_clear()
        cached = cedict.load_dictionary()  # reads it
        assert cached.chunks == parsed.chunks and list(cached.glosses) == list(parsed.glosses)
        assert cached.glosses == parsed.glosses and cached.readings == parsed.readings
        raw = path.read_bytes()
        path.write_bytes(raw[:1000] + b"#" + raw[1001:])
        cedict.load_dictionary.cache_clear()
        again = cedict.load_dictionary()  # a miss: parsed again, and the cache rewritten
        assert again.glosses == parsed.glosses and again.readings == parsed.readings
        assert read_cached(path, cedict.source_key(cedict._data_file())) is not None  # type: ignore[arg-type]
    finally:
        cedict.load_dictionary.cache_clear()


def test_sources_side_by_side_keep_their_own_files_and_only_the_newest_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two installs in turn (a checkout's and a clone's) each read their own file back instead of
    overwriting one; beyond the newest few, other sources' files (and the first format's one file)
    are removed when a cache is written."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    legacy = cache_file(b"0:0").parent / "cedict.bin"
    legacy.parent.mkdir(parents=True)
    legacy.write_bytes(b"old")
    keys = [f"{n}:{n}".encode() for n in range(cedict_cache._KEPT + 3)]
    for age, key in enumerate(keys):
        write_cached(cache_file(key), key, CHUNKS, READINGS)
        os.utime(cache_file(key), ns=(age * 10**9, age * 10**9))  # written in this order
    assert not legacy.exists()
    assert read_cached(cache_file(keys[-1]), keys[-1]) is not None
    assert read_cached(cache_file(keys[-2]), keys[-2]) is not None  # two sources in turn: both hit
    kept = sorted(p.name for p in cache_file(b"0:0").parent.iterdir())
    assert len(kept) == cedict_cache._KEPT + 1
    assert kept == sorted(cache_file(key).name for key in keys[-cedict_cache._KEPT - 1 :])
    assert read_cached(cache_file(keys[-1]), keys[-2]) is None  # a file holds its own source's key
