"""A date question whose best passage gives no date may find it in the paragraph right before."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answer.figure import choose_figure
from bot.answer.figure.asked_event import question_verbs
from bot.answer.figure_words import figure_words
from bot.answer.query import Query
from bot.answer.reading import Reading
from bot.answer.window import window_text
from index.figures import Figure
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer.ranked import Candidate

_SENTENCE_END_RE = re.compile(r"[。！？!?；;]")
#: How well a date in the paragraph before must fit to answer for a passage that gives none.
DATE_BEFORE_FIT = 0.4


def date_before(reading: Reading, query: Query, best: Candidate) -> tuple[Figure, Candidate] | None:
    """A date question whose best passage gives no date (省委第一時間…制定…方案: 是因為總書記哪個月
    來浙江考察？) may find it in the paragraph right before, under the same headings (2023年9月,
    總書記親臨浙江考察…): that date, when it fits the question as well as ``DATE_BEFORE_FIT``, and
    the candidate with its window grown to show it."""
    ev = best.evidence
    before = ev.first - 1
    if before < 0 or reading.place(before)[0] != reading.place(ev.id)[0]:
        return None
    if reading.heading(before) != reading.heading(ev.id):
        return None
    text = reading.text(before)
    words = figure_words(query)
    figure, fit = choose_figure(text, words, reading.index, query.info, reading.heading(before))
    if figure is None or fit < DATE_BEFORE_FIT:
        return None
    sentence = normalize(_SENTENCE_END_RE.split(text[figure.end :], 1)[0])
    if not any(verb in sentence for verb in question_verbs(words, reading.index)):
        return None  # the date of something else than the question's event
    grown = replace(ev, first=before)
    if figure.text not in window_text(reading, grown):
        return None  # the passage is too long to show the sentence before it
    return figure, replace(best, evidence=grown)
