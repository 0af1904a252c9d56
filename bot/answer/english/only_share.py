"""A share asked in English whose best passage writes one share only.

A wholly English question asking a share ("what share of the salt ...", "what portion of the
goods ...") is answered only by a figure in % (or 成): a count, a sum or a date is no share. When
the window shown of its best passage writes exactly one such figure that the question does not
quote, and the figure choice chose it, the passage can give no other answer -- though the fit of
that figure runs low, its words standing by translations sharing their weight (其中約65%銷往外地:
"sold outside the area" reaches few of the clause's words). The figure is then shown from
:data:`~bot.answer.FIGURE_DOUBTED`, as a passage the engine is sure of shows its figure."""

from __future__ import annotations

from bot.question import QuestionInfo
from index.figures import Figure, passage_figures


def only_share(text: str, info: QuestionInfo, figure: Figure) -> bool:
    """Whether ``figure``, chosen for a share question, is the only share ``text`` writes that
    the question does not quote."""
    if info.kind != "percent" or figure.kind != "percent":
        return False
    quoted = {q.value for q in info.quoted if q.kind == "percent"}
    shares = [f for f in passage_figures(text) if f.kind == "percent" and f.value not in quoted]
    return len(shares) == 1 and shares[0].start == figure.start
