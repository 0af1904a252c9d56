"""When an answer to a wholly English question is doubtful though the shown/confident models pass it.

Translated words make a question look well covered: each English word found *some* corpus term,
so the share of the question a passage holds, and the share the documents seem to lack, look
better than for a Chinese question the documents cannot answer. What a count question asks gives
a signal no translation inflates: whether the best passage holds a figure that fits it (the figure
model's ``fit``). On the English dev sets the best passage of an answerable count question holds a
figure fitting at least 0.09, one for a count the documents do not give often none (docs/evaluation.md).
Chinese and mixed questions are left to the fitted models.
"""

from __future__ import annotations

from bot.answer.english import wholly_english

#: A wholly English count question whose best passage's best figure fits less than this is
#: about something the documents do not count: nothing is shown.
ENGLISH_COUNT_NOTHING = 0.08


def count_not_given(question: str, kind: str | None, fit: float) -> bool:
    """Whether a wholly English count question's best passage gives no count that fits it
    (``fit``: its best figure's fit, 0 without one): the documents speak of the things named
    but do not count what is asked ("how many students attend the University of Pittsburgh":
    the passage is about its students, with no figure counting them)."""
    return kind == "count" and fit < ENGLISH_COUNT_NOTHING and wholly_english(question)
