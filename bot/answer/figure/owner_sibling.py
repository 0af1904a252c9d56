"""An amount asked of one item (小麦播种面积, 文旦柚外销, 商业用户的供热价格) and found in a clause
giving the same amount of a sibling item (全年粮食播种面积315.6万亩; 鳳梨外銷1萬6,350公噸; 居民供热价格…
24元): the document names the asked item on its own elsewhere (其中小麦产量21.7万吨), so the other
noun before the amount is not the reader's word for it but another item of the same kind -- its figure
is no answer (possibly related at most).

A reader's paraphrase of the owner (新能源汽车 for the text's 新能源车) shares a character with the
text's noun or is written nowhere in the document; a name (海晟重工 for the text's 公司) is no common
noun; and a clause writing the asked owner too (城镇居民人均可支配收入 for 居民…) is its own."""

from __future__ import annotations

import re

from bot.answer.evidence import Evidence
from bot.answer.figure.fitness import figure_clause
from bot.answer.query import Query
from bot.answer.reading import Reading
from index.figures import Figure
from index.normalize import aligner_for, normalize

_HAN_RE = re.compile(r"^[\u4e00-\u9fff]+$")
#: First characters of a noun naming the whole or every part (全县, 各区, 总量), not a sibling.
_WHOLE = frozenset("全总各诸")
#: Modifiers written between an owner and its amount (发电总装机容量): read past.
_BETWEEN = frozenset({"总", "全年", "年", "的"})


def owned_by_sibling(reading: Reading, query: Query, evidence: Evidence, text: str, figure: Figure) -> bool:
    """Whether the question names an owner noun right before the amount it asks (X A, X的A), the
    figure's clause in ``text`` (the best passage's window) writes that amount right after another
    common noun sharing no character with X and does not write X, while the best passage's document
    writes X elsewhere: the figure is another item's."""
    if query.translations or not query.info.wants_figure or query.info.kind == "percent":
        return False
    question = normalize(query.text)
    pairs = [
        (normalize(x.variants[0]), normalize(a.variants[0]))
        for x, a in zip(query.words, query.words[1:])
        if not x.pos and not a.pos
    ]
    pairs = [
        (x, a) for x, a in pairs
        if len(x) >= 2 and len(a) >= 2 and _HAN_RE.match(x) and _HAN_RE.match(a)
        and (x + a in question or x + "的" + a in question)
    ]
    if not pairs:
        return False
    clause = figure_clause(aligner_for(text).normalized, figure)
    tokenizer = reading.index.tokenizer
    for owner, amount in pairs:
        at = clause.find(amount)
        if at <= 0 or owner in clause or not _common_noun(tokenizer.tag(owner) or ""):
            continue
        words = [w for w in tokenizer.words(clause[:at]) if w not in _BETWEEN]
        other = words[-1] if words else ""
        if len(other) < 2 or not _HAN_RE.match(other) or set(other) & set(owner) or other[0] in _WHOLE:
            continue
        if not _common_noun(tokenizer.tag(other) or ""):
            continue
        if _siblings_in_document(reading, evidence, owner, other, amount):
            return True  # 粮食播种面积 for 小麦播种面积: the document writes 小麦 on its own
    return False


def _common_noun(tag: str) -> bool:
    """Whether jieba's tag is a common noun's (not a person's, place's, body's or other name)."""
    return tag.startswith("n") and not tag.startswith(("nr", "ns", "nt", "nz"))


def _siblings_in_document(reading: Reading, evidence: Evidence, owner: str, other: str, amount: str) -> bool:
    """Whether the best passage's document writes ``owner`` and ``other`` as items of one kind:
    listed together (文蛤、虱目鱼; 居民和商业用户), or each right before one same word other than
    the asked ``amount`` (小麦产量 and 粮食总产量: 产量, for 播种面积; a whole's 总 read past) --
    not 实质增长 beside 经济增长 of 经济增长多少, one amount in two words."""
    index = reading.index
    span = index.document_passages(index.passage_document(evidence.id))
    texts = index.normalized_texts(span)
    for mark in _LISTING:
        if any(owner + mark + other in text or other + mark + owner in text for text in texts):
            return True
    return bool((_followers(texts, owner) & _followers(texts, other)) - {amount[:_FOLLOWER]})


#: Marks joining the items of a list.
_LISTING = ("、", "和", "及", "与", "或")
#: How many characters of the word after an item are compared.
_FOLLOWER = 2


def _followers(texts: list[str], word: str) -> set[str]:
    """The two characters written after each occurrence of ``word`` (a whole's 总 read past)."""
    out: set[str] = set()
    for text in texts:
        at = text.find(word)
        while at >= 0:
            rest = text[at + len(word) :].removeprefix("总")
            if len(rest) >= _FOLLOWER and _HAN_RE.match(rest[:_FOLLOWER]):
                out.add(rest[:_FOLLOWER])
            at = text.find(word, at + 1)
    return out
