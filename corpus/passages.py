"""Cut documents into passages: short, citable pieces of text that answer a question.

Short heading lines are section titles: they belong to the passages after them. Every other line
is a paragraph (numbered from 1 in each document). A paragraph longer than ``max_chars`` is split
at sentence boundaries (。！？；﹔ and their ASCII forms) into consecutive passages, each at most
``max_chars`` long where the sentences allow it; a single sentence longer than ``hard_max_chars``
is cut at clause boundaries, and as a last resort at ``hard_max_chars``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Iterable, Iterator

from corpus.loader import Document, looks_like_heading

_SENTENCE_RE = re.compile(r"[^。！？；﹔!?;]*(?:[。！？；﹔!?;]+[”’」』)）\"']*|$)")
_CLAUSE_RE = re.compile(r"[^，,、：:]*(?:[，,、：:]+|$)")


@dataclass(frozen=True)
class Passage:
    """A searchable piece of a document, with where it came from."""

    doc: str
    title: str
    paragraph: int
    part: int
    section: str | None
    text: str

    @property
    def key(self) -> str:
        """A stable identifier: document name, paragraph and part."""
        return f"{self.doc}#{self.paragraph}.{self.part}"


def split_document(
    document: Document, max_chars: int = 160, hard_max_chars: int = 600
) -> list[Passage]:
    """All passages of one document, in reading order."""
    passages: list[Passage] = []
    section: str | None = None
    paragraph = 0
    lines = document.lines
    for index, line in enumerate(lines):
        is_last = index == len(lines) - 1
        if not is_last and looks_like_heading(line):
            section = line
            continue
        paragraph += 1
        for part, text in enumerate(split_paragraph(line, max_chars, hard_max_chars)):
            passages.append(
                Passage(
                    doc=document.name,
                    title=document.title,
                    paragraph=paragraph,
                    part=part,
                    section=section,
                    text=text,
                )
            )
    return passages


def split_documents(
    documents: Iterable[Document], max_chars: int = 160, hard_max_chars: int = 600
) -> list[Passage]:
    """Passages of several documents, document by document."""
    return [p for d in documents for p in split_document(d, max_chars, hard_max_chars)]


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` in order, each with its closing punctuation (and quotes)."""
    return [s for s in _SENTENCE_RE.findall(text) if s]


def split_paragraph(text: str, max_chars: int = 160, hard_max_chars: int = 600) -> list[str]:
    """Group a paragraph's sentences into chunks of at most ``max_chars`` where possible."""
    text = text.strip()
    if len(text) <= max_chars:
        return [text] if text else []
    chunks: list[str] = []
    current = ""
    for sentence in _pieces(text, hard_max_chars):
        if current and len(current) + len(sentence) > max_chars:
            chunks.append(current)
            current = ""
        current += sentence
    if current:
        chunks.append(current)
    return [c.strip() for c in chunks if c.strip()]


def _pieces(text: str, hard_max_chars: int) -> Iterator[str]:
    for sentence in _SENTENCE_RE.findall(text):
        if not sentence:
            continue
        if len(sentence) <= hard_max_chars:
            yield sentence
            continue
        yield from _cut_long(sentence, hard_max_chars)


def _cut_long(sentence: str, hard_max_chars: int) -> Iterator[str]:
    current = ""
    for clause in _CLAUSE_RE.findall(sentence):
        while len(clause) > hard_max_chars:
            if current:
                yield current
                current = ""
            yield clause[:hard_max_chars]
            clause = clause[hard_max_chars:]
        if current and len(current) + len(clause) > hard_max_chars:
            yield current
            current = ""
        current += clause
    if current:
        yield current
