"""Where a thing is (灵岫寺塔在什么地方): the passage that says where it lies (靈岫寺塔位於琮州市北郊
翠屏山南麓) answers it, though others about the thing hold as many of the question's words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.first.close import document_first
from bot.answer.query import Query
from bot.answer.reading import Reading
from bot.answer.window import window_words_text
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer import Candidate

#: How many candidates after the best are read, and the share of the best's rank score the one
#: saying where the thing lies must reach to come first.
LOCATED_REACH = 5
LOCATED_SHARE = 0.75
#: A question that only asks where a thing is: the thing, then 在/位于/设在 and a word asking a place
#: -- or 属于 and a division of the land (今天属于哪个行政区, 隶属哪个县).
_WHERE_IS_RE = re.compile(
    r"^(?P<thing>[\u4e00-\u9fff]{2,12}?)(?:(?:位于|坐落于|坐落在|地处|[设建开办]?[在于])(?:哪里|哪儿|什么地方|何处|何地|哪)"
    r"|(?:今天|现在|如今|目前|今)?(?:属于|隶属于?|归属于?|属)哪一?个?(?:行政区|县|市|省|区|乡|镇|地区|国家?))(?:呢)?[？?]?$"
)
#: Words saying where a thing lies, or the division it belongs to now (今屬岑州市涵溪區, 隶属于…县).
LIES = "(?:位于|坐落于|坐落在|地处|[设建][在于]|[今现]属|隶属)"
#: ... or right before 在 and a place (博物馆在台下院落开馆): not a time (在2009年, 在今年).
_IN_PLACE = "在(?![\\d一二三四五六七八九十两今去明同此当这那其])"


def located_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a Chinese question asking only where a thing is, with the close one of the
    best's document that writes the thing right before 位于, 坐落于, 地处 or 设在, or before 在 and a
    place, put first, when the best does not."""
    if query.info.kind != "where" or query.translations or len(candidates) < 2:
        return candidates
    asked = _WHERE_IS_RE.match(normalize(query.question).strip())
    if asked is None:
        return candidates
    # 灵岫寺塔位于…; 廣衍倉是中國古代…的一座官辦糧倉，位於… (a later clause of the sentence it begins);
    # 澂川堰是位於… only where no passage says it so (the lead, beside 渡雲橋位於…鎮東端 saying it closer)
    thing = re.escape(asked.group("thing"))
    lies = re.compile(thing + r"(?:(?:[，,\s]{0,2}|是[^。；;！？!?]{0,40}[，,])" + LIES + "|" + _IN_PLACE + ")")
    texts: dict[int, str] = {}

    def text(candidate: Candidate) -> str:
        key = id(candidate.evidence)
        if key not in texts:
            texts[key] = window_words_text(reading, candidate.evidence)
        return texts[key]

    if not any(lies.search(text(c)) for c in candidates[: LOCATED_REACH + 1]):
        lies = re.compile(thing + "是" + LIES)

    def says_where(candidate: Candidate) -> bool:
        return lies.search(text(candidate)) is not None

    return document_first(reading, candidates, LOCATED_REACH, LOCATED_SHARE, says_where)
