"""Who said something (谁介绍了澄屿2026年的课后服务计划): the passage in which a person, named after
their title, speaks (副局长顾明澜表示, 2026年将新增…) answers it, though the lead names the document's
body and holds as many of the question's words. A question's verb of saying need not be the
text's: 介绍, 说, 表示, 指出 all report what someone said."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.first.close import document_first
from bot.answer.query import Query
from bot.answer.reading import Reading
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer import Candidate

#: How many candidates after the best are read, and the share of the best's rank score the one
#: in which a person speaks must reach to come first.
SPEAKER_REACH = 4
SPEAKER_SHARE = 0.5
#: Verbs that report what someone said (a closed class of news Chinese).
_SAYING = "(?:表示|介绍|指出|透露|宣布|强调|说明|谈到|提到|称|说)"
#: A question asking who said something: 谁 (or 哪位…) before a verb of saying.
_WHO_SAID_RE = re.compile(r"(?:谁|哪位|哪一位|何人)[^，,。？?]{0,12}?" + _SAYING)
#: A person in a text: a title (the head of an office, 局长 市长 会长; 主任, 发言人 …) and a name of
#: two or three characters -- then, in the same clause, the verb of saying.
_PERSON = (
    r"(?:[局厅处部署委院校馆所站县市区镇乡村社会科组团队事]长|主任|书记|主席|主委|经理|总监|总裁|发言人|负责人"
    r"|教授|专家|院士|专员|参事)[\u4e00-\u9fff]{2,3}[^，,。；;！？!?]{0,14}?"
)
_SPEAKS_RE = re.compile(_PERSON + _SAYING)


def speaker_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a Chinese question asking who said something, with the close one of the
    best's document in which a person named after their title says something put first, when the
    best has none. Any verb of saying: the question's own (介绍) in another passage may be another
    person's, on another matter (局长…介绍 beside 副总经理…表示, asked 哪位负责人介绍了改造的效果)."""
    if query.info.kind != "who" or query.translations or len(candidates) < 2:
        return candidates
    if _WHO_SAID_RE.search(normalize(query.text)) is None:
        return candidates
    return document_first(
        reading, candidates, SPEAKER_REACH, SPEAKER_SHARE,
        lambda c: _SPEAKS_RE.search(reading.normalized(c.evidence.id)) is not None,
    )
