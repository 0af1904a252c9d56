"""Which one is the most (沄潭哪个温泉区游客最多): the passage that writes the question's most (以霧溪溫泉區
旅客最多) answers it, though another about the same things holds more of the question's words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.first.close import document_first
from bot.answer.query import Query
from bot.answer.reading import Reading
from bot.answer.window import window_text
from bot.question.kinds import WHICH_MOST_RE
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer import Candidate

#: How many candidates after the best are read, and the share of the best's rank score the one
#: writing the most must reach to come first.
MOST_REACH = 5
MOST_SHARE = 0.75
#: A ranking's first place, as texts write the most of a count (澄湾区完成改造点位2874个，居各区县首位):
#: said of the most, the largest, the highest.
_RANKED = frozenset({"最多", "最大", "最高"})
_RANKS_FIRST_RE = re.compile(r"居[^，,。；;]{0,8}(?:首位|第一位?|之首)|(?:位居|排名|名列|排行)第一|居首")


def most_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a Chinese question asking which one is the most (哪个区…最多), with the close
    one of the best's document that writes that most (最多: not 最高, which a passage about the
    same place may write of a mountain) -- or a ranking's first place (居各区县首位) -- put first,
    when the best does not."""
    if query.translations or len(candidates) < 2:
        return candidates
    asked = WHICH_MOST_RE.search(normalize(query.question))
    if asked is None:
        return candidates
    most = asked.group(1) or asked.group(2)

    def says_most(candidate: Candidate) -> bool:
        text = normalize(window_text(reading, candidate.evidence))
        return most in text or (most in _RANKED and _RANKS_FIRST_RE.search(text) is not None)

    return document_first(reading, candidates, MOST_REACH, MOST_SHARE, says_most)
