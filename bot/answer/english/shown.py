"""The Chinese words an English question searched, shown as the answering passage writes them."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answer.english.basics import SEPARATOR
from bot.answer.model import Translation
from index.normalize import aligner_for


def as_written(translations: Sequence[Translation], text: str) -> tuple[Translation, ...]:
    """Show each searched term as the passage writes it (黨員 rather than 党员) when it is
    there, those the passage holds first."""
    aligner = aligner_for(text)
    out = []
    for t in translations:
        found, others = [], []
        for term in t.term.split(SEPARATOR):
            spans = aligner.spans(term)
            (found if spans else others).append(text[spans[0][0] : spans[0][1]] if spans else term)
        out.append(Translation(t.english, SEPARATOR.join(found + others)))
    return tuple(out)
