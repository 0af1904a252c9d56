"""Which one is the most (沄潭哪个温泉区游客最多): the passage that writes the question's most (以霧溪溫泉區
旅客最多) answers it, though another about the same things holds more of the question's words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.close_first import document_first
from bot.answer.query import Query
from bot.answer.reading import Reading
from bot.answer.window import window_text
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer import Candidate

#: How many candidates after the best are read, and the share of the best's rank score the one
#: writing the most must reach to come first.
MOST_REACH = 5
MOST_SHARE = 0.75
#: A question asking which one is the most of something: 哪 (哪个区, 哪一天, 哪家), then 最 and a
#: word of amount, size or speed (not 最佳, an award's name; not 最重要, which is no amount; not 最早,
#: which asks what came first: ``earliest_first``) -- or that most, then 是哪 (清出海废最多的是哪个乡镇).
_MOST = "(最[多少高低大小长短快慢强深远])"
_WHICH_MOST_RE = re.compile(r"哪[一几]?[\u4e00-\u9fff]{0,14}?" + _MOST + "|" + _MOST + r"(?!要)[\u4e00-\u9fff]{0,10}?哪")


def most_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a Chinese question asking which one is the most (哪个区…最多), with the close
    one of the best's document that writes that most (最多: not 最高, which a passage about the
    same place may write of a mountain) put first, when the best does not."""
    if query.translations or len(candidates) < 2:
        return candidates
    asked = _WHICH_MOST_RE.search(normalize(query.question))
    if asked is None:
        return candidates
    most = asked.group(1) or asked.group(2)

    def says_most(candidate: Candidate) -> bool:
        return most in normalize(window_text(reading, candidate.evidence))

    return document_first(reading, candidates, MOST_REACH, MOST_SHARE, says_most)
