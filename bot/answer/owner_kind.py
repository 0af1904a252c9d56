"""An owner the documents lack, written by them as a kind of it (案件罚款 where a passage writes
個案…罰款): CC-CEDICT glosses the passage's word as the owner's one-word gloss with a modifier
before it (个案 "individual case", 案件 "case") -- the reader's word for what the passage counts,
not another thing whose amount no passage gives."""

from __future__ import annotations

from bot.answer.figure.kind_of import word_kind_of
from index.search import Index

#: How many passages naming the amount are read for a kind of the owner.
_READ = 40
#: The longest word tried.
_LONGEST = 4


def kind_written_with(index: Index, owner: str, amount: str) -> bool:
    """Whether a passage writing ``amount`` (罚款) writes a word holding a character of ``owner``
    (案件) that the dictionary glosses as a kind of it (个案)."""
    if index.doc_freq(amount) == 0:
        return False
    chars = set(owner)
    for passage in index.postings(amount)[:_READ].tolist():
        text = index.normalized_text(int(passage))
        for at, char in enumerate(text):
            if char not in chars:
                continue
            for start in range(max(0, at - _LONGEST + 1), at + 1):
                for end in range(max(at + 1, start + 2), min(len(text), start + _LONGEST) + 1):
                    if word_kind_of(text[start:end], owner):
                        return True
    return False
