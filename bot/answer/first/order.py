"""The order in which the questions' ways of putting a passage first are tried: each sees the
candidates as the one before left them, so the most specific (who holds a role, who wrote the
text) come before the general (a tie on words settled by the figure)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answer.english.kind_named import kind_named_first
from bot.answer.english.located import english_located_first
from bot.answer.first.byline import byline_first
from bot.answer.first.dynasty import dynasty_first
from bot.answer.first.earliest import earliest_first
from bot.answer.first.event import event_first
from bot.answer.first.fit import fit_first
from bot.answer.first.located import located_first
from bot.answer.first.measure import measure_first
from bot.answer.first.most import most_first
from bot.answer.first.relative_count import relative_count_first
from bot.answer.first.speaker import speaker_first
from bot.answer.persons import role_first
from bot.answer.query import Query
from bot.answer.reading import Reading

if TYPE_CHECKING:
    from bot.answer import Candidate


def put_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` with the passage that shows what ``query`` asks put first, if one does."""
    candidates = role_first(reading, query, candidates)  # 协会主席是谁: the passage naming the chairman
    candidates = byline_first(reading, query, candidates)  # 这篇报道是哪位记者写的: the byline's passage
    candidates = speaker_first(reading, query, candidates)  # 谁介绍了…计划: the passage where 副局长…表示
    candidates = dynasty_first(reading, query, candidates)  # 清代重建是在哪一年: a year of the Qing
    candidates = located_first(reading, query, candidates)  # 灵岫寺塔在什么地方: the passage with 位于
    candidates = english_located_first(reading, query, candidates)  # "Where is ... located?": the same
    candidates = kind_named_first(reading, query, candidates)  # "Which stream ... beside?": 南臨繡溪
    candidates = most_first(reading, query, candidates)  # 哪个区游客最多: the passage writing 最多
    candidates = event_first(reading, query, candidates)  # 哪年完工: the passage whose date 竣工 follows
    candidates = measure_first(reading, query, candidates)  # 多少座涵闸: the count in 座, not 210家
    candidates = relative_count_first(reading, query, candidates)  # 多少个驿站: not 设有驿站的街道127个
    candidates = earliest_first(reading, query, candidates)  # 最早是哪一年: the earliest close year
    return fit_first(reading, query, candidates)  # 投了多少钱: a tie on words, settled by the figure
