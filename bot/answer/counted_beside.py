"""A counted thing the documents never name, asked beside most other words of a passage that
counts in the asked measure word: the reader's word for what that count counts."""

from __future__ import annotations

import math
from collections.abc import Sequence

from bot.answer.model import WeightedWord
from index.figures import passage_figures
from index.normalize import normalize
from index.runs import HAN_ONLY_RE
from index.search import Index, QueryTerm

#: How many other words of the question a passage must write (at least, and at least this share of
#: them) for its count in the asked measure word to stand for a thing the documents never name.
BESIDE_WORDS = 3
BESIDE_SHARE = 2 / 3
#: How many of the passages best matching those words are read.
BESIDE_SAMPLE = 20
#: Measure words too general to say what is counted (多少个国家 names a thing 个 counts anywhere).
GENERAL_MEASURES = frozenset("个個名位人种種次项項件只")


def counted_beside(index: Index, unit: str | None, others: Sequence[WeightedWord]) -> bool:
    """Whether one passage writes two thirds of the question's other words -- at least
    :data:`BESIDE_WORDS` of them -- and a count in the asked measure word (城牆…第二期整治…搬遷牆根
    住戶1,240戶 for 汀陵城牆第二期整治搬遷了多少戶人家; 解决了…2856户群众的季节性缺水问题): the thing the
    question counts and no document names (人家) is what that count counts, not something the
    documents lack."""
    if not unit or unit in GENERAL_MEASURES:
        return False
    heads = list(dict.fromkeys(w.variants[0] for w in others if len(w.variants[0]) >= 2 and HAN_ONLY_RE.match(w.variants[0])))
    needed = max(BESIDE_WORDS, math.ceil(BESIDE_SHARE * len(heads)))
    if len(heads) < needed:
        return False
    # the passages that best match those words hold the most of them: a bounded read at any size
    for hit in index.search([QueryTerm(head) for head in heads], BESIDE_SAMPLE):
        if sum(head in index.normalized_text(hit.index) for head in heads) < needed:
            continue
        if any(f.kind == "count" and normalize(f.unit) == unit for f in passage_figures(index.passage_text(hit.index))):
            return True
    return False
