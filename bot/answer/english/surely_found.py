"""Whether the passage a wholly English question would be shown holds any of its words surely: a
word found only through one character (光 for "light", 开 for "openings", 舒 for "stretch") is found
in one of the many senses a character has, and a passage holding nothing else speaks of none of
what the question names.

Measured over every English dev set (docs/evaluation.md, round eng71c, beside the study of
``tests/fit_english_decline``): a wholly English question shown no figure, whose best window and
headings hold no word of it through a term of two characters or more at its full share (nor a name
or Latin word as written), is a negative -- 3 at the base, no answerable question. Round eng80s
counts a term at half its word's best share or more (:data:`SURE_SHARE`): at nine tenths, 2
answerable questions whose right passage came first got nothing (倡议 for "proposed", 钻头 for
"driller"), against 1 negative, still declined.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from bot.answer.query import matcher
from bot.answer.reading import Reading

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: A variant standing for its word at this share of the best one or more is one of the word's own
#: senses (the rest: a sub-word, a loose neighbour, a word it is a piece of). Half, not nine
#: tenths: a term of two characters the text writes is a word, not one of a character's many
#: senses, and a sense of the English word a little less likely than its first is still one --
#: 倡议 (0.87) for "proposed" beside 提出, 钻头 (0.70) for "driller" beside 钻 (round eng80s: at
#: 0.9 those two answerable questions, whose right passage came first, got nothing).
SURE_SHARE = 0.5


def nothing_surely_found(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether ``best``'s window and headings hold none of the question's words through a term of
    two characters or more at :data:`SURE_SHARE` of its word (a name as written counts, a Latin
    word as written counts): what it holds is single characters, or looser senses."""
    ev = best.evidence
    ids = range(ev.first, ev.last + 1)
    texts = [reading.normalized(j) for j in ids] + [reading.heading(ev.id)]
    index = reading.index
    for word in query.words:
        m = matcher(word)
        if m.name is not None:
            if any(m.name in t for t in texts):
                return False
            continue
        for variant, share, _ in m.variants:
            if len(variant) < 2 or share < SURE_SHARE:
                continue
            if any(variant in t for t in texts) or _indexed(index.postings(variant), ids):
                return False
    return True


def _indexed(postings: np.ndarray, ids: range) -> bool:
    """Whether one of the passages ``ids`` is among a term's ``postings``."""
    if len(postings) == 0:
        return False
    k = int(np.searchsorted(postings, ids.start))
    return k < len(postings) and int(postings[k]) < ids.stop
