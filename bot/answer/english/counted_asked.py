"""Whether a figure's own words count another thing than a wholly English count question asks.

"How many *people* died in the flood that broke the bridge?" counts people; 冲毁桥孔3个 counts
the bridge's arches: a count in 个 (the measure word of anything) with nothing written after it
counts the thing named before it (问题5571个, 点位286个) -- people are written 3个人, 3名, 3人, never
a bare 3个 closing its clause. Where the figure's sentence writes the counted word anywhere,
the count may name it back (托位数达到4.6个，而2022年底这一数字仅为2.1个): not judged.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.sentences import sentence_of
from bot.answer.window import shown_text
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer.ranked import Candidate
    from bot.answer.reading import Reading

_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def count_closes_clause(reading: Reading, best: Candidate, counted: str | None) -> bool:
    """Whether the best candidate's figure stands with no Chinese character right after it in its
    shown text (冲毁桥孔3个，...) in a sentence that nowhere writes ``counted`` (the question's
    counted word, 人): it counts the thing written before it, not the one asked -- where the
    sentence writes it, the count may name it back (托位数达到4.6个，而2022年底这一数字仅为2.1个)."""
    evidence, figure = best.evidence, best.figure
    if figure is None:
        return False
    text = normalize(shown_text(reading, evidence.id, evidence.first, evidence.last).text)
    at = text.find(normalize(figure.text))
    if at < 0:
        return False
    end = at + len(figure.text)
    if end < len(text) and _HAN_RE.match(text, end) is not None:
        return False
    return not (counted and counted in sentence_of(text, at, end))
