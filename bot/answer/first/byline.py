"""Who wrote the text itself (这篇檀州消防年度报道是哪位记者写的): the passage holding its byline
(…接入率达到90%。（记者 苏曼）) answers, though the question's words naming the text (檀州, 消防, 年度)
find its lead first -- they say which document is asked about, the byline says who wrote it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.first.close import document_first
from bot.answer.window import window_text
from index.normalize import normalize
from index.question_words import TEXT_WORDS, WRITER_WORDS

if TYPE_CHECKING:  # (the English sources read BYLINE_RE while the query module is still loading)
    from bot.answer import Candidate
    from bot.answer.query import Query
    from bot.answer.reading import Reading

#: A byline: a word for the text's writer opening a line or a bracket, after at most an agency's
#: name, then only names (and a dateline) up to the bracket's or the line's end -- "(本報記者 李燦
#: 陸樂)", "（中央社記者林怡君高雄15日電）", "本报记者 张三" -- not a reporter the text tells of
#: ("1936年,報館派記者赴西北採訪,...").
_NO_CLAUSE = r"[^\s（()）。，,、；;：:！？!?]"
BYLINE_RE = re.compile(
    rf"(?:^|[（(])\s*{_NO_CLAUSE}{{0,6}}?(?:记者|記者|通讯员|通訊員)\s*"
    rf"{_NO_CLAUSE}{{2,16}}(?:\s+{_NO_CLAUSE}{{2,16}})*\s*(?:[)）]|$)",
    re.MULTILINE,
)


def byline_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a Chinese question asking who wrote the text itself -- a word for its writer
    (记者, 作者), and words naming the text (这篇…报道) if any others -- with the first of the best's
    document whose passage holds a byline put first, when the best's does not."""
    if query.info.kind != "who" or query.translations or len(candidates) < 2:
        return candidates
    writer = [w for w in query.words if w.variants[0] in WRITER_WORDS]
    if not writer or (len(query.words) > len(writer) and not any(w in normalize(query.question) for w in TEXT_WORDS)):
        return candidates  # 《佛國記》的作者是誰: who wrote a work the text names

    def signed(candidate: Candidate) -> bool:
        return BYLINE_RE.search(window_text(reading, candidate.evidence)) is not None

    return document_first(reading, candidates, len(candidates), 0.0, signed)
