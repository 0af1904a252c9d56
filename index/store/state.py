"""The store's state: which segments make the index, what is deleted in them, which files.

``<cache_dir>/store/state.json`` (replaced atomically, last, after every file it names is written):
``format``, ``format_version``, ``key`` (:mod:`index.store.key`), ``user_words`` the live tokens
were made with, ``okapi_idf`` (mean Okapi IDF, exact; null after an update, until an Okapi search
needs it), ``segments`` (``dir``, ``deleted`` local document numbers, ``live_df``: the file of
live document frequencies when something is deleted) and ``documents``: per live document in name
order ``[name, segment, local number, fingerprint, size, mtime_ns, ctime_ns, inode, named terms]``
-- a start compares the corpus folder's ``stat`` with these and reads (and hashes) only the files
whose entry differs.

A missing state, or one of another format or key, is a cache miss; a damaged one too (logged).
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from corpus.errors import IndexBuildError
from index.store.files import file_check, read_json_object, save_array, write_json
from index.store.segment import Segment, open_segment
from index.store.segments import LiveSegment, SegmentSet

log = logging.getLogger(__name__)

FORMAT = "zh-news-qa-bot/store"
FORMAT_VERSION = 1
STORE_DIR = "store"


@dataclass(frozen=True)
class DocEntry:
    """A live document as the state records it."""

    name: str
    segment: int
    local: int
    fingerprint: str
    stat: tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode; zeros when unknown
    named: tuple[str, ...]


@dataclass
class State:
    key: str
    user_words: tuple[str, ...]
    segment_dirs: list[str]
    deleted: list[frozenset[int]]
    live_df: list[np.ndarray | None]
    documents: list[DocEntry]
    okapi_idf: float | None = None
    segments: list[Segment] = field(default_factory=list)

    def segment_set(self) -> SegmentSet:
        parts = [LiveSegment(seg, dele, df) for seg, dele, df in zip(self.segments, self.deleted, self.live_df)]
        return SegmentSet(
            parts,
            np.fromiter((d.segment for d in self.documents), dtype=np.int32, count=len(self.documents)),
            np.fromiter((d.local for d in self.documents), dtype=np.int64, count=len(self.documents)),
            self.okapi_idf,
        )


def store_dir(cache_dir: Path) -> Path:
    return cache_dir / STORE_DIR


def load_state(cache_dir: Path, key: str) -> State | None:
    """The state saved under ``key`` with its segments opened, or ``None`` (missing, foreign or
    damaged: logged, never raised)."""
    root = store_dir(cache_dir)
    path = root / "state.json"
    if not path.exists():
        return None
    opened: list[Segment] = []
    try:
        raw = read_json_object(path, what="index store state")
        if raw.get("format") != FORMAT or raw.get("format_version") != FORMAT_VERSION:
            log.info("index store %s has another format: ignored", root)
            return None
        if raw.get("key") != key:
            log.info("index store %s was built by other code, dictionaries or settings: rebuilding", root)
            return None
        state = _parse(raw, key)
        opened = state.segments
        for name, entry in zip(state.segment_dirs, raw["segments"]):
            segment = open_segment(root / name)
            state.segments.append(segment)
            df_name = entry.get("live_df")
            if df_name is not None:
                if file_check(root / f"{df_name}.npy") != entry.get("live_df_check"):
                    raise IndexBuildError(f"{root / df_name} is damaged")
                state.live_df.append(np.load(root / f"{df_name}.npy", allow_pickle=False))
            else:
                state.live_df.append(None)
        _check(state)
    except (IndexBuildError, KeyError, TypeError, ValueError) as exc:
        for segment in opened:  # their files closed now, not when collected
            segment.close()
        log.warning("index store at %s unusable, rebuilding: %s", root, exc)
        return None
    return state


def _parse(raw: dict[str, Any], key: str) -> State:
    documents = [
        DocEntry(str(d[0]), int(d[1]), int(d[2]), str(d[3]), (int(d[4]), int(d[5]), int(d[6]), int(d[7])),
                 tuple(str(w) for w in d[8]))
        for d in raw["documents"]
    ]
    return State(
        key=key,
        user_words=tuple(str(w) for w in raw["user_words"]),
        segment_dirs=[str(s["dir"]) for s in raw["segments"]],
        deleted=[frozenset(int(x) for x in s["deleted"]) for s in raw["segments"]],
        live_df=[],
        documents=documents,
        okapi_idf=float(raw["okapi_idf"]) if raw.get("okapi_idf") is not None else None,
    )


def _check(state: State) -> None:
    names = [d.name for d in state.documents]
    if names != sorted(names) or len(set(names)) != len(names):
        raise IndexBuildError("the state's documents are not in name order")
    for d in state.documents:
        if not 0 <= d.segment < len(state.segments) or not 0 <= d.local < state.segments[d.segment].num_docs:
            raise IndexBuildError(f"the state places {d.name} in no segment")
        if d.local in state.deleted[d.segment]:
            raise IndexBuildError(f"the state lists {d.name} as deleted")
    for segment, df in zip(state.segments, state.live_df):
        if df is not None and df.shape != (len(segment.vocabulary),):
            raise IndexBuildError("live document frequencies do not fit their segment")


def new_segment_dir(cache_dir: Path) -> Path:
    """A fresh name for a segment folder in the store (not created yet)."""
    return store_dir(cache_dir) / f"seg-{os.urandom(8).hex()}"


def save_state(cache_dir: Path, state: State) -> None:
    """Write ``state`` (its segments already written), then remove what it no longer names."""
    root = store_dir(cache_dir)
    segments = []
    keep = {"state.json"}
    for name, deleted, df in zip(state.segment_dirs, state.deleted, state.live_df):
        entry: dict[str, Any] = {"dir": name, "deleted": sorted(deleted), "live_df": None}
        if df is not None:
            df_name = f"live-{os.urandom(8).hex()}"
            entry["live_df_check"] = save_array(root, df_name, df.astype(np.int32))
            entry["live_df"] = df_name
            keep.add(f"{df_name}.npy")
        segments.append(entry)
        keep.add(name)
    raw = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "key": state.key,
        "user_words": list(state.user_words),
        "okapi_idf": state.okapi_idf,
        "segments": segments,
        "documents": [[d.name, d.segment, d.local, d.fingerprint, *d.stat, list(d.named)] for d in state.documents],
    }
    write_json(root / "state.json", raw)
    for path in root.iterdir():
        if path.name not in keep:
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)


def remove_store(cache_dir: Path) -> None:
    """Forget everything stored (before a full rebuild writes a new store)."""
    shutil.rmtree(store_dir(cache_dir), ignore_errors=True)
