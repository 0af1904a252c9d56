"""The same measure of another, said by 則為 (小學每名學生的平均單位成本為11.3萬港元，中學則為13.6萬港元):
a question naming the second (中学每名学生的平均单位成本) asks its figure, not the first's, though
the measure's words stand by the first."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.answer.figure.nearness import ELIDED, Layout
from index.figures import Figure
from index.normalize import aligner_for

#: How much the first figure fits when the question names the second's subject only.
ANOTHERS = 0.5
_ELIDED_AT_RE = re.compile(r"[，,；;]\s*(" + ELIDED + ")")


def elided_other(text: str, shape: Layout, figure: Figure, terms: Iterable[str]) -> float:
    """:data:`ANOTHERS` when the clause after the figure's says the same of another with 则为 and
    names a word of the question (中学则为…) that the figure's clause does not; else 1."""
    matching = aligner_for(text).normalized
    clause = shape.spot(figure.start, figure.end).clause
    if clause >= len(shape.clause_ends):
        return 1.0
    start = shape.clause_ends[clause - 1] if clause > 0 else 0
    end = shape.clause_ends[clause]
    after = _ELIDED_AT_RE.match(matching, end - 1)
    if after is None:
        return 1.0
    subject, own = after.group(1), matching[start:end]
    named = [term for term in terms if len(term) > 1 and term in subject and term not in own]
    return ANOTHERS if named else 1.0
