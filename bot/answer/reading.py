"""One question's reading of an index: each passage fetched once (the store makes them on demand;
where only its text is wanted, the text alone is read)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus.passages import Passage
from index.search import Index

if TYPE_CHECKING:
    from bot.answer.window import Shown


class Reading:
    """An index as one question reads it: passages and their matching forms, remembered."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._passages: dict[int, Passage] = {}
        self._texts: dict[int, str] = {}
        self._normalized: dict[int, tuple[str, str]] = {}
        self._paragraphs: dict[int, tuple[int, int]] = {}
        self._all = index.passages
        self.shown: dict[tuple[int, int, int, int], Shown] = {}  # bot.answer.window.shown_text's

    def passage(self, passage_id: int) -> Passage:
        found = self._passages.get(passage_id)
        if found is None:
            text = self._texts.get(passage_id)  # read already (a shown passage's text is): not read again
            found = self._all[passage_id] if text is None else self.index.passage_with_text(passage_id, text)
            self._passages[passage_id] = found
        return found

    def text(self, passage_id: int) -> str:
        """The passage's text as written (read without making the passage)."""
        found = self._texts.get(passage_id)
        if found is None:
            found = self._texts[passage_id] = self.index.passage_text(passage_id)
        return found

    def normalized(self, passage_id: int) -> str:
        """The passage's matching form, as the index was built from it."""
        return self._forms(passage_id)[0]

    def heading(self, passage_id: int) -> str:
        """The matching form of the headings above the passage (its document's title and its
        section): ``normalize(f"{title}\\n{section or ''}")``, as the index was built from it."""
        return self._forms(passage_id)[1]

    def _forms(self, passage_id: int) -> tuple[str, str]:
        found = self._normalized.get(passage_id)
        if found is None:
            found = self._normalized[passage_id] = self.index.normalized_forms(passage_id)
        return found

    def window(self, passage_id: int) -> tuple[int, int]:
        """The passage's neighbours in its paragraph: ids ``first..last`` around it."""
        return self.index.neighbours(passage_id)

    def place(self, passage_id: int) -> tuple[int, int]:
        """``(document number, paragraph number)`` of the passage, read without making it."""
        found = self._paragraphs.get(passage_id)
        if found is None:
            found = self._paragraphs[passage_id] = self.index.paragraph_of(passage_id)
        return found
