"""A what-question naming a measured amount whose best passage writes no figure of it.

"What *speed limit* did the county set", "what total amount in *fines* did it impose" ask a figure
by its noun, not by "how many": the question's kind is none the figure reader knows, so no figure
is chosen, and the passage is shown for the words it shares with the question. What the noun
measures is what the dictionary's Chinese words for it measure (CC-CEDICT headwords glossed by
the word: "speed" 航速, 时速 -- a speed; "fine" 罚款 -- money; as
:func:`~index.figures.units.measured_whole` reads a Chinese question's 时速, 罚款). A passage none
of whose figures measures that (2146公里 of road for a speed limit; counts of problems and tonnes
of rubbish for a sum of fines) does not give it: nothing is shown, as for a count question whose
passage counts nothing asked (:func:`~bot.answer.english.doubt.count_not_given`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.reading import Reading
from bot.answer.window import window_text
from index.english.cedict import load_dictionary
from index.english.glosses import gloss_index
from index.english.lemmas import lemmatize
from index.figures import passage_figures
from index.figures.units import measured_whole

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: "what"/"which", then the asked noun phrase up to the first auxiliary or finite "be" (closed
#: classes of English grammar): "what *total amount in fines* did ...", "what *speed limit* did".
_ASKED_RE = re.compile(r"\s*(?:what|which)\s+(?:(?:is|was|are|were)\s+)?(?:the\s+)?(.+)", re.IGNORECASE)
_AUXILIARY_RE = re.compile(
    r"\b(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should|must|may|might)\b", re.IGNORECASE
)
_WORD_RE = re.compile(r"[a-z]+")


def asked_measures(question: str) -> frozenset[str]:
    """What the noun phrase a what-question asks measures (:func:`measured_whole`'s names), by the
    CC-CEDICT headwords glossing its words' base forms; empty when it names no measured amount."""
    found = _ASKED_RE.match(question)
    if found is None:
        return frozenset()
    phrase = _AUXILIARY_RE.split(found.group(1), maxsplit=1)[0].lower()
    known, glossed = load_dictionary().known, gloss_index().glossed
    return frozenset(
        dimension
        for word in _WORD_RE.findall(phrase)
        for head in glossed.get(lemmatize(word, known), ())
        if (dimension := measured_whole(head)) is not None
    )


def measure_unwritten(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether a wholly English what-question of no kind the figure reader knows, its best
    passage giving no figure, names a measured amount (:func:`asked_measures`) that no figure of
    the best passage's window measures. Only for such questions (no kind, no figure chosen)."""
    if query.info.kind is not None or best.figure is not None or not wholly_english(query.question):
        return False
    measures = asked_measures(query.question)
    if not measures:
        return False
    return not any(figure.dimension in measures for figure in passage_figures(window_text(reading, best.evidence)))
