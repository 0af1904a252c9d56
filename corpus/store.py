"""The corpus folder as a document store: safe names, validation, atomic writes, removal.

Adapters (the Telegram bot's upload, ``/remove``) call these; nothing here knows about Telegram.

- :func:`safe_document_name` turns an uploaded file's name into a plain ``.txt``/``.md`` file name
  of the corpus folder: no folders, not hidden, a sane length.
- :func:`check_document` accepts bytes only when they are UTF-8 and hold at least one passage.
- :func:`write_document` writes atomically (temporary file in the same folder, ``fsync``,
  ``os.replace``) and never replaces an existing document unless told to.
- :func:`remove_document` deletes one document by its exact file name, never the last one.

Every refusal is a :class:`~corpus.errors.DocumentRejected` whose message says why, in words a
person who sent the file can act on.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from corpus.errors import CorpusError, DocumentRejected
from corpus.loader import DOCUMENT_SUFFIXES, Document, list_document_files, parse_document
from corpus.passages import split_document

#: Longest file name kept, in characters of the name without its suffix.
MAX_STEM_CHARS = 80
#: Longest file name written, in UTF-8 bytes (file systems allow 255).
MAX_NAME_BYTES = 200
_UNSAFE_RE = re.compile(r"[^\w.\-]+")
_REPEAT_RE = re.compile(r"([._\-])[._\-]+")


@dataclass(frozen=True)
class CheckedDocument:
    """An uploaded document that passed every check, ready to be written."""

    name: str
    data: bytes
    document: Document
    passages: int

    @property
    def title(self) -> str:
        return self.document.title


def safe_document_name(file_name: str | None) -> str:
    """A safe corpus file name derived from ``file_name``; raise DocumentRejected if none is.

    Folder parts (``/`` and ``\\``) are dropped, characters other than letters, digits, ``.``,
    ``-`` and ``_`` become ``_``, leading dots are removed (no hidden files), the suffix must be
    ``.txt`` or ``.md`` (kept in lower case) and the name is shortened to a sane length.
    """
    if not file_name or not file_name.strip():
        raise DocumentRejected("the file has no name; send it as a .txt or .md document")
    base = re.split(r"[/\\]", file_name)[-1]
    base = unicodedata.normalize("NFC", base).strip()
    stem, dot, suffix = base.rpartition(".")
    suffix = (dot + suffix).lower()
    if not dot or suffix not in DOCUMENT_SUFFIXES:
        raise DocumentRejected(
            f"only .txt and .md documents can be added, not {_shown(base)!r}"
        )
    stem = _UNSAFE_RE.sub("_", stem)
    stem = _REPEAT_RE.sub(r"\1", stem).strip("._- ")
    stem = stem[:MAX_STEM_CHARS]
    while len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    stem = stem.rstrip("._- ")
    if not stem:
        raise DocumentRejected(f"the file name {_shown(base)!r} has no usable characters")
    return stem + suffix


def check_size(size: int | None, max_bytes: int, *, partial: bool = False) -> None:
    """Refuse a file whose (declared or real) size is over ``max_bytes``.

    ``partial``: ``size`` is only what has arrived so far of a file of unknown size.
    """
    if size is not None and size > max_bytes:
        shown = "" if partial else f" {_human_size(size)},"
        raise DocumentRejected(
            f"the file is{shown} more than the limit of {_human_size(max_bytes)}"
        )


def check_document(
    name: str, data: bytes, *, max_bytes: int, max_passage_chars: int = 160
) -> CheckedDocument:
    """Validate an uploaded document: size, UTF-8, front matter, at least one passage."""
    if name != safe_document_name(name):
        raise DocumentRejected(f"{name!r} is not a safe document name")
    check_size(len(data), max_bytes)
    if not data.strip():
        raise DocumentRejected(f"{name}: the file is empty")
    try:
        document = parse_document(name, data)
    except CorpusError as exc:
        raise DocumentRejected(str(exc)) from exc
    passages = split_document(document, max_passage_chars)
    if not passages:
        raise DocumentRejected(f"{name}: the document holds no text to answer questions from")
    return CheckedDocument(name=name, data=bytes(data), document=document, passages=len(passages))


def document_path(folder: Path, name: str) -> Path:
    """The path of document ``name`` inside ``folder``; refuse any name that leaves the folder."""
    if name != safe_document_name(name):
        raise DocumentRejected(f"{name!r} is not a safe document name")
    root = folder.resolve()
    path = (root / name).resolve()
    if path.parent != root:
        raise DocumentRejected(f"{name!r} would be stored outside the corpus folder")
    return path


def document_exists(folder: Path, name: str) -> bool:
    """True when the corpus folder already holds a document called ``name``."""
    return document_path(folder, name).exists()


def write_document(folder: Path, name: str, data: bytes, *, replace: bool = False) -> bytes | None:
    """Write ``data`` as document ``name`` atomically; return the bytes it replaced, if any.

    The bytes go to a hidden temporary file in the same folder, are flushed to disk, and the
    file is then renamed into place, so a reader (or a reload) sees the old document or the new
    one, never half of one. Without ``replace`` an existing document is never overwritten.
    """
    path = document_path(folder, name)
    previous: bytes | None = None
    if path.exists():
        if not replace:
            raise DocumentRejected(f"a document named {name} already exists")
        previous = path.read_bytes()
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".upload-", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        if replace:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)  # fails if the name was taken meanwhile: never overwrites
            except FileExistsError:
                raise DocumentRejected(f"a document named {name} already exists") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    sync_folder(path.parent)
    return previous


def remove_document(folder: Path, name: str) -> bytes:
    """Delete document ``name`` (an exact file name of the folder); return its bytes.

    The last document is never removed: a corpus folder without documents cannot be served.
    """
    files = {p.name: p for p in list_document_files(folder)}
    if name not in files:
        raise DocumentRejected(f"there is no document named {_shown(name)!r}")
    if len(files) == 1:
        raise DocumentRejected(f"{name} is the last document; the corpus cannot be left empty")
    path = document_path(folder, name)
    data = path.read_bytes()
    path.unlink()
    sync_folder(path.parent)
    return data


def restore_document(folder: Path, name: str, previous: bytes | None) -> None:
    """Undo a write or removal: put ``previous`` back, or delete the document when it was new."""
    if previous is None:
        with contextlib.suppress(FileNotFoundError):
            document_path(folder, name).unlink()
        sync_folder(folder)
    else:
        write_document(folder, name, previous, replace=True)


def sync_folder(folder: Path) -> None:
    """fsync a folder, so that a rename or deletion in it survives a crash (where the platform
    allows it). The index's store uses it too."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _human_size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.0f} kB"
    return f"{size} bytes"


def _shown(name: str) -> str:
    """A name as it may be quoted back: printable, short."""
    printable = "".join(ch if ch.isprintable() else "?" for ch in name)
    return printable if len(printable) <= 60 else printable[:59] + "…"
