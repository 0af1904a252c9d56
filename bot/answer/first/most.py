"""Which one is the most (沄潭哪个温泉区游客最多): the passage that writes the question's most (以霧溪溫泉區
旅客最多) answers it, though another about the same things holds more of the question's words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.first.close import document_first
from bot.answer.query import Query
from bot.answer.reading import Reading
from bot.answer.window import window_words_text
from bot.question.kinds import MOST_PLACE_TYPED_RE, WHICH_MOST_RE
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
#: The first character of what 哪 asks which of (哪个区: 区; 哪一年: 年), and where clauses end.
_WHICH_NOUN_RE = re.compile(r"哪[一几]?[个個]?([\u4e00-\u9fff])")
_CLAUSE_RE = re.compile(r"[，,。；;！？!?]")
_RANKS_FIRST_RE = re.compile(r"居[^，,。；;]{0,8}(?:首位|第一位?|之首)|(?:位居|排名|名列|排行)第一|居首")


def most_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a Chinese question asking which one is the most (哪个区…最多), with the close
    one of the best's document that writes that most (最多: not 最高, which a passage about the
    same place may write of a mountain) -- or a ranking's first place (居各区县首位) -- put first,
    when the best does not."""
    if query.translations or len(candidates) < 2:
        return candidates
    asked = WHICH_MOST_RE.search(normalize(query.text))  # (as read: 邊區 is 哪区)
    typed = MOST_PLACE_TYPED_RE.search(normalize(query.text)) if asked is None else None  # 升幅最大 地区
    if asked is None and typed is None:
        return candidates
    most = typed.group(1) if typed is not None else asked.group(1) or asked.group(2)
    which = _WHICH_NOUN_RE.search(normalize(query.text))
    # the most of one of those asked (为各区最多), not of the whole (为有纪录以来最多, of the city)
    noun = which.group(1) if which else ""

    def says_most(candidate: Candidate) -> bool:
        text = window_words_text(reading, candidate.evidence)
        if most in text and any(most in clause and noun in clause for clause in _CLAUSE_RE.split(text)):
            return True
        return most in _RANKED and _RANKS_FIRST_RE.search(text) is not None

    return document_first(reading, candidates, MOST_REACH, MOST_SHARE, says_most)
