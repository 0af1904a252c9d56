"""A figure question about a person the best passage never names: its figure is another's.

卡特是美国第几任总统: the passage giving a number of a president (副總統林登強森繼任為第36任美國總統)
ranks first, but names 強森, while the document's other passages name 卡特 -- possibly related at
most, with no bold figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.answer.first.close import document_first
from bot.answer.evidence import Evidence
from bot.answer.query import Query
from bot.answer.reading import Reading
from bot.answer.window import window_words_text
from bot.answer.attributes import ANY_PERSON, ASKING_PERSON_RE
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer import Candidate


#: The part of speech of a person's name (nr, nrt, nrfg). Not places (東北地區是中國重要糧倉 sets
#: a scene for a passage on 黑龍江), nor words the tagger does not know (主題教育那段時間: 段时间).
_PERSON_TAG = "nr"


def subject_elsewhere(reading: Reading, query: Query, candidates: Sequence[Evidence]) -> bool:
    """Whether a Chinese figure question names someone (卡特) that the best passage's
    paragraph and its headings never write, while another candidate passage of the same
    document does: the best one's figure is another's (卡特是美国第几任总统: 副總統林登強森繼任為第36任
    美國總統) -- possibly related at most."""
    if not query.info.wants_figure or query.translations or len(candidates) < 2:
        return False
    best = candidates[0]
    document = reading.place(best.id)[0]
    tag = reading.index.tokenizer.tag
    held = [reading.heading(best.id), *(reading.normalized(j) for j in _paragraph(reading, best.id))]
    for word in query.words:
        written = [v for v in word.variants if len(v) >= 2 and not v.isascii()]
        if not written or word.pos or not tag(written[0]).startswith(_PERSON_TAG):
            continue
        if reading.index.doc_freq(written[0]) == 0:
            continue  # the tagger's guess (段时间: 段, a surname) that no document writes as a word
        if any(v in t for v in written for t in held):
            continue
        for ev in candidates[1:]:
            if reading.place(ev.id)[0] != document:
                continue
            if any(v in reading.normalized(j) for v in written for j in range(ev.first, ev.last + 1)):
                return True
    return False


def _paragraph(reading: Reading, passage: int) -> range:
    """The passages of ``passage``'s paragraph (he who is asked of may be named where it begins)."""
    place = reading.place(passage)
    passages = reading.index.document_passages(place[0])
    first = last = passage
    while first > passages.start and reading.place(first - 1) == place:
        first -= 1
    while last + 1 < passages.stop and reading.place(last + 1) == place:
        last += 1
    return range(first, last + 1)


#: How many candidates after the best are read for one naming the role a "who" question asks,
#: and the share of the best's rank score it must reach to come first.
ROLE_REACH = 4
ROLE_SHARE = 0.5


def role_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a Chinese "who is the …" question (海澄业余田径协会主席是谁) with the first
    that writes the role asked (協會主席麥潤添表示) put first, when the best does not: a passage
    naming the association but no chairman names no one as it -- the role, not the organisation
    around it, is what the answer stands beside. Only a passage of the best's document: the best
    says which document the question is about."""
    if query.info.kind != "who" or query.translations or len(candidates) < 2:
        return candidates
    roles = _roles(reading, query)
    if not roles:
        return candidates

    # a deputy is another role (副局长 is not the 局长 asked), unless the question asks the deputy
    forms = [re.escape(role) if role.startswith("副") else "(?<!副)" + re.escape(role) for role in roles]
    written = re.compile("|".join([*forms, *_agent_forms(reading, roles[0])]))

    def holds(candidate: Candidate) -> bool:
        return written.search(window_words_text(reading, candidate.evidence)) is not None

    # the head of the office the question names (护理署署长, 商务局局长): the document speaks of that
    # office, so its passages write the head alone (署長麥穎詩表示), sharing none of its name's words
    question = normalize(query.text)
    own_head = any(_HEAD_OF_RE.match(role) and role[0] + role in question for role in roles)
    return document_first(reading, candidates, ROLE_REACH, 0.0 if own_head else ROLE_SHARE, holds)


#: What may stand between 由 and the verb of a deed whose doer is asked (由筆工聞啟濂創辦): no clause's end.
_AGENT_SPAN = 12


def _agent_forms(reading: Reading, role: str) -> list[str]:
    """How a text names the doer of a role named by its deed and 人 (创办人, 发起人) when no passage
    writes the role: 由 X 创办, the doer marked as such -- not 创办经过, the deed's story."""
    deed = role[:-1]
    if not role.endswith("人") or len(deed) < 2 or reading.index.doc_freq(role) > 0:
        return []
    if not reading.index.tokenizer.tag(deed).startswith("v"):
        return []
    return [f"由[^，,。；;：:！？!?]{{1,{_AGENT_SPAN}}}?{re.escape(deed)}"]


#: The head of an office or a body (署长, 局长, 馆长, 校长), a role whatever jieba tags it (署长: a verb).
_HEAD_OF_RE = re.compile(r"^[\u4e00-\u9fff]{0,3}[署局处科院校部厅市县区镇乡村社馆所站队团会]长$")


#: The name of a role's holder asked (商务局局长叫什么名字, 场主姓什么, 会长的名字是什么).
_NAME_ASKED_RE = re.compile(r"的?(?:(?:名)?叫|姓)(?:什么|啥)(?:名字)?[\s?？]*$|的?(?:名字|姓名)(?:是|叫)(?:什么|啥)[\s?？]*$")


def _roles(reading: Reading, query: Query) -> tuple[str, ...]:
    """The role a question asks the holder of, right before 是谁 or 叫什么名字 (协会主席), with its head
    as texts write it after the organisation's name (主席)."""
    normalized = normalize(query.text)  # as read: 係邊個 is 是谁
    found = ASKING_PERSON_RE.search(normalized) or _NAME_ASKED_RE.search(normalized)
    if found is None:
        return ()
    before = normalized[: found.start()]
    for word in query.words:
        role = word.variants[0]
        if len(role) >= 2 and before.endswith(role):
            noun = reading.index.tokenizer.tag(role).startswith("n") or _HEAD_OF_RE.match(role) is not None
            if role in ANY_PERSON or not noun:
                return ()  # 负责人是谁: documents name such people by their title; 有可能是谁: no role
            return (role, *(v for v in word.variants[1:] if len(v) >= 2 and role.endswith(v)))
    return ()
