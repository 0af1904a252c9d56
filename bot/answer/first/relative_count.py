"""How many of a thing (一共有多少个户外劳动者驿站): a figure whose sentence names the thing only in a
relative clause before another noun (设有驿站的街道（乡镇）达127个) counts that other noun -- the
places that have the thing -- not the thing; the close passage of the same document whose figure's
sentence names the thing itself (全市户外劳动者服务驿站由…增至586个) answers it, though the best holds
more of the question's words (截至2025年底)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.first.close import document_first
from bot.answer.query import Query
from bot.answer.reading import Reading
from bot.answer.window import window_text
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer import Candidate

#: How many candidates after the best are read, and the share of the best's rank score the one
#: counting the thing itself must reach to come first.
RELATIVE_REACH = 3
RELATIVE_SHARE = 0.75
#: A count asked with its measure word and the thing counted after it (多少个助浴点).
_ASKED_RE = re.compile(r"(?:多少|几)([个家座所处间])([\u4e00-\u9fff]{2,8})")
_SENTENCE_END = "。；;！？!?"


def _sentence_before(text: str, start: int) -> str:
    """What stands in ``text`` before ``start``, back to the sentence's start (normalized)."""
    before = normalize(text[:start])
    return before[max(before.rfind(end) for end in _SENTENCE_END) + 1 :]


def relative_count_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a Chinese count of a named thing whose best figure's sentence names it only
    in 有…的 before another noun, with the close one of the best's document whose figure's sentence
    names the thing otherwise put first."""
    if query.info.kind != "count" or query.translations or len(candidates) < 2:
        return candidates
    asked = _ASKED_RE.search(normalize(query.text))
    best = candidates[0]
    if asked is None or best.figure is None or not best.figure.unit.endswith(normalize(asked.group(1))):
        return candidates
    thing = asked.group(2)[-2:]  # the thing's head (驿站, 浴点): the question's last two characters
    relative = re.compile(rf"有[\u4e00-\u9fff]{{0,6}}{re.escape(thing)}的")

    def names_it(candidate: Candidate, only_relative: bool) -> bool:
        figure = candidate.figure
        if figure is None or not figure.unit.endswith(asked.group(1)):
            return False
        sentence = _sentence_before(window_text(reading, candidate.evidence), figure.start)
        if thing not in sentence:
            return False
        if only_relative:
            return bool(relative.search(sentence)) and thing not in relative.sub("", sentence)
        return not relative.search(sentence)

    if not names_it(best, only_relative=True):
        return candidates
    return document_first(
        reading, candidates, RELATIVE_REACH, RELATIVE_SHARE, lambda c: c is not best and names_it(c, only_relative=False)
    )
