"""What a wholly English count question counts, and whether a figure's own words count another thing.

"How many *visitors* came to the anniversary exhibition?" counts visitors: the noun of time the
question also writes ("anniversary") names the exhibition, not what is counted, so a span of time
(八八战略实施20周年) is no answer. What "how many" counts is the noun phrase right after it, up to
the first grammar word ("how many *years* of history", "how many *days* did ... last", "for how
many *years*"): a figure that is a span of time answers only where a noun of time stands there.

"How many *people* died in the flood that broke the bridge?" counts people; 冲毁桥孔3个 counts
the bridge's arches: a count in 个 (the measure word of anything) with nothing written after it
counts the thing named before it (问题5571个, 点位286个) -- people are written 3个人, 3名, 3人, never
a bare 3个 closing its clause.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.window import shown_text
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer.ranked import Candidate
    from bot.answer.reading import Reading

_HOW_MANY_RE = re.compile(r"\bhow\s+many\s+([a-z][a-z' -]*)", re.IGNORECASE)
#: Grammar words that end the counted noun phrase: auxiliaries and modals, prepositions,
#: conjunctions, relative words -- a short closed class of English grammar.
_PHRASE_ENDS = frozenset(
    "of did does do is are was were be been has have had will would can could should shall may might"
    " must in on at for to from by with after before since during under over about across per into"
    " that which who whom whose when where while than as and or but there here it they he she we you i"
    .split()
)
#: Nouns of a span of time, which a figure of time (20周年, 7天, 31年) counts.
_PERIOD_NOUNS = frozenset(
    "year years month months week weeks day days hour hours minute minutes second seconds decade decades"
    " century centuries anniversary anniversaries season seasons term terms".split()
)
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END_RE = re.compile(r"[。！？!?；;\n]")


def period_counted(question: str) -> bool:
    """Whether "how many" in ``question`` counts a span of time: a noun of time among the words
    right after it, before the first grammar word ("how many more *years*", not "how many
    visitors came to the *anniversary* exhibition")."""
    for match in _HOW_MANY_RE.finditer(question):
        for word in match.group(1).lower().split():
            if word in _PHRASE_ENDS:
                break
            if word.strip("'-") in _PERIOD_NOUNS:
                return True
    return False


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
    start = max((m.end() for m in _SENTENCE_END_RE.finditer(text, 0, at)), default=0)
    stop = _SENTENCE_END_RE.search(text, end)
    return not (counted and counted in text[start : stop.start() if stop else len(text)])
