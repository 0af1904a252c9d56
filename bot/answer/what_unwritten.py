"""An attribute asked by 什么 (镖旗是什么颜色, 用的是什么材质) that no document names, nor writes its
last character (色, 质) in a passage holding the question's other words (紅色的鏢旗 would): the
documents do not say it -- the passages on the thing (出土鏢旗殘片…) speak of it, not of that."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answer.attributes import known_word
from bot.answer.model import WeightedWord
from index.normalize import normalize
from index.search import Index

#: What asks what something is of a named attribute, at the question's end (是什么颜色, 什么材质).
_WHAT_ATTRIBUTE_RE = re.compile(r"什么([\u4e00-\u9fff]{2,4}?)(?:呢|啊|呀)?[\s?？!！。.]*$")
#: How many passages holding the question's other words are read at most (beyond: not absent).
_READ = 3000


def what_unwritten(index: Index, text: str, words: Sequence[WeightedWord]) -> bool:
    """Whether the question asks, after 什么 at its end, a common noun (jieba's n) of two characters
    or more that no document holds, and no passage holding another of its words writes the noun's
    last character."""
    found = _WHAT_ATTRIBUTE_RE.search(normalize(text))
    if found is None:
        return False
    asked = next((w for w in words if w.variants[0] == found.group(1)), None)
    if asked is None or asked.pos or index.tokenizer.tag(asked.variants[0]) != "n" or known_word(index, asked):
        return False
    head = asked.variants[0][-1]
    others = [w.variants[0] for w in words if w is not asked and len(w.variants[0]) >= 2 and index.doc_freq(w.variants[0]) > 0]
    passages = {int(p) for other in others for p in index.postings(other).tolist()}
    if not passages or len(passages) > _READ:
        return False
    return not any(head in index.normalized_text(p) for p in passages)
