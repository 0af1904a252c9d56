"""An owner the documents lack, written by them as a kind of it (案件罚款 where a passage writes
386宗個案被檢控，法庭判處罰款…): CC-CEDICT glosses the passage's word as the owner's one-word gloss
with a modifier before it (个案 "individual case", 案件 "case"), written before the amount in its
sentence as the question writes it -- the reader's word for what the passage counts, not another
thing whose amount no passage gives (土地面积 is not 流域面積…, of a text writing 耕地 "arable land"
in a later sentence)."""

from __future__ import annotations

from bot.answer.sentences import SENTENCE_END_RE
from bot.answer.figure.kind_of import word_kind_of
from index.search import Index

#: How many passages naming the amount are read for a kind of the owner.
_READ = 40
#: The longest word tried.
_LONGEST = 4


def kind_written_with(index: Index, owner: str, amount: str) -> bool:
    """Whether a passage writing ``amount`` (罚款) writes before it, in its sentence, a word holding
    a character of ``owner`` (案件) that the dictionary glosses as a kind of it (个案)."""
    if index.doc_freq(amount) == 0:
        return False
    for passage in index.postings(amount)[:_READ].tolist():
        text = index.normalized_text(int(passage))
        for sentence in SENTENCE_END_RE.split(text):
            at = sentence.find(amount)
            if at > 0 and _kind_in(sentence[:at], owner):
                return True
    return False


def _kind_in(text: str, owner: str) -> bool:
    chars = set(owner)
    for at, char in enumerate(text):
        if char not in chars:
            continue
        for start in range(max(0, at - _LONGEST + 1), at + 1):
            for end in range(max(at + 1, start + 2), min(len(text), start + _LONGEST) + 1):
                if word_kind_of(text[start:end], owner):
                    return True
    return False
