"""A count of the members of a named group answered by the count of another group's members."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import NOT_SEARCHED, SEPARATOR, wholly_english
from bot.answer.window import shown_text
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer.model import Candidate
    from bot.answer.query import Query
    from bot.answer.reading import Reading

#: "how many <things> of (the) <Name ...>": the capitalised words naming whose things are counted.
_OWNED_RE = re.compile(r"\b(?i:how\s+many)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+of\s+(?:the\s+)?((?:[A-Z][a-z]+(?:'s)?\s+)+)")
#: Where a clause of the text begins: what is written between it and a figure is that figure's clause.
_CLAUSE_END_RE = re.compile(r"[，,。；;！？!?：:]")


def owner_not_written(reading: Reading, best: Candidate, query: Query) -> bool:
    """Whether a wholly English count of the things of a named owner ("how many members *of the
    Zheng clan*") is answered by a figure whose clause writes the counted thing (成員) but
    not the owner's name (村中老人組成的講解隊現有成員15人: the members of a guide team): Chinese
    names whose members, branches, staff it counts before them, in the same clause, so that
    clause counts another owner's -- nothing is shown, as for a count the passage does not give."""
    info, figure = query.info, best.figure
    if info.kind != "count" or info.counted is None or figure is None or not wholly_english(query.question):
        return False
    match = _OWNED_RE.search(query.question)
    if match is None:
        return False
    owner = {word.lower().removesuffix("'s") for word in match.group(1).split()}
    names = {
        normalize(term)
        for translation in query.translations if translation.english in owner
        for term in translation.term.split(SEPARATOR) if term and term != NOT_SEARCHED
    }
    if not names:
        return False  # the owner's name is not understood: nothing to look for
    evidence = best.evidence
    text = normalize(shown_text(reading, evidence.id, evidence.first, evidence.last).text)
    at = text.find(normalize(figure.text))
    if at < 0:
        return False
    starts = [m.end() for m in _CLAUSE_END_RE.finditer(text, 0, at)]
    clause = text[starts[-1] if starts else 0 : at]
    return normalize(info.counted) in clause and not any(name in clause for name in names)
