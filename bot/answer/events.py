"""Date questions whose event no document writes: a date the documents give is another event's."""

from __future__ import annotations

import re

from bot.answer.figure.lives import in_life_span, life_asked, life_dated
from bot.answer.model import WeightedWord
from bot.answer.query import Query
from bot.question import names_range_half
from index.figures import Figure
from index.normalize import normalize
from index.search import Index

#: Verbs that say only that the thing the question names took place (峰会是哪年举行的, 走访发生在
#: 哪一年): the event is that thing, which the documents may well date, not the verb.
TAKING_PLACE = frozenset({"发生", "进行", "举行", "举办", "开展", "召开", "展开", "出现"})
#: Verbs that ask a date in another calendar (正德七年换算成公元是哪一年): no event at all.
CONVERTING = frozenset({"换算", "折合", "折算", "相当于", "对应", "等于", "换成", "转换"})
_CLAUSE_END_RE = re.compile(r"[，,。！？!?；;：:\n]")
_SENTENCE_END_RE = re.compile(r"[。！？!?；;\n]")
_ITEM_END_RE = re.compile(r"[，,。！？!?；;：:\n、]")


def _verbs(index: Index, query: Query) -> list[WeightedWord]:
    """A Chinese date question's verbs of two characters or more (是哪一年出生的: 出生)."""
    if query.info.kind != "date" or query.translations:
        return []
    tag = index.tokenizer.tag
    return [
        word for word in query.words
        if not word.pos and len(word.variants[0]) >= 2 and tag(word.variants[0]).startswith("v")
        and not names_range_half(word.variants[0])
    ]


def _written(index: Index, word: WeightedWord) -> bool:
    return any(index.doc_freq(v) > 0 for v in word.variants)


def unwritten_events(index: Index, query: Query) -> list[str]:
    """A Chinese date question's verbs that no document writes (是哪一年出生的: 出生)."""
    return [word.variants[0] for word in _verbs(index, query) if not _written(index, word)]


def event_not_written(index: Index, query: Query, lacks: float) -> bool:
    """Whether a date question's event is a verb no document writes (指导组是哪天进驻浙江的:
    进驻) and its best passage gives no date (``lacks``): the documents speak of who did it,
    never of the event -- nothing, rather than a passage that does not answer."""
    return bool(lacks) and bool(unwritten_events(index, query))


def dates_another_event(index: Index, query: Query, text: str, figure: Figure) -> bool:
    """Whether the date chosen in ``text`` dates something else than the question's event: the
    event is a verb no document writes (出生 asked; 2023年9月，習近平總書記親臨浙江考察 given), not one
    saying only that the named thing took place, the question has no verb the documents write, and
    the date's clause and the one after it hold none of its characters (视察 asked: 考察 in the next
    clause may say it otherwise)."""
    asked = _verbs(index, query)
    if any(_written(index, word) for word in asked) or in_life_span(text, figure):
        return False  # 带队走访发生在哪一年: 走访, written, may be the event; 李清照（1084年－1155年）: a life
    verbs = [word.variants[0] for word in asked if word.variants[0] not in TAKING_PLACE]
    if not verbs or any(verb in CONVERTING for verb in verbs):
        return False
    starts = [m.end() for m in _CLAUSE_END_RE.finditer(text, 0, figure.start)]
    ends = [m.start() for m in _CLAUSE_END_RE.finditer(text, figure.end)][:2]
    near = normalize(text[starts[-1] if starts else 0 : ends[-1] if ends else len(text)])
    # the thing acted on, named after the verb (拿下束鹿縣城 asked, 攻占束鹿县城 given), says the
    # date is the event's -- not who acted, named before it (刘瑾是哪一年被处死的: 刘瑾家人…索贿)
    asked_text = normalize(query.text)
    after = min((asked_text.find(verb) for verb in verbs if verb in asked_text), default=-1)
    things = [
        word.variants[0] for word in query.words
        if word not in asked and (len(word.variants[0]) >= 3 or word.pos == "phrase")
        and after >= 0 and asked_text.find(word.variants[0], after) >= 0
    ]
    if any(thing in near for thing in things):
        return False
    named = {word.variants[0] for word in query.words if word not in asked and len(word.variants[0]) >= 2}
    if sum(name in near for name in named) >= 2:
        return False  # 李忠臣被李希烈赶走: both named by the date (李忠臣被李希烈驱逐) -- the event
    if any(ch in near for verb in verbs for ch in verb):
        return False
    return not _said_later(text, ends, verbs, named)


def _said_later(text: str, ends: list[int], verbs: list[str], named: set[str]) -> bool:
    """Whether a later clause of the date's sentence, past the two read, says the event: it holds a
    character of an asked verb and a word the question names (114年10月4日…，…合作，在河港区开设…
    「琉岑市民动物医院」, asked 琉岑市民动物医院哪天开张的) -- a date governs what follows it to its
    sentence's end. A character alone is not enough there (到处张贴… for 处死)."""
    if len(ends) < 2:
        return False
    sentence = _SENTENCE_END_RE.search(text, ends[-1])
    rest = text[ends[-1] : sentence.start() if sentence else len(text)]
    for clause in _ITEM_END_RE.split(normalize(rest)):  # ... in one item of a list (…、李竹生、刘少奇…组成: no 出生)
        if any(ch in clause for verb in verbs for ch in verb) and any(name in clause for name in named):
            return True
    return False


def life_not_dated(query: Query, text: str, figure: Figure) -> bool:
    """Whether a date question asks when someone was born or died and the date chosen is not a
    birth's or a death's (:func:`~bot.answer.figure.lives.life_dated`): 2010年3月 says when 渠成
    joined a club, not his birthday; 1742年 is a war's year, not when 腓特烈大帝 died. Then no
    direct answer: the documents do not date it."""
    if query.info.kind != "date" or query.translations or not life_asked(normalize(query.text)):
        return False
    return not life_dated(text, figure)
