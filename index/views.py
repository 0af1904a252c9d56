"""The index's passages and documents as sequences read from the store one item at a time, and
what is read of a passage on its own (its text and place, its matching forms): an index of a
million passages costs nothing to open and little to keep."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import overload

from corpus.loader import DocumentInfo
from corpus.passages import Passage
from index.recent import Recent
from index.store.segments import SegmentSet


def position(i: int, n: int, what: str) -> int:
    """A sequence index (negative counts from the end) as a position in ``range(n)``."""
    position = i + n if i < 0 else i
    if not 0 <= position < n:
        raise IndexError(f"{what} index out of range")
    return position


class Passages(Sequence[Passage]):
    """The index's passages in order, each read from the store when asked for."""

    def __init__(self, segments: SegmentSet, recent: Recent[int, Passage]) -> None:
        self._segments = segments
        self._recent = recent

    def __len__(self) -> int:
        return self._segments.num_passages

    @overload
    def __getitem__(self, i: int) -> Passage: ...
    @overload
    def __getitem__(self, i: slice) -> list[Passage]: ...

    def __getitem__(self, i: int | slice) -> Passage | list[Passage]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        return self._recent(position(i, len(self), "passage"))

    def __iter__(self) -> Iterator[Passage]:
        return (self[i] for i in range(len(self)))


# What an index keeps for recent passages is made by functions of its segments, not by its bound
# methods: an index holding no reference to itself is freed (its files closed) by reference
# counting as soon as a reload has replaced it and its last question is answered.


def read_passage(segments: SegmentSet, i: int, text: str | None = None) -> Passage:
    document, s, local = segments.locate(i)
    segment = segments.parts[s].segment
    record = segment.docs[segments.doc_local.item(document)]
    return Passage(
        doc=record["name"],
        title=record["title"],
        paragraph=segment.paragraph.item(local),
        part=segment.part.item(local),
        section=segment.section_name(local),
        text=segment.text(local) if text is None else text,
    )


def read_forms(segments: SegmentSet, passage: int) -> tuple[str, str]:
    _, s, local = segments.locate(passage)
    text, _, headings = segments.parts[s].segment.normalised_text(local).partition("\n")
    return text, headings


def read_place(segments: SegmentSet, passage: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """:meth:`Index.paragraph_of` and :meth:`Index.neighbours`, read together: a document's
    passages are consecutive, in one segment, so a neighbour of the same document is the next
    local passage."""
    document, s, local = segments.locate(passage)
    paragraph = segments.parts[s].segment.paragraph
    where = paragraph.item(local)
    start, stop = segments.document_bounds(document)
    first = passage - 1 if passage > start and paragraph.item(local - 1) == where else passage
    last = passage + 1 if passage + 1 < stop and paragraph.item(local + 1) == where else passage
    return (document, where), (first, last)


class Documents(Sequence[DocumentInfo]):
    """The index's documents in name order (metadata only; their text is in the passages)."""

    def __init__(self, segments: SegmentSet) -> None:
        self._segments = segments

    def __len__(self) -> int:
        return len(self._segments.doc_segment)

    @overload
    def __getitem__(self, i: int) -> DocumentInfo: ...
    @overload
    def __getitem__(self, i: slice) -> list[DocumentInfo]: ...

    def __getitem__(self, i: int | slice) -> DocumentInfo | list[DocumentInfo]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        i = position(i, len(self), "document")
        segment = self._segments.parts[int(self._segments.doc_segment[i])].segment
        record = segment.docs[int(self._segments.doc_local[i])]
        return DocumentInfo(
            name=record["name"], title=record["title"], fingerprint=record["fingerprint"],
            subtitle=record.get("subtitle"), source=record.get("source"), date=record.get("date"),
            authors=tuple(record.get("authors") or ()), copyright=record.get("copyright"),
            added=float(record.get("added") or 0.0),
        )

    def __iter__(self) -> Iterator[DocumentInfo]:
        return (self[i] for i in range(len(self)))
