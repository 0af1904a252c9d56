"""A wholly English question asking a measured amount by its dimension ("how *deep* is the shaft",
"how *heavy* is the statuette", "what *area* does the hall cover") whose best passage's figure is
measured in a unit of that very dimension (920米, 8.5磅, 780平方米): shown as possibly related
though the shown model declines it.

The shown model weighs how much of the question a passage and the documents hold; a short
question about a thing the translator cannot render ("statuette", a place spelled in pinyin)
holds little, so a right passage and an off-topic one look alike to it. The figure the figure
model picks says more: a length for "how deep", a mass for "how heavy" -- the question's own
dimension, in a unit (:func:`index.figures.units.unit_dimension`), fitting at least
:data:`~bot.answer.english.doubt.ENGLISH_COUNT_FOUND` -- is what a passage about something else
seldom holds beside the question's words. Not "how long" (a length or a span of time), not a
question naming capitalised a thing nothing was searched for unless the passage's document
spells it as a place, or the figure's own clause spells it in the characters' readings ("How tall
is Mount *Kilimanjaro*": 3.2公尺 is a tide gauge's; "How deep is the *Qikeng* shaft": 汽坑洞的深度为
920米, 汽 qi 坑 keng) -- as :func:`~bot.answer.english.doubt.count_found` and
:func:`~bot.answer.english.clause_held.clause_words` accept such a name.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.english.doubt import ENGLISH_COUNT_FOUND, HOW_LONG_RE, names_unsearched
from bot.answer.english.spelled_written import MAX_SYLLABLES, MIN_SYLLABLES, spelled_whole, document_spells
from bot.answer.figure.fitness import figure_clause
from bot.answer.reading import Reading
from bot.answer.window import window_text
from index.normalize import aligner_for

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query


def dimension_held(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether a wholly English question asking a measured dimension (``info.dimension``) has a
    ``best`` figure in a unit of that dimension fitting at least
    :data:`~bot.answer.english.doubt.ENGLISH_COUNT_FOUND` (see the module)."""
    figure, asked = best.figure, query.info.dimension
    if figure is None or asked is None or not figure.unit or figure.dimension != asked:
        return False
    if best.features.fit < ENGLISH_COUNT_FOUND or not wholly_english(query.question):
        return False
    if HOW_LONG_RE.search(query.question):
        return False  # "how long should dumplings be boiled": 全長約640米 is a street's
    text = window_text(reading, best.evidence)
    if not 0 <= figure.start < figure.end <= len(text):
        return False
    clause = figure_clause(aligner_for(text).normalized, figure)
    readings = reading.index.english().readings
    return not names_unsearched(query, lambda english: (
        document_spells(reading, best.evidence.id, english.replace(" ", ""))
        or spelled_in(readings, english.replace(" ", "").lower(), clause)
    ))


def spelled_in(readings: Mapping[str, frozenset[str]], word: str, clause: str) -> bool:
    """Whether ``clause`` writes :data:`~bot.answer.english.spelled_written.MIN_SYLLABLES` to
    :data:`~bot.answer.english.spelled_written.MAX_SYLLABLES` characters whose readings spell
    ``word`` (lower-case pinyin, no tones) whole: within one clause, beside the figure, such
    characters are the name, not two words that happen to sound like it."""
    if not word.isascii() or not word.isalpha():
        return False
    return any(
        spelled_whole(readings, clause[start : start + size], word)
        for size in range(MIN_SYLLABLES, MAX_SYLLABLES + 1)
        for start in range(len(clause) - size + 1)
    )
