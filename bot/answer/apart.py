"""A word the corpus lacks as a token, found written with its characters apart (县市区 as 縣（市、區）,
耗银1.8万两 for 银两) or as the segmenter cut it otherwise (派发现金红利: 发现 / 金)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.answer.model import WeightedWord
from index.search import Index, QueryTerm


#: Passages read to see whether a word the corpus lacks is written with its characters apart.
APART_SAMPLE = 20


def written_apart(index: Index, word: str, beside: Sequence[str] = ()) -> bool:
    """Whether some passage writes ``word``'s characters in order with at most a few marks
    between them: 县市区 as 縣（市、區）; or as the segmenter cut it otherwise (派发现金红利 is
    派 / 发现 / 金 / 红利: no passage holds 现金 as a word). The passages looked at are those
    holding its characters or the question's other words (``beside``)."""
    return apart_form(index, word, beside) is not None


#: What may stand between a word's characters written apart: a few marks (县(市、区)) -- or, in
#: a word of two, a numeral (分批 written 分两批, 分期 分三期) or a figure with its magnitude (银两
#: written 耗银1.8万两).
_APART = "[^\u4e00-\u9fff]{0,3}"
_APART_TWO = "(?:[^\u4e00-\u9fff]{0,3}|[一二两三四五六七八九十几多]{1,2}|\\d[\\d.,]{0,11}[十百千万亿]{0,2})"


def apart_form(index: Index, word: str, beside: Sequence[str] = ()) -> str | None:
    """How a passage writes ``word`` with its characters apart (县市区: "县(市、区)"), or ``word``
    itself where the segmenter cut it otherwise; None if no passage looked at writes it
    (:func:`written_apart`)."""
    if not 2 <= len(word) <= 6 or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return None
    between = _APART_TWO if len(word) == 2 else _APART
    pattern = re.compile(between.join(map(re.escape, word)))
    terms = [QueryTerm(term) for term in dict.fromkeys([*word, *beside]) if term != word]
    for hit in index.search(terms, APART_SAMPLE):
        found = pattern.search(index.normalized_text(hit.index))
        if found is not None:
            return found.group()
    return None


def with_apart_forms(index: Index, words: list[WeightedWord]) -> list[WeightedWord]:
    """Each word no document holds, with the form a passage writes it in with marks between its
    characters (县市区: "县(市、区)"), found as written in full."""
    heads = [w.variants[0] for w in words]
    out = []
    for word in words:
        head = word.variants[0]
        if not word.pos and all(index.doc_freq(v) == 0 for v in word.variants):
            form = apart_form(index, head, heads)
            if form is not None and form != head:
                rest = word.variants[1:]
                shares = (1.0, 1.0, *(word.share(n) for n in range(1, len(word.variants))))
                word = replace(word, variants=(head, form, *rest), shares=shares)
        out.append(word)
    return out
