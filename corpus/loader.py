"""Read the corpus folder: every UTF-8 ``.txt``/``.md`` document, with optional YAML front matter.

A document is a plain text file. Optional front matter between ``---`` lines carries its metadata
(``title``, ``subtitle``, ``source``, ``date``, ``authors``); without it, the first line is the
title. A trailing copyright footer ("Copyright © ...", "版權所有 ...") is metadata, not text.

Every problem is a :class:`~corpus.errors.CorpusError` whose message names the file.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, fields
from pathlib import Path

import yaml

from corpus.errors import CorpusError

DOCUMENT_SUFFIXES = (".txt", ".md")
_FRONT_MATTER_KEYS = {"title", "subtitle", "source", "date", "authors", "author", "url", "added"}
_FOOTER_RE = re.compile(r"^\s*(copyright\b|©|\(c\)\s*\d|版權所有|版权所有|all rights reserved)", re.I)
# Control characters other than tab/newline make a line unreadable in a chat; drop them.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class DocumentInfo:
    """What an index keeps of a document once its passages are stored: everything but the lines."""

    name: str
    title: str
    fingerprint: str
    subtitle: str | None = None
    source: str | None = None
    date: str | None = None
    authors: tuple[str, ...] = ()
    copyright: str | None = None
    added: float = 0.0


@dataclass(frozen=True)
class Document(DocumentInfo):
    """One corpus document: its metadata and its body lines (headings included, footer excluded)."""

    lines: tuple[str, ...] = ()


def document_info(document: Document) -> DocumentInfo:
    """The :class:`DocumentInfo` of a loaded document."""
    return DocumentInfo(**{f.name: getattr(document, f.name) for f in fields(DocumentInfo)})


def is_document_file(path: Path) -> bool:
    """True for a visible regular ``.txt``/``.md`` file."""
    return (
        path.is_file()
        and not path.name.startswith(".")
        and path.suffix.lower() in DOCUMENT_SUFFIXES
    )


def list_document_files(folder: Path) -> list[Path]:
    """The document files of a corpus folder, sorted by name."""
    if not folder.exists():
        raise CorpusError(f"corpus folder {folder} does not exist")
    if not folder.is_dir():
        raise CorpusError(f"corpus path {folder} is not a folder")
    return sorted((p for p in folder.iterdir() if is_document_file(p)), key=lambda p: p.name)


def load_corpus(folder: Path) -> tuple[Document, ...]:
    """Load every document in ``folder``; refuse an empty folder or any unreadable file."""
    files = list_document_files(folder)
    if not files:
        raise CorpusError(f"corpus folder {folder} holds no .txt or .md document")
    return tuple(load_document(path) for path in files)


def load_document(path: Path) -> Document:
    """Read one document file; raise :class:`CorpusError` naming the file when it is unusable."""
    try:
        raw = path.read_bytes()
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return parse_document(path.name, raw, added=mtime)


def parse_document(name: str, raw: bytes, *, added: float = 0.0) -> Document:
    """Parse a document's bytes (UTF-8, BOM and CRLF allowed) into a :class:`Document`."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{name}: not valid UTF-8 (byte {exc.start}); save it as UTF-8 and try again"
        ) from exc
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body = _split_front_matter(name, text)
    lines = [_clean_line(line) for line in body.split("\n")]
    lines = [line for line in lines if line]

    copyright_lines: list[str] = []
    while lines and _FOOTER_RE.search(lines[-1]):
        copyright_lines.insert(0, lines.pop())

    title = _text_field(name, meta, "title")
    subtitle = _text_field(name, meta, "subtitle")
    if title is None:
        if not lines:
            raise CorpusError(f"{name}: the document is empty")
        if len(lines) == 1 and not looks_like_heading(lines[0]):
            # A document that is one paragraph (however long): its first sentence names it.
            title = _first_sentence(lines[0])
        else:
            title = lines.pop(0)
        # A plain article often has a short subtitle line right under its title.
        if subtitle is None and len(lines) > 1 and looks_like_heading(lines[0]):
            subtitle = lines.pop(0)
    if not lines:
        raise CorpusError(f"{name}: the document has a title but no text")

    authors_value = meta.get("authors", meta.get("author"))
    if authors_value is None:
        authors: tuple[str, ...] = ()
    elif isinstance(authors_value, str):
        authors = tuple(a for a in re.split(r"[,、，\s]+", authors_value) if a)
    elif isinstance(authors_value, list) and all(isinstance(a, (str, int)) for a in authors_value):
        authors = tuple(str(a) for a in authors_value)
    else:
        raise CorpusError(f"{name}: front matter 'authors' must be a name or a list of names")

    return Document(
        name=name,
        title=title,
        lines=tuple(lines),
        fingerprint=hashlib.sha256(raw).hexdigest(),
        subtitle=subtitle,
        source=_text_field(name, meta, "source"),
        date=_text_field(name, meta, "date"),
        authors=authors,
        copyright=" ".join(copyright_lines) or None,
        added=added,
    )


def _first_sentence(text: str, limit: int = 40) -> str:
    end = min((text.find(ch) for ch in _SENTENCE_END if ch in text), default=-1)
    sentence = text[: end + 1] if end != -1 else text
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


def _split_front_matter(name: str, text: str) -> tuple[dict[str, object], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 3)
    if end == -1:
        raise CorpusError(f"{name}: front matter starts with '---' but never ends")
    block = text[4:end]
    rest = text[end + 4 :]
    rest = rest.split("\n", 1)[1] if "\n" in rest else ""
    try:
        meta = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        raise CorpusError(f"{name}: front matter is not valid YAML ({_yaml_problem(exc)})") from exc
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise CorpusError(f"{name}: front matter must be 'key: value' lines")
    unknown = sorted(str(k) for k in meta if k not in _FRONT_MATTER_KEYS)
    if unknown:
        raise CorpusError(
            f"{name}: unknown front matter key {unknown[0]!r} "
            f"(known: {', '.join(sorted(_FRONT_MATTER_KEYS))})"
        )
    return meta, rest


def _text_field(name: str, meta: dict[str, object], key: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, (str, int, float)) or hasattr(value, "isoformat"):
        text = _clean_line(str(value))
        return text or None
    raise CorpusError(f"{name}: front matter {key!r} must be text")


def _clean_line(line: str) -> str:
    line = _CONTROL_RE.sub("", line)
    return unicodedata.normalize("NFC", line).strip()


def _yaml_problem(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or "syntax error"
    return f"{problem} at line {mark.line + 2}" if mark is not None else str(problem)


_SENTENCE_END = "。！？；﹔!?;…"


#: A byline on a line of its own (記者王小明／台南報導, 本报记者 张三, 文／李四, 新華社北京3月5日電): the
#: writer is text a reader asks about, not a section title.
_BYLINE_RE = re.compile(
    r"^(?:本[報报])?(?:駐\S{1,6})?(?:記者|记者|特派員|特派员|通訊員|通讯员|特約記者|特约记者|撰文|文\s*[／/])"
    r"|[／/]\S{0,8}(?:報導|报道)\s*$|\d{1,2}日(?:專|专)?[電电]\s*$"
)


def looks_like_heading(line: str) -> bool:
    """A short line without sentence punctuation: a section title, not a passage (nor a byline)."""
    stripped = line.strip()
    if not stripped or len(stripped) > 40:
        return False
    if any(ch in _SENTENCE_END for ch in stripped) or _BYLINE_RE.search(stripped):
        return False
    if stripped[0] in "(（[【“\"" or stripped[-1] in ":：)）]】”\"":
        return False
    return any("\u4e00" <= ch <= "\u9fff" for ch in stripped)
