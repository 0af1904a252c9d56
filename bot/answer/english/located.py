"""Where a thing is, asked in English ("Where is the Lizhao Tang printing house located?"): the
passage that says where it lies (藜照堂，又稱桐汀藜照堂，是位於舊湄州府桐汀鎮……) answers it, though
others about the thing hold as many of the question's words -- as
:func:`bot.answer.first.located.located_first` does for a Chinese question."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.first.close import document_first
from bot.answer.first.located import LOCATED_REACH, LOCATED_SHARE, LIES
from bot.answer.query import Query
from bot.answer.reading import Reading
from bot.answer.window import window_words_text

if TYPE_CHECKING:
    from bot.answer import Candidate

#: A question asking only where a thing is: "where is/was (the) <thing> (located|situated) ...".
_WHERE_IS_RE = re.compile(r"^\s*where\s+(?:is|was|are|were)\s+(?:the\s+)?(?P<thing>[a-z][a-z' -]*?)(?:\s+(?:located|situated|found|sited)\b|\s*[,?]|$)", re.IGNORECASE)
MIN_NAME_CHARS = 2  # a one-character term (堂, 楼) names no thing alone


def english_located_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of an English question asking where a thing is, with the close one of the
    best's document that writes a translation of the thing's words right before 位于, 坐落于,
    地处 or 设在 (or 是 and one of them: 藜照堂，是位於) put first, when the best does not."""
    if query.info.kind != "where" or not query.translations or len(candidates) < 2:
        return candidates
    asked = _WHERE_IS_RE.match(query.question)
    if asked is None:
        return candidates
    words = asked.group("thing").lower()
    terms = {
        term
        for translation in query.translations
        if translation.term != "?" and re.search(r"\b" + re.escape(translation.english) + r"\b", words)
        for term in translation.term.split("/")
        if len(term) >= MIN_NAME_CHARS
    }
    if not terms:
        return candidates
    things = "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
    lies = re.compile("(?:" + things + ")[，,]?是?" + LIES)
    texts: dict[int, str] = {}

    def says_where(candidate: Candidate) -> bool:
        key = id(candidate.evidence)
        if key not in texts:
            texts[key] = window_words_text(reading, candidate.evidence)
        return lies.search(texts[key]) is not None

    return document_first(reading, candidates, LOCATED_REACH, LOCATED_SHARE, says_where)
