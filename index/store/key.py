"""The cache key: everything that shapes passages and tokens, taken from what produced them.

Not a hand-bumped version number: the key hashes the *source* of the modules that turn a file into
passages and tokens (loader, passages, normalize, runs, tokenizer, segmenter, fields, bulk), jieba's dictionary
file, the versions of jieba, rjieba and OpenCC, the passage size and the store's format. Change any of them -- even a
helper inside the tokenizer -- and every cached segment is rebuilt. (The user dictionary is not in
the key: a user word changes only the documents that contain it, which the store re-segments.)
"""

from __future__ import annotations

import hashlib
import json
import sys
from importlib import metadata
from pathlib import Path

SHAPING_MODULES = (
    "corpus.loader", "corpus.passages", "index.normalize", "index.runs", "index.tokenizer", "index.segmenter",
    "index.fields", "index.bulk",
)


def source_digest(module_name: str) -> str:
    """SHA-256 of a module's source file (imported if needed)."""
    __import__(module_name)
    path = Path(getattr(sys.modules[module_name], "__file__", "") or "")
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return f"unreadable:{path}"


def cache_key(max_passage_chars: int, store_format: int) -> str:
    """The key of segments made with these settings by this code and these dictionaries."""
    import jieba

    with jieba.get_dict_file() as handle:
        dictionary = Path(handle.name)
    parts = {
        "store_format": store_format,
        "max_passage_chars": max_passage_chars,
        "sources": {name: source_digest(name) for name in SHAPING_MODULES},
        "jieba": _version("jieba"),
        "rjieba": _version("rjieba"),
        "jieba_dictionary": _file_digest(dictionary),
        "opencc": _version("opencc"),
    }
    blob = json.dumps(parts, sort_keys=True).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:32]


def _file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return f"unreadable:{path}"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"
