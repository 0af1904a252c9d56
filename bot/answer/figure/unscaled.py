"""A figure an English question quotes without the scale the text writes after it: "Pengyuan's
seed-growing area was 9.8 (ten-thousand mu) last year; how large is it now?" quotes 9.8万亩 (the
scale named in words, which the figure reader does not take), so 9.8万亩 is the question's own
figure, not its answer -- as a figure it quotes whole is (:func:`~bot.answer.figure.fitness.quotes`)."""

from __future__ import annotations

from bot.question import QuestionInfo
from index.figures import Figure

#: The scales a text writes right after a number (9.8万亩, 1.67亿元).
_SCALES = frozenset("十百千万亿萬億")


def quoted_unscaled(info: QuestionInfo, figure: Figure) -> bool:
    """Whether an English question quotes ``figure``'s number as written, with a decimal point (a
    measurement: no name, as "Line 3" is), and without the scale the text writes right after it."""
    if not info.english or figure.kind not in ("count", "number"):
        return False
    return any(
        "." in quoted.text and not quoted.unit and figure.text.startswith(quoted.text)
        and figure.text[len(quoted.text) : len(quoted.text) + 1] in _SCALES
        for quoted in info.quoted if quoted.kind in ("count", "number")
    )
