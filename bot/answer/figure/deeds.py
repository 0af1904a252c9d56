"""A count right after an English count question's verb is what the verb did: 赢得5次冠军 for
"how many times have they *won* the Series" (beside 打进过7次世界大赛, which holds the question's
noun): in Chinese the count stands between the verb and its object (verb + count + noun), so
the verb right before a count says what was counted, as the noun right after it does
(:data:`~bot.answer.figure.COUNTED`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answer.figure.nearness import Spot
from index.figures import Figure
from index.normalize import aligner_for

#: What may stand between the verb and its count (赢得了5次, 打进过7次): an aspect particle.
_ASPECT = frozenset({"", "了", "过", "過"})
#: The verb's clause before it, read this far back for a count per unit (每平方公里土地上).
_CLAUSE_START_RE = re.compile(r"[，,。；;：:！？!?、]")
_PER_REACH = 20


def deed_spans(text: str, verbs: Sequence[str]) -> frozenset[tuple[int, int]]:
    """Where the question's verbs (their own translations) stand in ``text``."""
    aligner = aligner_for(text)
    return frozenset(span for verb in verbs for span in aligner.spans(verb))


def deed_counted(text: str, figure: Figure, word: Spot, deeds: frozenset[tuple[int, int]]) -> bool:
    """Whether ``word`` is one of the question's verbs standing right before the count ``figure``
    (an aspect particle between at most) -- not where its clause counts per unit before it (每平方公里土地上
    生活了408位居民: a density, not how many did the deed)."""
    if not ((word.start, word.end) in deeds and 0 <= figure.start - word.end <= 1 and text[word.end : figure.start] in _ASPECT):
        return False
    clause = _CLAUSE_START_RE.split(text[max(0, word.start - _PER_REACH) : word.start])[-1]
    return "每" not in clause

