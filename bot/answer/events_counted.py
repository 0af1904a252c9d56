"""The events a count question counts by their measure word (幾起住宅火災, 多少宗交通意外) are named by
the last noun of the phrase after it: when no document writes that noun in any form, the documents
count no such events (鶯埕市114年發生幾起住宅火災: they count 住宅竊盜案, never a fire)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answer.apart import written_apart
from bot.answer.model import WeightedWord
from index.normalize import normalize
from index.search import Index

#: The measure words of events counted (几起事故, 多少宗个案).
EVENT_MEASURES = frozenset("起宗")
#: A count of events by their measure word (几起, 多少宗), and the phrase after it.
_EVENTS_COUNTED_RE = re.compile(r"(?:多少|几)[十百千万亿]*[起宗]([\u4e00-\u9fff]{2,12})")
#: jieba's tags of the nouns of that phrase (住宅 火灾: the last is the head). A phrase opening
#: with any other word (违规点火, 致命交通意外, 遇溺个案) is not read.
_NOUN_TAGS = ("n", "vn", "j")
#: What may close the phrase of nouns (火灾呢, 事故有): a particle or the question's own verb.
_PHRASE_ENDS = frozenset({"呢", "吗", "了", "啊", "呀", "是", "有", "发生", "在"})


def events_head(index: Index, text: str) -> str | None:
    """The head noun of the events a count question counts by 起 or 宗 (住宅火災 → 火灾), when the
    phrase after the measure word is made of nouns only (up to a particle or the question's verb),
    the head of two characters or more."""
    match = _EVENTS_COUNTED_RE.search(normalize(text))
    if match is None:
        return None
    tokenizer = index.tokenizer
    words = tokenizer.words(match.group(1))
    nouns = 0
    while nouns < len(words) and tokenizer.tag(words[nouns]).startswith(_NOUN_TAGS):
        nouns += 1
    if nouns == 0 or (nouns < len(words) and words[nouns] not in _PHRASE_ENDS):
        return None  # 违规点火, 黄牛倒票的案子: the events are named by more than nouns
    head = words[nouns - 1]
    return head if len(head) >= 2 else None


def events_unwritten(index: Index, text: str, words: Sequence[WeightedWord]) -> bool:
    """Whether the events the question counts are named by a noun no document writes -- in no
    form the question's reading found (homophones, expansions, the other script's word) and not
    with its characters apart."""
    head = events_head(index, text)
    if head is None:
        return False
    word = next((w for w in words if w.variants[0] == head), None)
    if word is None or word.pos or word.written_apart or any(index.doc_freq(v) > 0 for v in word.variants):
        return False
    return not written_apart(index, head, [w.variants[0] for w in words if w is not word])
