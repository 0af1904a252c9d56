"""What a count question counts, narrowed by a clause before it (被吊销牌照的食肆, 获得认证的工坊)
or held by a thing named before its 有多少 (夜校的舞蹈课有多少学员): when that clause or holder
names a thing no document holds (牌照, 舞蹈), the documents count no such kind -- they count the
thing (食肆4,317間, 学员12.6万人次) only otherwise, and that figure does not answer."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answer.apart import written_apart
from bot.answer.attributes import known_word
from bot.answer.model import WeightedWord
from index.english.cedict import verb_word
from index.runs import HAN_ONLY_RE
from index.search import Index

#: Where the clause narrowing the counted thing starts at the latest: a clause mark, or a word
#: asking (几, 多少, 哪) or a verb of having before it (有多少, 共有).
_CLAUSE_START_RE = re.compile(r"[，,、。；;：:！!？?\s]|有|多少|几|哪")
#: What holds the counted thing: the words after the question's last 的 and right before its 有多少.
_OWNER_RE = re.compile(r"的([\u4e00-\u9fff]{2,6}?)(?:一共|总共|共|还)?有(?:多少|几)")
#: The measure word between 多少 and the counted noun (多少名学员), at most this long.
_MEASURE_BEFORE = 1


def clause_kind_unwritten(index: Index, text: str, words: Sequence[WeightedWord], counted: str) -> bool:
    """Whether the normalised ``text`` writes a clause ending in 的 right before ``counted`` (被吊销
    牌照的食肆) holding a common noun (jieba's n, which CC-CEDICT does not gloss as a verb) of two
    characters or more that no document holds, nor writes with its characters apart."""
    at = text.find("的" + counted)
    if at <= 0:
        return False
    clause = text[:at]
    starts = [m.end() for m in _CLAUSE_START_RE.finditer(clause)]
    clause = clause[starts[-1] :] if starts else clause
    return _names_unheld(index, clause, words, counted)


def owner_unwritten(index: Index, text: str, words: Sequence[WeightedWord], counted: str) -> bool:
    """Whether the normalised ``text`` names what holds the counted thing right before its 有多少
    (漪洲夜校的舞蹈课有多少学员: 舞蹈课) with a common noun no document holds (as
    :func:`clause_kind_unwritten`): the documents count it (学员12.6万人次) only of others."""
    owner = _OWNER_RE.search(text)
    if owner is None or counted not in text[owner.end() : owner.end() + len(counted) + _MEASURE_BEFORE]:
        return False
    return _names_unheld(index, owner.group(1), words, counted)


def _names_unheld(index: Index, clause: str, words: Sequence[WeightedWord], counted: str) -> bool:
    """Whether ``clause`` holds a common noun of the question no document holds (:func:`clause_kind_unwritten`)."""
    beside = [w.variants[0] for w in words]
    for word in words:
        head = word.variants[0]
        if head == counted or word.pos or len(head) < 2 or head not in clause or HAN_ONLY_RE.match(head) is None:
            continue
        if index.tokenizer.tag(head) != "n" or known_word(index, word):
            continue
        if verb_word(head):
            continue  # 销号, 领头: a deed (the dictionary's verb), which readers word as they like
        if not written_apart(index, head, [b for b in beside if b != head]):
            return True
    return False
